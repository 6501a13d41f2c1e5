package clusterlab.experiment;

import clusterlab.run.RunStatus;
import java.io.Serializable;

/** How one run of a sweep ended, how long it took (seconds of wall time) and, if it failed, why. */
public record RunOutcome(String id, RunStatus status, double seconds, String failure) implements Serializable {
}
