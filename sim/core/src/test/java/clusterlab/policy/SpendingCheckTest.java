package clusterlab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Assignment;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Designs that cannot be spent are found from the scenario file, each named with its region and share. */
class SpendingCheckTest {
    private static List<String> warnings(String programme, String... more) {
        List<Assignment> sets = new ArrayList<>(List.of(Assignment.set("programmes=[" + programme + "]")));
        for (String m : more) {
            sets.add(Assignment.set(m));
        }
        return SpendingCheck.warnings(ScenarioLoader.load(Path.of("src/test/resources/nine-regions.yaml"), sets).scenario());
    }

    @Test
    void aSpendableDesignHasNoWarnings() {
        assertEquals(List.of(), warnings("{name: p, start_fiscal_year: 2001, regions: [tokyo, osaka], budget_oku_per_year: 2, "
                + "grant_share: 0.8, coordinator_share: 0.2}"));
    }

    @Test
    void projectsLargerThanAProjectCanUseLapse() {
        List<String> w = warnings("{name: big, start_fiscal_year: 2001, regions: [tokyo], budget_oku_per_year: 2, "
                + "grant_share: 1, coordinator_share: 0, grant_per_project_oku_per_year: 2}", "projects.grant_absorption_oku_per_year=0.5");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("'big'") && w.get(0).contains("75%"), w.get(0));
    }

    @Test
    void seedMoneyWithoutAVentureFundLapses() {
        List<String> w = warnings("{name: seed, start_fiscal_year: 2001, regions: [tokyo], budget_oku_per_year: 2, "
                + "grant_share: 0.5, vc_seed_share: 0.2}", "regions.2.vc_funds=0");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("'tokyo'") && w.get(0).contains("no venture fund") && w.get(0).contains("20%"), w.get(0));
    }

    @Test
    void aRegionThatCannotMatchGetsLessMoney() {
        List<String> w = warnings("{name: m, start_fiscal_year: 2001, regions: [sapporo], budget_oku_per_year: 10, "
                + "matching_ratio: 1, grant_share: 1, coordinator_share: 0}");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("'sapporo'") && w.get(0).contains("less national money"), w.get(0));
    }
}
