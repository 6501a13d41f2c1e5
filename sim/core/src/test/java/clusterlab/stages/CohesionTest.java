package clusterlab.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clusterlab.metrics.NetworkSummary;
import org.junit.jupiter.api.Test;

/** Cohesion, the network half of cluster maturity, counts every actor of the region. */
class CohesionTest {
    private static NetworkSummary summary(int nodes, int tied, double largestShareOfTied) {
        return new NetworkSummary(1, nodes, tied, 0, 0, 0, 0, 0, 0, 0, largestShareOfTied, false);
    }

    @Test
    void oneTieAmongManyActorsIsNotACohesiveCluster() {
        // Two tied actors out of 1000: the largest component holds all tied nodes but 0.2% of actors.
        assertEquals(0.002, NetworkStage.cohesion(summary(1000, 2, 1.0)), 1e-12);
    }

    @Test
    void cohesionIsTheLargestComponentOverAllActors() {
        assertEquals(0.3, NetworkStage.cohesion(summary(100, 60, 0.5)), 1e-12);
        assertEquals(0.0, NetworkStage.cohesion(summary(0, 0, 0)), 0.0);
    }
}
