package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SustainmentTest {
    @Test
    void ratioIsActivityOverItsLevelWhenFundingEnded() {
        assertEquals(0.75, Sustainment.ratio(false, 1.5, 2.0), 1e-12);
        assertEquals(1.0, Sustainment.sustaining(0.8, 0.8), "at the threshold counts as sustaining");
        assertEquals(0.0, Sustainment.sustaining(0.79, 0.8));
    }

    @Test
    void undefinedWhileFundedNeverFundedOrFromNothing() {
        assertTrue(Double.isNaN(Sustainment.ratio(true, 1.5, 2.0)), "still funded");
        assertTrue(Double.isNaN(Sustainment.ratio(false, 1.5, Double.NaN)), "never funded");
        assertTrue(Double.isNaN(Sustainment.ratio(false, 1.5, 0.0)), "no activity to sustain");
        assertTrue(Double.isNaN(Sustainment.sustaining(Double.NaN, 0.8)));
    }
}
