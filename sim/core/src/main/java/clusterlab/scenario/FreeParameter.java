package clusterlab.scenario;

/** A parameter calibration may change: its dotted path and the bounds it is searched within. */
public record FreeParameter(
        @Param(unit = "1", pattern = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*", def = Param.REQUIRED,
                doc = "Dotted path of a numeric scenario parameter, as for --set (e.g. projects.patents_per_oku_research).")
        String path,
        @Param(unit = "same as the parameter", min = -1e12, max = 1e12, def = Param.REQUIRED, doc = "Lowest value searched.")
        double min,
        @Param(unit = "same as the parameter", min = -1e12, max = 1e12, def = Param.REQUIRED, doc = "Highest value searched.")
        double max) implements java.io.Serializable {
}
