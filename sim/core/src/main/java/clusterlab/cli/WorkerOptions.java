package clusterlab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --workers N}: how many runs go at once, for the commands that run many (sweep, compare, calibrate). */
final class WorkerOptions {
    private static final int MAX = 1024;

    @Option(names = "--workers", paramLabel = "N",
            description = "Runs at once, 1 to 1024 (default: the number of processors). Results do not depend on it.")
    Integer workers;

    /** The worker count, checked. */
    int count(CommandSpec spec) {
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (n < 1 || n > MAX) {
            throw new ParameterException(spec.commandLine(),
                    "option '--workers': value " + n + " is out of range; allowed: from 1 to " + MAX);
        }
        return n;
    }
}
