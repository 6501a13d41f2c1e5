package clusterlab.experiment;

import java.util.Locale;

/** How a sweep chooses its parameter points. */
public enum Design {
    /** Every combination of the listed values. */
    GRID,
    /** Latin hypercube: {@code samples} points, each range cut into that many strata, one point per stratum. */
    LHS,
    /** Saltelli's scheme on a Sobol sequence: {@code samples} × (k + 2) points, for Sobol indices. */
    SOBOL,
    /** Morris: {@code samples} one-at-a-time trajectories of k + 1 points, for elementary effects. */
    MORRIS;

    /** Every design's label, for messages: "grid, lhs, sobol, morris". */
    public static String labels() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Design::label).toList());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the design samples ranges ({@code {min, max}}) rather than listing values. */
    public boolean samplesRanges() {
        return this != GRID;
    }
}
