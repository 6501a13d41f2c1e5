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
        boolean sampled) implements java.io.Serializable {
    /** This summary with the path length (and its error) of {@code earlier}, when none was computed now. */
    public NetworkSummary withPathsOf(NetworkSummary earlier) {
        if (earlier == null || !Double.isNaN(avgPathLength)) {
            return this;
        }
        return new NetworkSummary(ties, nodes, tiedNodes, density, meanDegree, maxDegree, clustering,
                clusteringStdError, earlier.avgPathLength, earlier.avgPathLengthStdError, largestComponentShare,
                sampled || earlier.sampled);
    }
}
