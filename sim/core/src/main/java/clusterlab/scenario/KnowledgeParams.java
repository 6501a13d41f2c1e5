package clusterlab.scenario;

/** Knowledge creation at universities and institutes, firm learning and spillovers. */
public record KnowledgeParams(
        @Param(unit = "seeds/researcher/year", min = 0, max = 10, def = "0.1",
                doc = "Technology seeds a researcher produces per year, before field strength.")
        double seedsPerResearcherPerYear,
        @Param(unit = "seeds/oku", min = 0, max = 1000, def = "4",
                doc = "Extra seeds per oku of programme research grant spent in the region.")
        double seedsPerGrantOku,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.15",
                doc = "Share of the seed stock that becomes obsolete each year.")
        double seedObsolescencePerYear,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.01",
                doc = "Capability a firm gains from its own R&D per month, times (0.5 + absorptive capacity) and its remaining gap (1 - capability).")
        double rdLearningPerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.01",
                doc = "Share of capability lost per month without renewal.")
        double capabilityDepreciationPerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.012",
                doc = "Largest learning rate from spillovers (reached at saturation), times absorptive capacity.")
        double spilloverMaxPerMonth,
        @Param(unit = "actors", min = 0, max = 1e9, exclusiveMin = true, def = "400",
                doc = "Same-field actors in a region at which the spillover reaches half its maximum.")
        double spilloverHalfSaturationActors,
        @Param(unit = "1", min = 0.5, max = 10, def = "1",
                doc = "Shape of agglomeration: 1 gives diminishing returns from the first neighbour; above 1 the curve is "
                        + "S-shaped, with a critical mass near the half-saturation count below which extra actors add little.")
        double spilloverCriticalMassExponent,
        @Param(unit = "actors", min = 0, max = 1e12, exclusiveMin = true, def = "60000",
                doc = "Congestion scale: spillover is damped by exp(-actors / scale) in very dense fields.")
        double congestionScaleActors,
        @Param(unit = "firm-equivalents", min = 0, max = 10000, def = "25",
                doc = "How many firms one university or institute counts for in the same-field actor count.")
        double academicActorWeight,
        @Param(unit = "firm-equivalents", min = 0, max = 10000, def = "10",
                doc = "How many firms one active joint project counts for in its region and field's same-field actor "
                        + "count: joint research draws researchers, visitors and suppliers and makes knowledge circulate, "
                        + "so research concentrated in a region raises its spillovers (towards critical mass where the "
                        + "curve is S-shaped).")
        double projectActorWeight,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.02",
                doc = "Extra capability learning per month of a firm in a joint project, times its gap.")
        double projectLearningPerMonth) implements java.io.Serializable {
}
