package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.world.WorldBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nine scenarios of docs/model-spec.md exist, and each runs its whole horizon (scaled down to about two
 * thousand firms); every policy scenario spends national money through its programmes.
 */
class ScenarioFilesTest {
    private static final Set<String> NINE = Set.of("baseline", "knowledge-cluster-phase1", "knowledge-cluster-phase2",
            "global-hub", "city-area", "industrial-cluster", "collaboration-hubs-2009", "concentrated-vs-dispersed",
            "japan-national");

    @Test
    void theNineScenariosExist() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../../scenarios"))) {
            Set<String> names = Set.copyOf(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).toList());
            assertTrue(names.containsAll(NINE), "missing: " + NINE.stream().filter(n -> !names.contains(n)).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "knowledge-cluster-phase1", "knowledge-cluster-phase2", "global-hub", "city-area",
            "industrial-cluster", "collaboration-hubs-2009", "concentrated-vs-dispersed", "japan-national"})
    void runsItsWholeHorizon(String name, @TempDir Path tmp) throws IOException {
        Path file = Path.of("../../scenarios/" + name + ".yaml");
        Scenario s = ScenarioLoader.load(file, List.of()).scenario();
        double scale = 2000.0 / WorldBuilder.totalFirms(s, 1.0);
        Path out = tmp.resolve("run");
        CliHarness r = CliHarness.run("run", file.toString(), "--scale", Double.toString(scale), "--out", out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        List<String> years = Files.readAllLines(out.resolve("national_fiscal_year.csv"), StandardCharsets.UTF_8);
        assertEquals(s.years() + 1, years.size());
        if (!s.programmes().isEmpty()) {
            List<String> rows = Files.readAllLines(out.resolve("programmes_fiscal_year.csv"), StandardCharsets.UTF_8);
            int column = List.of(rows.get(0).split(",")).indexOf("spending_national_oku");
            double spent = rows.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",", -1)[column])).sum();
            assertTrue(spent > 0, name + " spends no national money");
        }
    }
}
