package clusterlab.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SideBySideTest {
    @Test
    void halfwayIsTheFirstPieceAtWhichHalfTheWeightIsBehind() {
        assertEquals(2, SideBySide.halfway(new long[] {3, 3, 3, 3}));
        assertEquals(1, SideBySide.halfway(new long[] {10, 1, 1, 1}));
        assertEquals(3, SideBySide.halfway(new long[] {1, 1, 1, 10}));
    }

    @Test
    void halfwayOfNoWeightLeavesEverythingToTheSecondSide() {
        assertEquals(0, SideBySide.halfway(new long[] {0, 0, 0}));
        assertEquals(0, SideBySide.halfway(new long[0]));
    }
}
