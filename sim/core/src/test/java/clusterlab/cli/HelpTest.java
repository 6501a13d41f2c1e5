package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help, found by walking the command tree so that a command added later is covered too. */
class HelpTest {
    @Test
    void everyCommandsHelpPrintsWithoutPicocliWarnings() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), commands);
        assertTrue(commands.size() > 10, "the walk found the subcommands: " + commands);
        // picocli reports a description it cannot format (e.g. an unescaped '%') on System.err, not the command's err.
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                CliHarness r = CliHarness.run(args.toArray(new String[0]));
                assertEquals(0, r.exitCode(), () -> args + ": " + r.err());
                assertTrue(r.out().contains("Usage: clusterlab"), () -> args + ": " + r.out());
                String printed = r.out() + r.err() + warnings.toString(StandardCharsets.UTF_8);
                assertFalse(printed.contains("WARN") || printed.contains("Could not format"), () -> args + ": " + printed);
            }
        } finally {
            System.setErr(original);
        }
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) { // each command once, not again under an alias
                List<String> child = new ArrayList<>(path);
                child.add(name);
                collect(sub, child, out);
            }
        });
    }
}
