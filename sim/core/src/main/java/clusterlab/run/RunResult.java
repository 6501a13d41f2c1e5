package clusterlab.run;

import java.nio.file.Path;

/** The outcome of a run: its status, folder, months simulated and, if it failed, why. */
public record RunResult(RunStatus status, Path dir, int ticksDone, Throwable failure) {
}
