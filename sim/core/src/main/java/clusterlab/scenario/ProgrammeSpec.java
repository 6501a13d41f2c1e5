package clusterlab.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A cluster-policy programme: who is funded, with how much, for how long, with which matching
 * rule and through which instruments.
 */
public record ProgrammeSpec(
        @Param(unit = "1", pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = Param.REQUIRED, doc = "Programme name.")
        String name,
        @Param(unit = "fiscal year", min = 1900, max = 2200, def = Param.REQUIRED, doc = "First funded fiscal year.")
        int startFiscalYear,
        @Param(unit = "years", min = 1, max = 100, def = "5", doc = "Term of the programme.")
        int years,
        @Param(unit = "1", min = 0, max = 10000, pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = "[]",
                doc = "Candidate regions by name (all regions when empty); under selection 'listed' every candidate is funded, "
                        + "and a region listed twice hosts two funded clusters (two budgets).")
        List<String> regions,
        @Param(unit = "1", def = "listed",
                doc = "How regions are chosen when the programme starts: all candidates, the highest research potential, "
                        + "the highest past innovation activity, a competition judged on potential with noise, or the "
                        + "best outputs per oku under the predecessor programme (its term-end evaluation).")
        SelectionRule selection,
        @Param(unit = "1", pattern = "([A-Za-z0-9][A-Za-z0-9_.-]{0,63})?", def = "''",
                doc = "Name of an earlier programme whose term-end evaluation selects this one's regions.")
        String predecessor,
        @Param(unit = "regions", min = 0, max = 10000, def = "0",
                doc = "How many candidates a rule selects (0: all of them).")
        int regionsSelected,
        @Param(unit = "1", min = 0, max = 5, def = "0.5",
                doc = "Noise of the panel's judgement in a competition: standard deviation of the log score.")
        double selectionNoise,
        @Param(unit = "regions", min = 0, max = 10000, def = "0",
                doc = "How many of the funded regions start on trial: the weakest by research potential get only "
                        + "trial_budget_share of the budget for the first trial_years years.")
        int trialRegions,
        @Param(unit = "years", min = 0, max = 100, def = "2", doc = "Years a trial region is on trial.")
        int trialYears,
        @Param(unit = "share", min = 0, max = 1, def = "0.2", doc = "Share of the budget a region gets while on trial.")
        double trialBudgetShare,
        @Param(unit = "programme year", min = 0, max = 100, def = "0",
                doc = "Support is evaluated after this many years of the term (3: a year-3 evaluation); 0: never.")
        int evaluationYear,
        @Param(unit = "share", min = 0, max = 1, def = "0.25",
                doc = "Share of the evaluated regions, the weakest by outputs per oku spent, whose support stops.")
        double evaluationStopShare,
        @Param(unit = "share", min = 0, max = 1, def = "0.25",
                doc = "Share of the evaluated regions, the strongest, whose budget is scaled up.")
        double evaluationScaleShare,
        @Param(unit = "x", min = 0, max = 10, def = "1.5",
                doc = "Factor on the yearly budget of the strongest regions after the evaluation (flexible allocation by progress).")
        double evaluationScaleFactor,
        @Param(unit = "oku/year", min = 0, max = 100000, def = Param.REQUIRED, doc = "National money for each funded cluster (region) per year.")
        double budgetOkuPerYear,
        @Param(unit = "local/national", min = 0, max = 10, def = "0",
                doc = "Local money a region must add per unit of national money (0.5 means at least half).")
        double matchingRatio,
        @Param(unit = "1", def = "scale",
                doc = "A region short of its matching share gets national money scaled to what it pays, or nothing.")
        MatchingShortfall matchingShortfall,
        @Param(unit = "share", min = 0, max = 1, def = "0.7", doc = "Share of the money spent on joint R&D grants.")
        double grantShare,
        @Param(unit = "oku/year", min = 0, max = 100, exclusiveMin = true, def = "0.188",
                doc = "Grant one funded joint project receives per year; the firm pays the rest of its cost. "
                        + "The grant money over this sets how many projects the programme carries in a region.")
        double grantPerProjectOkuPerYear,
        @Param(unit = "organisations", min = 0, max = 1000, def = "3",
                doc = "Core centres of each funded cluster: the region's universities and institutes with the most "
                        + "researchers, at which the programme's joint research is organised.")
        int coreCentres,
        @Param(unit = "probability", min = 0, max = 1, def = "1",
                doc = "Chance that a project the programme offers to fund seeks its academic partner at a core centre first, "
                        + "times (1 - awareness): research starts at the core and spreads out as the programme becomes known.")
        double coreShare,
        @Param(unit = "firms", min = 1, max = 100, def = "3",
                doc = "Firms one research theme at a core centre can take: a core centre's seed opens a theme that "
                        + "hosts this many joint projects before it is used up.")
        int firmsPerTheme,
        @Param(unit = "share", min = 0, max = 1, def = "0.3", doc = "Share of the money spent on coordinator posts.")
        double coordinatorShare,
        @Param(unit = "oku/year", min = 0, max = 100, exclusiveMin = true, def = "0.1", doc = "Cost of one coordinator post.")
        double coordinatorCostOkuPerYear,
        @Param(unit = "share", min = 0, max = 1, def = "0", doc = "Share of the money spent on incubator places.")
        double incubatorShare,
        @Param(unit = "oku/year", min = 0, max = 100, exclusiveMin = true, def = "0.02",
                doc = "Cost of one incubator place for a year.")
        double incubatorPlaceCostOkuPerYear,
        @Param(unit = "share", min = 0, max = 1, def = "0",
                doc = "Share of the money paid as seed capital into the region's venture funds (lapses where there is none).")
        double vcSeedShare,
        @Param(unit = "share", min = 0, max = 1, def = "0",
                doc = "Share of the money spent on networking events (forums, business-matching fairs).")
        double networkingShare,
        @Param(unit = "ties/oku", min = 0, max = 100000, def = "50",
                doc = "Event ties that one oku of networking events creates among the region's firms.")
        double networkingTiesPerOku,
        @Param(unit = "share", min = 0, max = 1, def = "0",
                doc = "Share of the money spent on inter-regional linkage (joint forums, exchange between the programme's regions).")
        double linkageShare,
        @Param(unit = "ties/oku", min = 0, max = 100000, def = "20",
                doc = "Ties that one oku of linkage creates between the region's firms and firms of the programme's other regions.")
        double linkageTiesPerOku,
        @Param(unit = "1", def = "false", doc = "Whether results move on seamlessly into other ministries' commercialisation support.")
        boolean seamlessSupport,
        @Param(unit = "1", def = "research",
                doc = "The stage the programme's funded projects start in: research (university-seeded research) or "
                        + "development (practical-application development of an existing seed with a firm).")
        FundedStage fundedStage,
        @Param(unit = "1", def = "all",
                doc = "Which joint projects the programme funds: all fields, or only the region's speciality (its field "
                        + "of largest weight), as a 'small but strong' programme built on a regional speciality.")
        FieldFocus fieldFocus,
        @Param(unit = "1", def = "false",
                doc = "Whether the programme selects only among regions that no other programme funds in its first "
                        + "year (one programme per region at a time, as the City Area programme's cohorts of areas).")
        boolean excludeFundedRegions) implements java.io.Serializable {
    /**
     * A programme built in code (tests, tools) from its name, first fiscal year and yearly budget,
     * the parameters it cannot do without; every other parameter is at its {@link Param} default
     * unless set on the builder.
     */
    public static Builder builder(String name, int startFiscalYear, double budgetOkuPerYear) {
        return new Builder(name, startFiscalYear, budgetOkuPerYear);
    }

    /**
     * Gathers values as a scenario file would hold them and binds them with the {@link Binder},
     * so defaults come from the {@link Param}s and values are checked the way the loader checks them.
     * Each setter is named after its parameter (a test holds them in step).
     */
    public static final class Builder {
        private final ObjectNode node = JsonNodeFactory.instance.objectNode();

        private Builder(String name, int startFiscalYear, double budgetOkuPerYear) {
            node.put("name", name);
            node.put("start_fiscal_year", startFiscalYear);
            node.put("budget_oku_per_year", budgetOkuPerYear);
        }

        public Builder years(int years) {
            node.put("years", years);
            return this;
        }

        public Builder regions(String... regions) {
            ArrayNode list = node.putArray("regions");
            for (String v : regions) {
                list.add(v);
            }
            return this;
        }

        public Builder selection(SelectionRule selection) {
            node.put("selection", Names.word(selection));
            return this;
        }

        public Builder predecessor(String predecessor) {
            node.put("predecessor", predecessor);
            return this;
        }

        public Builder regionsSelected(int regionsSelected) {
            node.put("regions_selected", regionsSelected);
            return this;
        }

        public Builder selectionNoise(double selectionNoise) {
            node.put("selection_noise", selectionNoise);
            return this;
        }

        public Builder trialRegions(int trialRegions) {
            node.put("trial_regions", trialRegions);
            return this;
        }

        public Builder trialYears(int trialYears) {
            node.put("trial_years", trialYears);
            return this;
        }

        public Builder trialBudgetShare(double trialBudgetShare) {
            node.put("trial_budget_share", trialBudgetShare);
            return this;
        }

        public Builder evaluationYear(int evaluationYear) {
            node.put("evaluation_year", evaluationYear);
            return this;
        }

        public Builder evaluationStopShare(double evaluationStopShare) {
            node.put("evaluation_stop_share", evaluationStopShare);
            return this;
        }

        public Builder evaluationScaleShare(double evaluationScaleShare) {
            node.put("evaluation_scale_share", evaluationScaleShare);
            return this;
        }

        public Builder evaluationScaleFactor(double evaluationScaleFactor) {
            node.put("evaluation_scale_factor", evaluationScaleFactor);
            return this;
        }

        public Builder matchingRatio(double matchingRatio) {
            node.put("matching_ratio", matchingRatio);
            return this;
        }

        public Builder matchingShortfall(MatchingShortfall matchingShortfall) {
            node.put("matching_shortfall", Names.word(matchingShortfall));
            return this;
        }

        public Builder grantShare(double grantShare) {
            node.put("grant_share", grantShare);
            return this;
        }

        public Builder grantPerProjectOkuPerYear(double grantPerProjectOkuPerYear) {
            node.put("grant_per_project_oku_per_year", grantPerProjectOkuPerYear);
            return this;
        }

        public Builder coreCentres(int coreCentres) {
            node.put("core_centres", coreCentres);
            return this;
        }

        public Builder coreShare(double coreShare) {
            node.put("core_share", coreShare);
            return this;
        }

        public Builder firmsPerTheme(int firmsPerTheme) {
            node.put("firms_per_theme", firmsPerTheme);
            return this;
        }

        public Builder coordinatorShare(double coordinatorShare) {
            node.put("coordinator_share", coordinatorShare);
            return this;
        }

        public Builder coordinatorCostOkuPerYear(double coordinatorCostOkuPerYear) {
            node.put("coordinator_cost_oku_per_year", coordinatorCostOkuPerYear);
            return this;
        }

        public Builder incubatorShare(double incubatorShare) {
            node.put("incubator_share", incubatorShare);
            return this;
        }

        public Builder incubatorPlaceCostOkuPerYear(double incubatorPlaceCostOkuPerYear) {
            node.put("incubator_place_cost_oku_per_year", incubatorPlaceCostOkuPerYear);
            return this;
        }

        public Builder vcSeedShare(double vcSeedShare) {
            node.put("vc_seed_share", vcSeedShare);
            return this;
        }

        public Builder networkingShare(double networkingShare) {
            node.put("networking_share", networkingShare);
            return this;
        }

        public Builder networkingTiesPerOku(double networkingTiesPerOku) {
            node.put("networking_ties_per_oku", networkingTiesPerOku);
            return this;
        }

        public Builder linkageShare(double linkageShare) {
            node.put("linkage_share", linkageShare);
            return this;
        }

        public Builder linkageTiesPerOku(double linkageTiesPerOku) {
            node.put("linkage_ties_per_oku", linkageTiesPerOku);
            return this;
        }

        public Builder fundedStage(FundedStage stage) {
            node.put("funded_stage", stage.name().toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        public Builder fieldFocus(FieldFocus focus) {
            node.put("field_focus", focus.name().toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        public Builder excludeFundedRegions(boolean exclude) {
            node.put("exclude_funded_regions", exclude);
            return this;
        }

        public Builder seamlessSupport(boolean seamlessSupport) {
            node.put("seamless_support", seamlessSupport);
            return this;
        }

        /** @throws ScenarioException naming the parameter, when a value is out of its range */
        public ProgrammeSpec build() {
            return new Binder(path -> Origin.option("ProgrammeSpec.builder")).bindRecord(ProgrammeSpec.class, node, "");
        }
    }
}
