package clusterlab.run;

import clusterlab.firms.KernelKind;
import clusterlab.scenario.ResolvedScenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that defines one run: the resolved scenario (seed and horizon included, after
 * overrides), the population scale, the thread count, the firm kernel, the output folder, whether per-firm
 * snapshots are written, the overrides as the user gave them (for the manifest), how many fiscal
 * years apart checkpoints are written (0: none), the checkpoint to go on from (null: none) and
 * whether to fork from it (go on from its world under this run's own parameters) rather than resume it,
 * and the folder of the spin-up cache ({@link SpinupCache}; null: spin up afresh, cache nothing).
 */
public record RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                         boolean snapshots, List<String> overrides, int checkpointEveryYears, Path resume,
                         boolean fork, Path spinupCache) {
    /** A run without the spin-up cache. */
    public RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                      boolean snapshots, List<String> overrides, int checkpointEveryYears, Path resume, boolean fork) {
        this(scenario, scale, threads, kernel, out, snapshots, overrides, checkpointEveryYears, resume, fork, null);
    }


    /** A run without checkpoints. */
    public RunRequest(ResolvedScenario scenario, double scale, int threads, KernelKind kernel, Path out,
                      boolean snapshots, List<String> overrides) {
        this(scenario, scale, threads, kernel, out, snapshots, overrides, 0, null, false, null);
    }

    /** This request with the spin-up cache in {@code dir} (null: none). */
    public RunRequest withSpinupCache(Path dir) {
        return new RunRequest(scenario, scale, threads, kernel, out, snapshots, overrides, checkpointEveryYears, resume,
                fork, dir);
    }

    /**
     * What a checkpoint must match to be resumed by this run: the scenario with every resolved
     * value (seed and horizon included), the scale, the kernel and the program version.
     */
    public Checkpoint.Fingerprints fingerprints() {
        clusterlab.scenario.Scenario s = scenario.scenario();
        String options = "|scale=" + scale + "|kernel=" + kernel + "|version=" + Manifest.version();
        com.fasterxml.jackson.databind.node.ObjectNode tree = clusterlab.scenario.ScenarioTree.toTree(s);
        return new Checkpoint.Fingerprints(sha256(tree + options), sha256(worldParameters(s) + options));
    }

    /**
     * The scenario's parameters that shape its world, as text: all but the programmes, the horizon, the
     * name, the description and the calibration. A fork may change only those: every other parameter
     * either built the saved world (populations, banks, funds, coordinators) or has acted on it already.
     */
    static String worldParameters(clusterlab.scenario.Scenario s) {
        com.fasterxml.jackson.databind.node.ObjectNode world = clusterlab.scenario.ScenarioTree.toTree(s);
        world.remove(java.util.List.of("programmes", "years", "name", "description", "calibration"));
        return world.toString();
    }

    static String sha256(String text) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(sha.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
