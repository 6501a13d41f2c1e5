package clusterlab.scenario;

/** Collaboration ties: formation by events, decay, and how statistics are computed. */
public record NetworkParams(
        @Param(unit = "ties/firm/year", min = 0, max = 100, def = "0.1",
                doc = "Ties formed per firm per year through fairs, forums and business contacts in the region.")
        double eventTiesPerFirmPerYear,
        @Param(unit = "probability", min = 0, max = 1, def = "0.6", doc = "Chance an event tie joins two firms of the same field.")
        double sameFieldPreference,
        @Param(unit = "probability", min = 0, max = 1, def = "0.3",
                doc = "Chance an event partner is found through an existing partner (a partner's partner: triadic closure).")
        double triadicClosure,
        @Param(unit = "probability", min = 0, max = 1, def = "0.45",
                doc = "Chance an event partner is drawn in proportion to its ties in the region (preferential attachment).")
        double preferentialAttachment,
        @Param(unit = "months", min = 0, max = 600, def = "60", doc = "Months a tie survives unused before it may decay.")
        int tieMemoryMonths,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.03", doc = "Chance per month that an unused, old tie dissolves.")
        double tieDecayPerMonth,
        @Param(unit = "nodes", min = 10, max = 1e8, def = "3000",
                doc = "Networks up to this many tied nodes get exact statistics; larger ones are sampled.")
        int exactStatsMaxNodes,
        @Param(unit = "nodes", min = 10, max = 1e7, def = "400", doc = "Nodes sampled for the clustering coefficient of large networks.")
        int clusteringSampleNodes,
        @Param(unit = "pairs", min = 2, max = 1e6, def = "400",
                doc = "Pairs of nodes sampled for the average path length of large networks (each by a two-sided search).")
        int pathSamplePairs) implements java.io.Serializable {
}
