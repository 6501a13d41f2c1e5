package clusterlab.scenario;

/** Firm sales, costs, employment, entry, exit and relocation. */
public record FirmParams(
        @Param(unit = "oku/employee/year", min = 0, max = 100, exclusiveMin = true, def = "0.2",
                doc = "Sales per employee at capability 0.5.")
        double productivityOkuPerEmployeeYear,
        @Param(unit = "oku/employee/year", min = 0, max = 100, def = "0.05", doc = "Labour cost per employee.")
        double wageOkuPerEmployeeYear,
        @Param(unit = "share of sales", min = 0, max = 1, def = "0.62", doc = "Materials and other variable costs.")
        double materialShare,
        @Param(unit = "share of sales", min = 0, max = 1, def = "0.03", doc = "R&D spending of a firm.")
        double rdIntensity,
        @Param(unit = "1/year", min = -1, max = 1, def = "0.0", doc = "Mean growth of expected firm sales (before capability and selection effects).")
        double salesDriftPerYear,
        @Param(unit = "1/sqrt(year)", min = 0, max = 5, def = "0.25",
                doc = "Firm-level volatility of sales growth (multiplicative shocks give a heavy-tailed size distribution).")
        double salesVolatilityPerYear,
        @Param(unit = "1/sqrt(year)", min = 0, max = 5, def = "0.05",
                doc = "Volatility of each technology field's market, shared by all its firms.")
        double marketVolatilityPerYear,
        @Param(unit = "1/year", min = 0, max = 5, def = "0.15",
                doc = "Extra sales growth per year per unit of capability above 0.5.")
        double capabilityGrowthPerYear,
        @Param(unit = "1/month", min = 0, max = 1, def = "0.08",
                doc = "Share of the gap between actual and needed employees closed each month.")
        double employmentAdjustmentPerMonth,
        @Param(unit = "months", min = 1, max = 600, def = "24", doc = "Consecutive loss-making months after which a firm exits.")
        int exitAfterLossMonths,
        @Param(unit = "months of sales", min = 0, max = 600, def = "3",
                doc = "A firm closes when its cash falls below minus this many months of its sales (insolvency).")
        double insolvencyMonthsOfSales,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.025", doc = "Exit hazard from causes outside the model.")
        double exitHazardPerYear,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.035",
                doc = "New firms per year per existing firm in a region of average attractiveness.")
        double entryPerFirmPerYear,
        @Param(unit = "1", min = 0, max = 10, def = "1",
                doc = "How strongly entry follows regional attractiveness (0: not at all).")
        double attractivenessWeight,
        @Param(unit = "1/year", min = 0, max = 10, def = "0.5",
                doc = "Extra sales growth per year of a start-up during its start-up phase.")
        double startupGrowthPerYear,
        @Param(unit = "employees", min = 1, max = 100000, def = "4", doc = "Median employees of an entering firm.")
        double entrantEmployeesMedian,
        @Param(unit = "1", def = "true", doc = "Whether firms from outside the model relocate into strong clusters.")
        boolean relocationEnabled,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.002",
                doc = "Relocating firms per year per existing firm, times the region's attractiveness above average.")
        double relocationPerFirmPerYear,
        @Param(unit = "months", min = 0, max = 60, def = "3", doc = "Cash a firm holds at the start, in months of sales.")
        double initialCashMonths) {
}
