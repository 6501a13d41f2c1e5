package clusterlab.scenario;

/** Start-ups, venture-capital funds and banks. */
public record FinanceParams(
        @Param(unit = "1/seed/year", min = 0, max = 1, def = "0.08",
                doc = "Chance per year that a seed becomes a spin-off of its university or institute (times the organisation's propensity).")
        double spinoffPerSeedPerYear,
        @Param(unit = "oku", min = 0, max = 1000, def = "0.3", doc = "Cash a start-up begins with.")
        double startupInitialCashOku,
        @Param(unit = "oku/month", min = 0, max = 100, def = "0.012", doc = "Cash a start-up burns per month beyond its sales margin.")
        double startupBurnOkuPerMonth,
        @Param(unit = "employees", min = 1, max = 10000, def = "3", doc = "Employees of a new start-up.")
        int startupEmployees,
        @Param(unit = "months", min = 1, max = 600, def = "60", doc = "Age at which a start-up counts as an ordinary firm.")
        int startupPhaseMonths,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.4", doc = "Share of burn an incubator place saves a start-up.")
        double incubatorBurnReduction,
        @Param(unit = "months", min = 0, max = 600, def = "36", doc = "Months a start-up may hold an incubator place.")
        int incubatorMonths,
        @Param(unit = "funds", min = 0, max = 10000, def = "2", doc = "National venture-capital funds, investing in every region.")
        int nationalVcFunds,
        @Param(unit = "oku", min = 0, max = 100000, def = "20", doc = "Capital of a venture-capital fund at the start.")
        double vcCapitalOku,
        @Param(unit = "oku/year", min = 0, max = 100000, def = "2",
                doc = "New capital each fund raises per year from its investors (paid in monthly).")
        double vcFundraisingOkuPerYear,
        @Param(unit = "oku", min = 0, max = 1000, exclusiveMin = true, def = "0.8", doc = "Size of one VC investment.")
        double vcTicketOku,
        @Param(unit = "firms", min = 0, max = 10000, def = "15", doc = "Most start-ups one fund holds at once.")
        int vcMaxPortfolio,
        @Param(unit = "months", min = 1, max = 600, def = "84", doc = "Months after which a fund exits an investment.")
        int vcHorizonMonths,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.6", doc = "Fund screening skill: the quality signal it sees has noise of standard deviation 0.5 x (1 - skill).")
        double vcScreeningSkill,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.45", doc = "Quality signal a start-up must show to be funded.")
        double vcQualityThreshold,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.5", doc = "Capability from which an exit by IPO is possible.")
        double ipoCapability,
        @Param(unit = "probability", min = 0, max = 1, def = "0.3", doc = "Chance of an IPO at exit for a capable enough firm.")
        double ipoProbability,
        @Param(unit = "probability", min = 0, max = 1, def = "0.4", doc = "Chance of a trade sale at exit otherwise.")
        double tradeSaleProbability,
        @Param(unit = "x", min = 0, max = 1000, def = "5", doc = "Multiple of the investment a fund gets back at an IPO.")
        double ipoMultiple,
        @Param(unit = "x", min = 0, max = 1000, def = "1.5", doc = "Multiple of the investment a fund gets back at a trade sale.")
        double tradeSaleMultiple,
        @Param(unit = "oku/month", min = 0, max = 100000, def = "0.5", doc = "New lending one bank can do per month.")
        double bankLendingOkuPerMonth,
        @Param(unit = "years of sales", min = 0, max = 10, def = "0.2", doc = "Largest loan relative to the firm's annual sales.")
        double loanToAnnualSales,
        @Param(unit = "months", min = 1, max = 600, def = "60", doc = "Loan term; repaid in equal monthly parts.")
        int loanTermMonths,
        @Param(unit = "1/year", min = 0, max = 1, def = "0.02", doc = "Interest rate on loans.")
        double loanInterestPerYear,
        @Param(unit = "0..1", min = 0, max = 1, def = "0.25", doc = "Capability a borrower must have for a bank to lend.")
        double loanMinCapability) implements java.io.Serializable {
}
