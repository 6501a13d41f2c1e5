package clusterlab.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void picksTheHighestScoresAndReturnsThemInIndexOrder() {
        double[] score = {5, 9, 1, 7, 3};
        assertArrayEquals(new int[] {1, 3}, Selection.top(new int[] {0, 1, 2, 3, 4}, score, 2));
        assertArrayEquals(new int[] {0, 3}, Selection.top(new int[] {0, 2, 3, 4}, score, 2), "only candidates compete");
    }

    @Test
    void tiesGoToTheLowerIndexAndZeroMeansAll() {
        double[] flat = {1, 1, 1, 1};
        assertArrayEquals(new int[] {0, 1}, Selection.top(new int[] {0, 1, 2, 3}, flat, 2));
        assertArrayEquals(new int[] {0, 2, 3}, Selection.top(new int[] {0, 2, 3}, flat, 0));
        assertArrayEquals(new int[] {0, 2, 3}, Selection.top(new int[] {0, 2, 3}, flat, 9));
    }
}
