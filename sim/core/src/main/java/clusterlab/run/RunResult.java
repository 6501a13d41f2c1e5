package clusterlab.run;

import clusterlab.model.StageClock;
import java.nio.file.Path;

/** The outcome of a run: its status, folder, months simulated, where its time went and, if it failed, why. */
public record RunResult(RunStatus status, Path dir, int ticksDone, StageClock clock, Throwable failure) {
}
