package clusterlab.policy;

import clusterlab.scenario.MatchingShortfall;
import clusterlab.scenario.ProgrammeSpec;
import clusterlab.scenario.RegionSpec;
import clusterlab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario's programme designs cannot spend, found from the file alone (before any run): money a
 * region's actors have no way to absorb lapses, and an analyst should know that before reading a
 * programme's effect per oku. Each finding names the programme, the region and the share at stake.
 */
public final class SpendingCheck {
    private SpendingCheck() {
    }

    /** One warning per design that cannot be spent as written; none for a design that can. */
    public static List<String> warnings(Scenario s) {
        List<String> out = new ArrayList<>();
        for (ProgrammeSpec p : s.programmes()) {
            absorption(s, p, out);
            if (p.regions().isEmpty()) {
                selected(s, p, out);
                continue;
            }
            for (RegionSpec r : s.regions().stream().filter(r -> p.regions().contains(r.name())).toList()) {
                if (p.grantShare() > 0 && r.universities() + r.institutes() == 0) {
                    out.add(String.format("programme '%s': region '%s' has no university or institute, so no joint "
                            + "project can use its research grants (%.0f%% of its money) and they lapse",
                            p.name(), r.name(), 100 * p.grantShare()));
                }
                if (p.vcSeedShare() > 0 && r.vcFunds() == 0) {
                    out.add(String.format("programme '%s': region '%s' has no venture fund, so its seed money "
                            + "(%.0f%% of its money) lapses", p.name(), r.name(), 100 * p.vcSeedShare()));
                }
                double required = p.matchingRatio() * p.budgetOkuPerYear();
                if (required > r.localBudgetOkuPerYear()) {
                    out.add(String.format("programme '%s': region '%s' can add %s oku a year of local money, less than "
                            + "the %s oku its matching ratio requires, so it gets %s national money (matching_shortfall: %s)",
                            p.name(), r.name(), r.localBudgetOkuPerYear(), required,
                            p.matchingShortfall() == MatchingShortfall.SCALE ? "less" : "no",
                            p.matchingShortfall().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return out;
    }

    /** A design whose projects are larger than a project can use. */
    private static void absorption(Scenario s, ProgrammeSpec p, List<String> out) {
        double absorbable = s.projects().grantAbsorptionOkuPerYear();
        if (p.grantShare() > 0 && p.grantPerProjectOkuPerYear() > absorbable) {
            out.add(String.format("programme '%s': grant_per_project_oku_per_year %s is more than one project can use "
                    + "(projects.grant_absorption_oku_per_year %s), so at least %.0f%% of its research grants lapse "
                    + "when its places are full", p.name(), p.grantPerProjectOkuPerYear(), absorbable,
                    100 * (1 - absorbable / p.grantPerProjectOkuPerYear())));
        }
    }

    /** A programme that selects its regions among all: how many candidates could not spend part of it. */
    private static void selected(Scenario s, ProgrammeSpec p, List<String> out) {
        long withoutFunds = s.regions().stream().filter(r -> r.vcFunds() == 0).count();
        if (p.vcSeedShare() > 0 && withoutFunds > 0) {
            out.add(String.format("programme '%s': %d of the %d regions it may select have no venture fund; if selected, "
                    + "their seed money (%.0f%% of the money) lapses", p.name(), withoutFunds, s.regions().size(),
                    100 * p.vcSeedShare()));
        }
    }
}
