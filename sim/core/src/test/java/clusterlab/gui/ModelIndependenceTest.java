package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model never depends on its views: only gui, report and cli may use Swing, AWT, JFreeChart or MASON's display. */
class ModelIndependenceTest {
    private static final List<String> VIEW_PACKAGES = List.of("gui", "report", "cli");
    private static final List<String> FORBIDDEN = List.of("import javax.swing", "import java.awt", "import org.jfree",
            "import sim.display", "import sim.portrayal", "import sim.util.media", "import clusterlab.gui",
            "import clusterlab.report");

    @Test
    void modelPackagesImportNoViewCode() throws IOException {
        Path root = Path.of("src/main/java/clusterlab");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                if (VIEW_PACKAGES.contains(pkg)) {
                    continue;
                }
                String text = Files.readString(f);
                for (String forbidden : FORBIDDEN) {
                    assertTrue(!text.contains(forbidden), f + " has '" + forbidden + "'");
                }
            }
        }
    }
}
