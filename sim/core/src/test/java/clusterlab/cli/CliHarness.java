package clusterlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
record CliHarness(int exitCode, String out, String err) {
    static CliHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliHarness(code, out.toString(), err.toString());
    }

    /** The test scenario with some of its text replaced, written to {@code dir/name}. */
    static Path tinyWith(Path dir, String name, String from, String to) {
        try {
            String text = Files.readString(Path.of("src/test/resources/tiny.yaml"), StandardCharsets.UTF_8);
            if (!from.isEmpty() && !text.contains(from)) {
                throw new IllegalArgumentException("tiny.yaml has no '" + from + "'");
            }
            Path file = dir.resolve(name);
            Files.writeString(file, from.isEmpty() ? text : text.replace(from, to), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
