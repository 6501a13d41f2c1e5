package clusterlab.experiment;

import clusterlab.scenario.Assignment;
import java.io.Serializable;
import java.util.List;

/** A named variant of the scenario that a sweep runs at every point with the same seeds as the other arms. */
public record Arm(String name, List<Assignment> changes) implements Serializable {
}
