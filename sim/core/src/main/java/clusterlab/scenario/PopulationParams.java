package clusterlab.scenario;

/** How the synthetic populations of firms and academic organisations are drawn. */
public record PopulationParams(
        @Param(unit = "agents per firm", min = 0, max = 1, exclusiveMin = true, def = "1",
                doc = "Share of each region's firms simulated as agents (0.025: one in 40). Regions may then hold real "
                        + "counts, e.g. census establishments; academic, finance and support populations are not sampled.")
        double firmSample,
        @Param(unit = "employees", min = 1, max = 100000, def = "8",
                doc = "Median employees of an initial firm (log-normal size distribution).")
        double firmEmployeesMedian,
        @Param(unit = "1", min = 0, max = 5, def = "1.3",
                doc = "Standard deviation of log employees of initial firms: larger means a heavier tail.")
        double firmEmployeesLogSigma,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.45", doc = "Mean initial firm capability.")
        double capabilityMean,
        @Param(unit = "0..1", min = 0, max = 0.5, def = "0.15", doc = "Spread of initial firm capability.")
        double capabilitySd,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.35", doc = "Mean firm absorptive capacity.")
        double absorptiveMean,
        @Param(unit = "0..1", min = 0, max = 0.5, def = "0.15", doc = "Spread of firm absorptive capacity.")
        double absorptiveSd,
        @Param(unit = "researchers", min = 0, max = 100000, def = "120",
                doc = "Mean researchers of a university.")
        double universityResearchersMean,
        @Param(unit = "researchers", min = 0, max = 100000, def = "60",
                doc = "Mean researchers of a public research institute.")
        double instituteResearchersMean,
        @Param(unit = "months", min = 0, max = 600, def = "120",
                doc = "Upper bound of the age given to initial firms (uniform).")
        int initialFirmAgeMaxMonths) implements java.io.Serializable {
}
