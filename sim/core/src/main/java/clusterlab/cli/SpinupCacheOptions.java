package clusterlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --spinup-cache DIR} and {@code --no-spinup-cache}: where runs keep their spin-ups (see
 * {@link clusterlab.run.SpinupCache}), for the commands that make run folders (run, sweep,
 * compare). Not bench, which measures the spin-up, nor calibrate, whose every evaluation has a
 * world of its own (docs/experiments.md).
 */
final class SpinupCacheOptions {
    @Option(names = "--spinup-cache", paramLabel = "DIR",
            description = "Folder of cached spin-ups: a run whose world (every parameter but the programmes, the "
                    + "horizon and the name), seed, scale and program match a cached one starts from that world at "
                    + "rest instead of spinning up again; results are the same byte for byte "
                    + "(default: " + ResultsFolder.SPINUPS + ").")
    Path dir;

    @Option(names = "--no-spinup-cache", description = "Spin up afresh, and cache nothing.")
    boolean off;

    /** The cache folder, or null for none. */
    Path folder(CommandSpec spec) {
        if (off && dir != null) {
            throw new ParameterException(spec.commandLine(),
                    "options '--spinup-cache' and '--no-spinup-cache' cannot be given together");
        }
        return off ? null : dir != null ? dir : Path.of(ResultsFolder.SPINUPS);
    }
}
