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
        @Param(unit = "1/sqrt(year)", min = 0, max = 5, def = "0.15",
                doc = "Firm-level volatility of continuous sales growth at the reference size (multiplicative shocks give a heavy-tailed size distribution).")
        double salesVolatilityPerYear,
        @Param(unit = "1", min = 0, max = 1, def = "0.2",
                doc = "How volatility falls with size: it scales as (employees / reference)^-elasticity, since a large firm is a portfolio of activities.")
        double volatilitySizeElasticity,
        @Param(unit = "employees", min = 1, max = 1e6, def = "10", doc = "Size at which volatility equals sales_volatility_per_year.")
        double volatilityReferenceEmployees,
        @Param(unit = "1/year", min = 0, max = 12, def = "0.3",
                doc = "Lumpy events per firm per year (a large contract won or lost), which give growth rates their fat tails.")
        double lumpyShocksPerYear,
        @Param(unit = "log sales", min = 0, max = 5, def = "0.35", doc = "Standard deviation of the log sales change of a lumpy event.")
        double lumpyShockSize,
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
        @Param(unit = "0..1", min = 0, max = 0.5, def = "0.25",
                doc = "Spread of entrants' capability: a newcomer learns its true fit only by trading, so entrants are more diverse than incumbents.")
        double entrantCapabilitySd,
        @Param(unit = "months of sales", min = 0, max = 60, def = "1", doc = "Cash an entrant starts with (new firms are thinly capitalised).")
        double entrantCashMonths,
        @Param(unit = "1", def = "true", doc = "Whether firms from outside the model relocate into strong clusters.")
        boolean relocationEnabled,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.002",
                doc = "Relocating firms per year per existing firm, times the region's attractiveness above average.")
        double relocationPerFirmPerYear,
        @Param(unit = "months", min = 0, max = 60, def = "3", doc = "Cash a firm holds at the start, in months of sales.")
        double initialCashMonths,
        @Param(unit = "months of sales", min = 0, max = 600, def = "6",
                doc = "Cash an established firm keeps; what it holds above this is paid out to its owners.")
        double cashBufferMonths) implements java.io.Serializable {
}
