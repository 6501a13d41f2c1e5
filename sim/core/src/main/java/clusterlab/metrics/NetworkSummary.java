package clusterlab.metrics;

/**
 * Structure of the collaboration network at one measurement; see {@link NetworkStatistics} for
 * the definitions. Standard errors are 0 for exact values.
 */
public record NetworkSummary(
        long ties,
        int nodes,
        int tiedNodes,
        double density,
        double meanDegree,
        int maxDegree,
        double clustering,
        double clusteringStdError,
        double avgPathLength,
        double avgPathLengthStdError,
        double largestComponentShare,
        boolean sampled) {
}
