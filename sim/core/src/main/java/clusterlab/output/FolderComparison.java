package clusterlab.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Byte-for-byte comparison of the tables of two run folders (the manifests differ by design: they
 * record times and the kernel). Used to show that two ways of running a scenario give the same results.
 */
public final class FolderComparison {
    private FolderComparison() {
    }

    /** The outcome: the tables compared and those that differ (or exist on one side only). */
    public record Result(List<String> compared, List<String> differing) {
        public boolean identical() {
            return differing.isEmpty() && !compared.isEmpty();
        }
    }

    /** Compares every CSV table of folder {@code a} with the table of the same name in {@code b}. */
    public static Result compareTables(Path a, Path b) throws IOException {
        List<String> compared = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (String name : tables(a)) {
            compared.add(name);
            Path other = b.resolve(name);
            if (!Files.exists(other) || Files.mismatch(a.resolve(name), other) != -1) {
                differing.add(name);
            }
        }
        for (String name : tables(b)) {
            if (!compared.contains(name)) {
                differing.add(name);
            }
        }
        return new Result(compared, differing);
    }

    private static List<String> tables(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
