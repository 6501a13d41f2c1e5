package clusterlab.run;

import clusterlab.firms.KernelKind;
import clusterlab.scenario.ResolvedScenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that defines one run: the resolved scenario (seed and horizon included, after
 * overrides), the population scale, the thread count, the firm kernel, the output folder, whether per-firm
 * snapshots are written, and the overrides as the user gave them (for the manifest).
 */
public record RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                         boolean snapshots, List<String> overrides) {
}
