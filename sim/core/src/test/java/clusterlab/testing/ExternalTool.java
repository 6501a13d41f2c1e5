package clusterlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * An outside program a test needs (Debian's headless Chromium, Xvfb). Under CI ({@code CI=true}) a
 * missing one fails the test, since CI installs them and a skip there would check nothing in silence;
 * elsewhere the test is skipped and says why and how to install it.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The program at {@code path}, which Debian's package {@code debianPackage} installs. */
    public static Path require(String path, String debianPackage) {
        Path tool = Path.of(path);
        if (Files.isExecutable(tool)) {
            return tool;
        }
        String why = path + " is missing: install it with 'apt-get update && apt-get install -y " + debianPackage + "'";
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (under CI=true this test may not skip)");
        }
        System.err.println("skipped: " + why);
        Assumptions.abort(why);
        return tool;
    }
}
