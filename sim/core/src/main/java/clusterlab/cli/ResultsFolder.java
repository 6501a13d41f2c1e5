package clusterlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default output folders: a new, time-stamped folder under {@code results/} that nothing else uses. */
final class ResultsFolder {
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
