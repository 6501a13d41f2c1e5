package clusterlab.scenario;

/** Firms' demand for academic partners, met by their own search and by coordinators matching needs with seeds. */
public record MatchingParams(
        @Param(unit = "1/year", min = 0, max = 1, def = "0.06",
                doc = "Chance per year that a free firm starts looking for an academic partner (the demand for joint "
                        + "research; ODD section 7.3).")
        double seekersPerFirmPerYear,
        @Param(unit = "months", min = 1, max = 120, def = "6",
                doc = "Mean months a firm keeps looking before it gives up unmatched.")
        double searchMonths,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.2",
                doc = "Skill of a firm looking on its own (one attempt a month, in its own region) in place of a "
                        + "coordinator's skill in the match odds.")
        double ownSearchSkill,
        @Param(unit = "attempts/month", min = 0, max = 1000, def = "3",
                doc = "Matching attempts one coordinator makes per month.")
        double attemptsPerCoordinatorPerMonth,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.5", doc = "Mean skill of coordinators.")
        double coordinatorSkillMean,
        @Param(unit = "probability", min = 0, max = 1, def = "0.45",
                doc = "Success chance of a same-field, same-region match by an average coordinator and team.")
        double baseSuccess,
        @Param(unit = "1", min = 0, max = 20, def = "1.5",
                doc = "Hurdle of a field gap (distance 1) between the firm and the seed.")
        double fieldDistancePenalty,
        @Param(unit = "1", min = 0, max = 1, def = "0.5",
                doc = "Factor on the field hurdle inside one region: cross-field matching works better nearby.")
        double inRegionFieldFactor,
        @Param(unit = "1", min = 0, max = 20, def = "0.7",
                doc = "Hurdle of any match across regions (through coordinator-to-coordinator links).")
        double crossRegionPenalty,
        @Param(unit = "1/1000 km", min = 0, max = 20, def = "0.8",
                doc = "Additional hurdle per 1000 km between the two regions.")
        double distancePenaltyPer1000Km,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.7",
                doc = "How far team capability lowers hurdles: hurdles are multiplied by (1 - bridge x capability).")
        double capabilityBridge,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.795",
                doc = "Share of attempts that look for a seed through a linked coordinator in another region.")
        double crossRegionShare,
        @Param(unit = "links", min = 0, max = 100, def = "2",
                doc = "Links each coordinator has to coordinators of other regions.")
        int linksPerCoordinator,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.7",
                doc = "Chance that a coordinator looks for a seed in the firm's own field first.")
        double sameFieldSearch,
        @Param(unit = "probability", min = 0, max = 1, def = "0.045",
                doc = "Bass innovation coefficient: chance that a matched firm takes up a programme's funding "
                        + "when nobody in the region has taken part yet.")
        double programmeUptakeInnovation,
        @Param(unit = "probability", min = 0, max = 1, def = "0.2",
                doc = "Bass imitation coefficient: added chance of uptake once the programme is fully known in the "
                        + "region (past participants over the projects it carries).")
        double programmeUptakeImitation,
        @Param(unit = "probability", min = 0, max = 1, def = "0.51",
                doc = "Chance that a coordinator of a funded region offers the next project to a firm that has taken "
                        + "part in the programme before (repeat participation), when one is free.")
        double repeatParticipation) implements java.io.Serializable {
}
