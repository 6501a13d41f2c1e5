package clusterlab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How scenario files are resolved: defaults, {@code extends}, and {@code --set}. */
class ScenarioLoaderTest {
    private static final Path TINY = Path.of("src/test/resources/tiny.yaml");

    @TempDir
    Path dir;

    @Test
    void missingParametersTakeTheirDocumentedDefaults() {
        Scenario s = ScenarioLoader.load(TINY, List.of()).scenario();
        assertEquals(0.45, s.matching().baseSuccess());
        assertEquals(24, s.firms().exitAfterLossMonths());
        assertEquals(MatchingShortfall.SCALE, s.programmes().get(0).matchingShortfall());
        assertEquals(0, s.regions().get(0).xKm());
    }

    @Test
    void childReplacesValuesMergesMappingsAndReplacesListsWhole() throws IOException {
        Files.copy(TINY, dir.resolve("parent.yaml"));
        Files.writeString(dir.resolve("child.yaml"), String.join("\n",
                "extends: parent.yaml",
                "name: child",
                "years: 9",
                "matching:",
                "  base_success: 0.3",
                "fields: [ict, life_science, monozukuri, energy]",
                ""), StandardCharsets.UTF_8);
        ResolvedScenario r = ScenarioLoader.load(dir.resolve("child.yaml"), List.of());
        Scenario s = r.scenario();
        assertEquals("child", s.name());
        assertEquals(9, s.years());
        assertEquals(11, s.seed(), "inherited from the parent");
        assertEquals(0.3, s.matching().baseSuccess());
        assertEquals(0.5, s.matching().coordinatorSkillMean(), "untouched keys of a merged mapping keep defaults");
        assertEquals(List.of("ict", "life_science", "monozukuri", "energy"), s.fields(), "lists are replaced whole");
        assertEquals(2, s.regions().size());
        assertEquals(2, r.chain().size());
    }

    @Test
    void setOverridesByDottedPathIncludingListIndices() {
        Scenario s = ScenarioLoader.load(TINY, List.of(Assignment.set("regions.1.firms=42"),
                Assignment.set("programmes.0.budget_oku_per_year=6"),
                Assignment.set("fields=[a, b, c]"), Assignment.set("regions.0.field_weights={a: 2}"),
                Assignment.set("regions.1.field_weights={}"),
                Assignment.set("matching.base_success=0.2"))).scenario();
        assertEquals(42, s.regions().get(1).firms());
        assertEquals(6.0, s.programmes().get(0).budgetOkuPerYear());
        assertEquals(List.of("a", "b", "c"), s.fields());
        assertEquals(0.2, s.matching().baseSuccess());
    }

    @Test
    void laterOverridesWin() {
        Scenario s = ScenarioLoader.load(TINY, List.of(Assignment.set("years=4"), Assignment.set("years=6")))
                .scenario();
        assertEquals(6, s.years());
    }

    @Test
    void errorsNameTheFileLineAndColumnOfTheValue() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(TINY,
                List.of(Assignment.set("regions.0.banks=-1"))));
        assertTrue(e.getMessage().startsWith("--set regions.0.banks=-1: field 'regions.0.banks'"), e.getMessage());
        ScenarioException inFile = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                write("bad.yaml", "name: x\nregions:\n  - name: a\n    block: b\n    firms: many\n"), List.of()));
        assertTrue(inFile.getMessage().contains("bad.yaml:5:12: field 'regions.0.firms'"), inFile.getMessage());
    }

    @Test
    void resolvedTreeRoundTripsThroughTheBinder() {
        Scenario s = ScenarioLoader.load(TINY, List.of()).scenario();
        var tree = ScenarioTree.toTree(s);
        Scenario again = new Binder(p -> null).bindRecord(Scenario.class, tree, "");
        assertEquals(s, again, "the manifest's parameters rebuild the same scenario");
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
