package clusterlab.stages;

import clusterlab.agents.Academic;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Indicator;
import clusterlab.money.Flow;
import clusterlab.policy.Programme;
import clusterlab.policy.ProgrammeIndicator;
import clusterlab.projects.JointProject.Stage;
import clusterlab.projects.JointProject;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.ProjectParams;
import clusterlab.world.NamedStage;
import clusterlab.world.PendingStartup;
import clusterlab.world.TickContext;
import clusterlab.world.World;

import java.util.Iterator;

/**
 * Process 4, joint projects. Each running project, in start order: pays its month (the firm's own
 * money, plus its programme's grant while there is grant money, which partly replaces the firm's),
 * files patents in research and development in proportion to the money spent, and may advance or fail. Capability raises the odds, grants speed
 * stages up, and the move from development to commercialisation carries the valley-of-death
 * drop-out that seamless cross-ministry support reduces. Reaching the market needs a market in
 * the region or a partner outside it (an existing tie there, or one found by search); success raises the firm's sales, counts as a
 * commercialisation and a new business, and may spawn a start-up.
 */
public final class ProjectStage extends NamedStage {
    public ProjectStage() {
        super("projects",
                "joint projects pay costs, file patents, advance or fail; successes reach the market");
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        ProjectParams p = t.scenario.projects();
        double[] grantSpent = new double[w.regions.length];
        double[][] grantShare = grantShares(t, p);
        for (Iterator<JointProject> it = w.projects.iterator(); it.hasNext(); ) {
            JointProject project = it.next();
            int row = w.firms.rowOf(project.firmId);
            if (row < 0 || !w.firms.alive(row)) {
                end(w, project);
                it.remove();
                continue;
            }
            KeyedStream rng = t.stream(project.key, Purpose.PROJECT);
            Programme programme = supporting(w, project, t.fiscalYear());
            double[] money = pay(w, project, row, programme, programme == null ? 0 : grantShare[programme.index][project.region], p);
            grantSpent[w.academics[project.academic].region] += money[GRANT];
            if (programme != null) {
                w.firms.set(row, FirmTable.PARTICIPANT, true);
            }
            if (programme != null && project.firstTimeIn(t.fiscalYear())) {
                programme.participation.participant(project.region, project.academic, project.firmId,
                        rng.roundedCount(p.academicResearchersPerProject()),
                        rng.roundedCount(Math.min(w.firms.employees[row], p.industryResearchersPerProject())));
            }
            if (!progress(t, project, row, programme, money[TOTAL], rng, p)) {
                w.firms.set(row, FirmTable.IN_PROJECT, false);
                end(w, project);
                it.remove();
            }
        }
        for (int r = 0; r < w.regions.length; r++) {
            w.regions[r].grantSpentLastMonthOku = grantSpent[r];
        }
    }

    /**
     * The programme supporting a project this year: the one that funded it, while that programme
     * still runs; once its term ends the project goes on as an ordinary, privately paid one.
     */
    private static Programme supporting(World w, JointProject project, int fiscalYear) {
        if (!project.funded()) {
            return null;
        }
        Programme p = w.programmes.get(project.programme);
        return p.runsIn(fiscalYear) ? p : null;
    }

    /** A project ends: a funded one frees its place in its programme. */
    private static void end(World w, JointProject project) {
        if (project.funded()) {
            w.programmes.get(project.programme).participation.release(project.region);
        }
    }

    /**
     * This month's grant of a funded project, per programme and region: the money left shared among
     * the funded projects running there over the fiscal year's months left, up to what a project absorbs.
     */
    private static double[][] grantShares(TickContext t, ProjectParams p) {
        World w = t.world;
        int monthsLeft = 12 - Math.floorMod(t.tick(), 12);
        double[][] share = new double[w.programmes.size()][w.regions.length];
        for (Programme programme : w.programmes) {
            for (int r = 0; r < w.regions.length; r++) {
                share[programme.index][r] = programme.budget.grantPerProject(r, programme.participation.active(r),
                        monthsLeft, p.grantAbsorptionOkuPerYear() / 12.0);
            }
        }
        return share;
    }

    /** Index of the grant money in what {@link #pay} returns. */
    private static final int GRANT = 0;
    /** Index of all the project's money this month in what {@link #pay} returns. */
    private static final int TOTAL = 1;

    /**
     * Pays a month of the project: its programme's grant while the year's grant money lasts, and
     * the firm's own money, less the share of the grant that crowds it out; returns {grant, total}.
     */
    private static double[] pay(World w, JointProject project, int row, Programme programme, double share,
                                ProjectParams p) {
        double[] grant = programme == null ? new double[] {0, 0} : programme.budget.payGrant(project.region, share);
        double granted = grant[0] + grant[1];
        double privateCost = p.costOkuPerMonth() - p.grantCrowdOut() * Math.min(granted, p.costOkuPerMonth());
        w.firms.cash[row] -= privateCost;
        w.ledger.add(project.region, Indicator.SPENDING_NATIONAL_OKU, grant[0]);
        w.ledger.add(project.region, Indicator.SPENDING_LOCAL_OKU, grant[1]);
        w.ledger.add(project.region, Indicator.SPENDING_PRIVATE_OKU, privateCost);
        w.books.add(Flow.NATIONAL_RESEARCH_GRANTS, grant[0]);
        w.books.add(Flow.LOCAL_RESEARCH_GRANTS, grant[1]);
        w.books.add(Flow.PROJECT_COFUNDING, privateCost);
        return new double[] {granted, granted + privateCost};
    }

    /** One month of a project that spent {@code moneyOku} this month; returns whether it goes on. */
    private static boolean progress(TickContext t, JointProject project, int row, Programme programme,
                                    double moneyOku, KeyedStream rng, ProjectParams p) {
        World w = t.world;
        Academic academic = w.academics[project.academic];
        double team = 0.5 * (w.firms.capability[row] + academic.liaison);
        double capabilityFactor = 1.0 + p.capabilityEffect() * (team - 0.5);
        double speed = capabilityFactor * (programme != null ? 1.0 + p.grantSpeedup() : 1.0);
        double failFactor = Math.max(0.0, 2.0 - capabilityFactor);
        int patents = switch (project.stage()) {
            case RESEARCH -> rng.poisson(p.patentsPerOkuResearch() * moneyOku * capabilityFactor);
            case DEVELOPMENT -> rng.poisson(p.patentsPerOkuDevelopment() * moneyOku * capabilityFactor);
            case COMMERCIALISATION -> 0;
        };
        if (patents > 0) {
            w.ledger.add(project.region, Indicator.PATENT_APPLICATIONS, patents);
            w.regions[project.region].countInnovationEvents(patents);
            tally(programme, ProgrammeIndicator.PATENT_APPLICATIONS, patents);
            credit(programme, project.region, patents);
        }
        double advance = switch (project.stage()) {
            case RESEARCH -> p.researchAdvancePerMonth();
            case DEVELOPMENT -> p.developmentAdvancePerMonth();
            case COMMERCIALISATION -> p.commercialAdvancePerMonth();
        };
        double fail = switch (project.stage()) {
            case RESEARCH -> p.researchFailPerMonth();
            case DEVELOPMENT -> p.developmentFailPerMonth();
            case COMMERCIALISATION -> p.commercialFailPerMonth();
        };
        if (rng.chance(fail * failFactor)) {
            touchTie(t, project);
            return false;
        }
        if (!rng.chance(Math.min(1.0, advance * speed))) {
            return true;
        }
        touchTie(t, project);
        if (project.stage() == Stage.DEVELOPMENT) {
            boolean adopted = programme != null && rng.chance(programme.spec.seamlessSupport()
                    ? p.seamlessAdoptionChance() : p.adoptionChance());
            double dropOut = p.valleyOfDeath() * (adopted ? 1.0 - p.seamlessValleyReduction() : 1.0);
            if (adopted) {
                tally(programme, ProgrammeIndicator.ADOPTED_BY_OTHER_PROGRAMMES, 1);
            }
            if (rng.chance(dropOut)) {
                return false;
            }
            project.advance();
            return true;
        }
        if (project.stage() == Stage.RESEARCH) {
            project.advance();
            return true;
        }
        reachMarket(t, project, row, programme, rng, p);
        return false;
    }

    /** The end of commercialisation: find a market, then book the success. */
    private static void reachMarket(TickContext t, JointProject project, int row, Programme programme,
                                       KeyedStream rng, ProjectParams p) {
        World w = t.world;
        if (!rng.chance(p.inRegionMarket())) {
            // Marketing goes through partners outside the region: an existing one, or one found now.
            int partner = existingOutsidePartner(w, project.firmId, project.region, rng);
            if (partner < 0) {
                int found = outsidePartner(w, project.region, rng);
                if (found < 0 || !rng.chance(p.outsidePartnerSearch())) {
                    return;
                }
                partner = w.firms.id[found];
            }
            w.ties.touch(project.firmId, project.region, partner, w.regionOfActor(partner), t.tick());
        }
        w.firms.sales[row] *= 1.0 + p.salesBoost();
        w.ledger.add(project.region, Indicator.COMMERCIALISATIONS, 1);
        w.regions[project.region].countInnovationEvents(1);
        w.ledger.add(project.region, Indicator.NEW_BUSINESSES, 1);
        tally(programme, ProgrammeIndicator.COMMERCIALISATIONS, 1);
        credit(programme, project.region, 1);
        tally(programme, ProgrammeIndicator.NEW_BUSINESSES, 1);
        if (rng.chance(p.startupOnSuccess())) {
            // A venture out of a joint project is firm-led; spin-offs are the academics' own (see StartupFinanceStage).
            w.pendingStartups.add(new PendingStartup(project.region, project.field, false,
                    Math.min(1.0, w.firms.capability[row] + 0.1), project.key,
                    programme == null ? -1 : programme.index));
        }
    }

    /**
     * A live partner of the firm in another region (a random one of its partners is looked at, then
     * the others in turn), or -1 when it has none.
     */
    private static int existingOutsidePartner(World w, int firmId, int region, KeyedStream rng) {
        int degree = w.adjacency.degree(firmId);
        int start = degree == 0 ? 0 : rng.below(degree);
        for (int k = 0; k < degree; k++) {
            int partner = w.adjacency.partner(firmId, (start + k) % degree);
            int partnerRegion = w.regionOfActor(partner);
            if (partnerRegion >= 0 && partnerRegion != region && w.actorAlive(partner)) {
                return partner;
            }
        }
        return -1;
    }

    /** A random live firm of another region, or -1 when there is none. */
    private static int outsidePartner(World w, int region, KeyedStream rng) {
        int regions = w.regions.length;
        if (regions < 2) {
            return -1;
        }
        int other = (region + 1 + rng.below(regions - 1)) % regions;
        int n = w.census.firms(other);
        return n == 0 ? -1 : w.census.row(other, rng.below(n));
    }

    private static void touchTie(TickContext t, JointProject project) {
        World w = t.world;
        w.ties.touch(project.firmId, project.region, w.academics[project.academic].actorId(),
                w.academics[project.academic].region, t.tick());
    }

    /** Outputs the programme's evaluation will judge the region by. */
    private static void credit(Programme programme, int region, double outputs) {
        if (programme != null) {
            programme.evaluation.credit(region, outputs);
        }
    }

    private static void tally(Programme programme, ProgrammeIndicator indicator, double value) {
        if (programme != null) {
            programme.tally.count(indicator, value);
        }
    }
}
