package clusterlab.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated scenario with where it came from: the file named by the user and the chain of
 * files it extends (the file itself first).
 */
public record ResolvedScenario(Scenario scenario, Path file, List<Path> chain) implements java.io.Serializable {
}
