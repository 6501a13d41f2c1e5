package clusterlab.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario and sweep loaders under arbitrary input (Jazzer). Any bytes, given as a scenario
 * or sweep file to {@code validate} (which reads sweeps and scenarios alike) or to {@code sweep},
 * must end in exit 0 or a clean exit 2 with a message and no stack trace, never an internal error,
 * and nothing may be written but inside the chosen output folder. In a normal test run the corpus
 * under src/test/resources/clusterlab/fuzz/LoaderFuzzTestInputs is replayed; with JAZZER_FUZZ=1
 * Jazzer searches for new inputs for up to the time box (see docs/reliability.md, "Fuzzing").
 */
class LoaderFuzzTest {
    /** A line of a Java stack trace (input echoed in a message may hold a tab and "at" itself). */
    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile("\n\tat [\\w$.]+\\(");

    @FuzzTest(maxDuration = "5m")
    void anyFileIsValidOrCleanlyRefused(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("clusterlab-fuzz");
        try {
            Path file = dir.resolve("input.yaml");
            Files.write(file, input);
            Path out = dir.resolve("out");
            for (List<String> command : List.of(List.of("validate", file.toString()),
                    List.of("sweep", file.toString(), "--out", out.toString(), "--workers", "1", "-q"))) {
                StringWriter err = new StringWriter();
                int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                        command.toArray(String[]::new));
                assertTrue(code == 0 || code == 2, command.get(0) + " exited " + code + ": " + err);
                assertTrue(!STACK_FRAME.matcher(err.toString()).find(), "no stack trace: " + err);
                if (code == 2) {
                    assertTrue(err.toString().startsWith("clusterlab: error: "), err.toString());
                }
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertTrue(List.of("input.yaml", "out").containsAll(names),
                        "nothing written beside the input but the output folder: " + names);
            }
        } finally {
            clusterlab.output.Folders.delete(dir);
        }
    }
}
