package clusterlab.scenario;

import java.util.Map;

/** One region (a prefecture or a metropolitan area) and the sizes of its populations. */
public record RegionSpec(
        @Param(unit = "1", pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = Param.REQUIRED,
                doc = "Region name, unique in the scenario.")
        String name,
        @Param(unit = "1", pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = Param.REQUIRED,
                doc = "Regional block the region belongs to (e.g. kanto, kinki).")
        String block,
        @Param(unit = "km", min = -5000, max = 5000, def = "0", doc = "East-west position, for distances.")
        double xKm,
        @Param(unit = "km", min = -5000, max = 5000, def = "0", doc = "North-south position, for distances.")
        double yKm,
        @Param(unit = "firms", min = 0, max = 20000000, def = Param.REQUIRED, doc = "Firms at the start.")
        int firms,
        @Param(unit = "universities", min = 0, max = 10000, def = "0",
                doc = "Universities and colleges of technology.")
        int universities,
        @Param(unit = "institutes", min = 0, max = 10000, def = "0",
                doc = "Public research institutes and public testing labs.")
        int institutes,
        @Param(unit = "coordinators", min = 0, max = 100000, def = "0",
                doc = "Coordinators active without any programme (liaison staff, support bodies).")
        int coordinators,
        @Param(unit = "funds", min = 0, max = 10000, def = "0", doc = "Regional venture-capital funds.")
        int vcFunds,
        @Param(unit = "banks", min = 0, max = 10000, def = "0", doc = "Regional banks and other lenders.")
        int banks,
        @Param(unit = "places", min = 0, max = 1000000, def = "0",
                doc = "Incubator places for start-ups at the start.")
        int incubatorPlaces,
        @Param(unit = "oku/year", min = 0, max = 1000000, def = "0",
                doc = "Local-government budget available for cluster matching funds.")
        double localBudgetOkuPerYear,
        @Param(unit = "1", def = "{}",
                doc = "Relative weight of each technology field among the region's actors; missing fields weigh 1.")
        Map<String, Double> fieldWeights) implements java.io.Serializable {
}
