package clusterlab.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished run as a comparison sees it: the variant it belongs to (an arm, a sweep, a
 * scenario), the design point it ran at (empty outside sweeps) with that point's parameter
 * values, the key that pairs it with runs of other variants (same point, same seed), and its folder.
 */
public record ComparedRun(String variant, String point, List<String> pointValues, String pairKey, Path dir) {
}
