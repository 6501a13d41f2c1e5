package clusterlab.run;

import clusterlab.firms.KernelKind;
import clusterlab.scenario.ResolvedScenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that defines one run: the resolved scenario (seed and horizon included, after
 * overrides), the population scale, the thread count, the firm kernel, the output folder, whether per-firm
 * snapshots are written, the overrides as the user gave them (for the manifest), how many fiscal
 * years apart checkpoints are written (0: none) and the checkpoint to resume from (null: none).
 */
public record RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                         boolean snapshots, List<String> overrides, int checkpointEveryYears, Path resume) {
    /** A run without checkpoints. */
    public RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                      boolean snapshots, List<String> overrides) {
        this(scenario, scale, threads, kernel, out, snapshots, overrides, 0, null);
    }

    /**
     * What a checkpoint must match to be resumed by this run: the scenario with every resolved
     * value (seed and horizon included), the scale, the kernel and the program version.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            String text = clusterlab.scenario.ScenarioTree.toTree(scenario.scenario()).toString() + "|scale=" + scale
                    + "|kernel=" + kernel + "|version=" + Manifest.version();
            return java.util.HexFormat.of().formatHex(sha.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
