package clusterlab.scenario;

/**
 * One figure of a programme record (or of the nation): an indicator summed over a span of
 * fiscal years, and the value the record reports for it.
 */
public record CalibrationTarget(
        @Param(unit = "1", pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = Param.REQUIRED,
                doc = "Name of the figure in the fit table, unique among the targets.")
        String name,
        @Param(unit = "1", pattern = "([A-Za-z0-9][A-Za-z0-9_.-]{0,63})?", def = "''",
                doc = "Programme whose rows of programmes_fiscal_year.csv are summed; empty: national_fiscal_year.csv.")
        String programme,
        @Param(unit = "1", pattern = "[a-z][a-z0-9_]{0,63}", def = Param.REQUIRED,
                doc = "Column summed: a programme indicator, or a national indicator when no programme is named.")
        String indicator,
        @Param(unit = "fiscal year", min = 1900, max = 2200, def = Param.REQUIRED, doc = "First fiscal year summed.")
        int fromFiscalYear,
        @Param(unit = "fiscal year", min = 1900, max = 2200, def = Param.REQUIRED, doc = "Last fiscal year summed.")
        int toFiscalYear,
        @Param(unit = "same as the indicator", min = 0, max = 1e15, exclusiveMin = true, def = Param.REQUIRED,
                doc = "The recorded value.")
        double value,
        @Param(unit = "1", min = 0, max = 1000, def = "1", doc = "Weight of the figure in the objective.")
        double weight) implements java.io.Serializable {
}
