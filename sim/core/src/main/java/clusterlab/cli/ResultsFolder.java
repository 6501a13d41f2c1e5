package clusterlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Default output folders: a new, time-stamped folder under {@code results/} that nothing else uses;
 * and the spin-up cache {@code results/spinups}, which every run started from here shares.
 */
final class ResultsFolder {
    /** The spin-up cache shared by runs and sweeps, beside their default folders. */
    static final String SPINUPS = "results/spinups";

    private ResultsFolder() {
    }

    /** {@code results/NAME-yyyyMMdd-HHmmss}, with {@code -2}, {@code -3}... when that exists already. */
    static Path fresh(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("results", name + "-" + stamp);
        Path dir = base;
        for (int k = 2; Files.exists(dir); k++) {
            dir = Path.of(base + "-" + k);
        }
        return dir;
    }
}
