package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README stays true to the code: its indicator dictionary and the CI's test command. */
class DocumentationTest {
    private static final Path ROOT = Path.of("../..");

    @Test
    void readmeHoldsTheIndicatorDictionaryAsTheCodeDefinesIt() throws IOException {
        CliHarness r = CliHarness.run("indicators");
        assertEquals(0, r.exitCode());
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(r.out().strip()),
                "README's indicator dictionary is stale: paste the output of ./clusterlab indicators");
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n./clusterlab run scenarios/baseline.yaml\nmvn test\n"), "quick start");
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals("mvn test")), ".ci/run must run exactly 'mvn test'");
    }
}
