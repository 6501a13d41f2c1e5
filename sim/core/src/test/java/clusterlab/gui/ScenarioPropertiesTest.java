package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Console's Model tab: the scenario's parameters with units, edits checked like --set. */
class ScenarioPropertiesTest {
    private static final Path TINY = Path.of("src/test/resources/tiny.yaml");

    private static int index(ScenarioProperties p, String name) {
        return IntStream.range(0, p.numProperties()).filter(i -> p.getName(i).equals(name)).findFirst().orElseThrow();
    }

    @Test
    void parametersAreListedWithTheirUnitsAndTypes() {
        ScenarioProperties p = new ScenarioProperties(TINY, List.of());
        int spill = index(p, "knowledge.spillover_max_per_month [1/month]");
        assertEquals(Double.class, p.getType(spill));
        assertEquals(0.012, (Double) p.getValue(spill), 1e-12);
        assertTrue(p.getDescription(spill).contains("spillover"));
        int years = index(p, "years [years]");
        assertEquals(Long.class, p.getType(years));
        assertEquals(3L, p.getValue(years));
    }

    @Test
    void aValidEditChangesTheScenarioTheNextStartUses() {
        ScenarioProperties p = new ScenarioProperties(TINY, List.of());
        int years = index(p, "years [years]");
        p.setValue(years, "5");
        assertEquals(5L, p.getValue(years));
        assertEquals(5, p.scenario().scenario().years());
    }

    @Test
    void anInvalidEditIsRefusedAndTheScenarioKept() {
        ScenarioProperties p = new ScenarioProperties(TINY, List.of());
        int years = index(p, "years [years]");
        p.setValue(years, "0");
        assertEquals(3L, p.getValue(years));
        assertEquals(3, p.scenario().scenario().years());
    }
}
