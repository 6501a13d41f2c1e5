package clusterlab.scenario;

/** Joint projects: research, then development, then commercialisation. */
public record ProjectParams(
        @Param(unit = "1/month", min = 0, max = 1, def = "0.06", doc = "Chance to finish the research stage in a month.")
        double researchAdvancePerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.05", doc = "Chance to finish the development stage in a month.")
        double developmentAdvancePerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.1",
                doc = "Chance to finish the commercialisation stage (reach the market) in a month.")
        double commercialAdvancePerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.01", doc = "Chance a research-stage project fails in a month.")
        double researchFailPerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.015", doc = "Chance a development-stage project fails in a month.")
        double developmentFailPerMonth,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.02",
                doc = "Chance a commercialisation-stage project fails in a month.")
        double commercialFailPerMonth,
        @Param(unit = "probability", min = 0, max = 1, def = "0.1",
                doc = "Drop-out on the move from development to commercialisation (the valley of death).")
        double valleyOfDeath,
        @Param(unit = "probability", min = 0, max = 1, def = "0.22",
                doc = "Chance that a funded result leaving development is taken up by another funding programme.")
        double adoptionChance,
        @Param(unit = "probability", min = 0, max = 1, def = "0.5",
                doc = "The same chance under a programme with seamless cross-ministry support (other-ministry slots).")
        double seamlessAdoptionChance,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.6",
                doc = "Share of the valley-of-death drop-out removed for a result another programme takes up.")
        double seamlessValleyReduction,
        @Param(unit = "1", min = 0, max = 2, def = "1",
                doc = "How much team capability moves stage chances: multiplier 1 + effect x (capability - 0.5).")
        double capabilityEffect,
        @Param(unit = "1", min = 0, max = 10, def = "1.94",
                doc = "Relative speed-up of stage advance for grant-funded projects (grants shorten stages).")
        double grantSpeedup,
        @Param(unit = "patents/oku", min = 0, max = 100, def = "14",
                doc = "Expected patent applications per oku of project money (the firm's and any grant) spent in the "
                        + "research stage (ODD section 7.4).")
        double patentsPerOkuResearch,
        @Param(unit = "patents/oku", min = 0, max = 100, def = "0.9",
                doc = "Expected patent applications per oku of project money spent in the development stage.")
        double patentsPerOkuDevelopment,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.25",
                doc = "Share of a grant that replaces the firm's own project money rather than adding to it (0: every "
                        + "grant yen is additional; 1: the firm pays that much less).")
        double grantCrowdOut,
        @Param(unit = "oku/year", min = 0, max = 100, def = "0.5",
                doc = "Most grant money one joint project can use in a year (its researchers' time): a programme "
                        + "shares a region's grant money among its funded projects up to this (ODD section 7.4).")
        double grantAbsorptionOkuPerYear,
        @Param(unit = "probability", min = 0, max = 1, def = "0.35",
                doc = "Chance the market is found inside the region; otherwise a partner outside is needed.")
        double inRegionMarket,
        @Param(unit = "probability", min = 0, max = 1, def = "0.8",
                doc = "Chance of finding a new sales partner outside the region when the market is not in the region and the firm has no partner there yet.")
        double outsidePartnerSearch,
        @Param(unit = "1", min = 0, max = 10, def = "0.2",
                doc = "Relative rise of the firm's sales on a commercialisation.")
        double salesBoost,
        @Param(unit = "oku/month", min = 0, max = 100, def = "0.0025",
                doc = "The firm's own money for a running joint project without a grant (0.0025: 3 M yen a year).")
        double costOkuPerMonth,
        @Param(unit = "probability", min = 0, max = 1, def = "0.08",
                doc = "Chance that a commercialised project also spawns a start-up.")
        double startupOnSuccess,
        @Param(unit = "researchers/project", min = 0, max = 1000, def = "2.85",
                doc = "Academic researchers working on one joint project.")
        double academicResearchersPerProject,
        @Param(unit = "researchers/project", min = 0, max = 1000, def = "1.3",
                doc = "Industry researchers working on one joint project (at most the firm's employees).")
        double industryResearchersPerProject) implements java.io.Serializable {
}
