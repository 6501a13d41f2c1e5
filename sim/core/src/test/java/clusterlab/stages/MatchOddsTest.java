package clusterlab.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.MatchingParams;
import org.junit.jupiter.api.Test;

/** Success chance base * (0.5 + skill) * exp(-hurdle * (1 - bridge * capability)), capped at 1. */
class MatchOddsTest {
    /** The scenario defaults, with a chosen base success and in-region field factor. */
    private static MatchingParams params(double baseSuccess, double inRegionFieldFactor) {
        return new MatchingParams(0.06, 6, 0.2, 3, 0.5, baseSuccess, 1.5, inRegionFieldFactor, 0.7, 0.8, 0.7, 0.25, 2, 0.7, 0.3, 0.7, 0.5);
    }

    private static final MatchingParams M = params(0.45, 0.5);

    @Test
    void averageSameFieldSameRegionMatchSucceedsWithBaseChance() {
        // No hurdle and skill 0.5: the factor (0.5 + skill) is 1, so p = base exactly.
        assertEquals(0.45, MatchOdds.success(0, true, 0, 0.5, 0.3, M), 1e-15);
    }

    @Test
    void knownValuesOfTheHurdles() {
        // Same region, other field, no capability: hurdle 1.5 * 1 * 0.5 = 0.75.
        assertEquals(0.45 * Math.exp(-0.75), MatchOdds.success(1, true, 0, 0.5, 0, M), 1e-15);
        // Other region 500 km away, same field: hurdle 0.7 + 0.8 * 0.5 = 1.1.
        assertEquals(0.45 * Math.exp(-1.1), MatchOdds.success(0, false, 500, 0.5, 0, M), 1e-15);
        // Other region and field, capability 1: hurdle (1.5 + 1.1) * (1 - 0.7) = 0.78.
        assertEquals(0.45 * Math.exp(-0.78), MatchOdds.success(1, false, 500, 0.5, 1, M), 1e-15);
    }

    @Test
    void fallsWithFieldDistance() {
        for (boolean sameRegion : new boolean[] {true, false}) {
            double near = MatchOdds.success(0, sameRegion, 100, 0.5, 0.3, M);
            double half = MatchOdds.success(0.5, sameRegion, 100, 0.5, 0.3, M);
            double far = MatchOdds.success(1, sameRegion, 100, 0.5, 0.3, M);
            assertTrue(near > half && half > far, "sameRegion=" + sameRegion);
        }
    }

    @Test
    void fieldGapCostsLessInsideARegion() {
        // Ratio of cross-field to same-field success: exp(-0.75) inside a region, exp(-1.5) across.
        double inside = MatchOdds.success(1, true, 0, 0.5, 0, M) / MatchOdds.success(0, true, 0, 0.5, 0, M);
        double across = MatchOdds.success(1, false, 0, 0.5, 0, M) / MatchOdds.success(0, false, 0, 0.5, 0, M);
        assertTrue(inside > across, inside + " !> " + across);
        assertEquals(Math.exp(-0.75), inside, 1e-12);
        assertEquals(Math.exp(-1.5), across, 1e-12);
        // And a same-region cross-field match beats a cross-region cross-field one outright.
        assertTrue(MatchOdds.success(1, true, 0, 0.5, 0, M) > MatchOdds.success(1, false, 0, 0.5, 0, M));
    }

    @Test
    void inRegionFieldFactorMatters() {
        // Factor 1 gives no in-region advantage on the field gap; a smaller factor raises success.
        double noAdvantage = MatchOdds.success(1, true, 0, 0.5, 0, params(0.45, 1.0));
        double halved = MatchOdds.success(1, true, 0, 0.5, 0, params(0.45, 0.5));
        double none = MatchOdds.success(1, true, 0, 0.5, 0, params(0.45, 0.0));
        assertTrue(noAdvantage < halved && halved < none);
        // With factor 0 a field gap inside a region costs nothing at all.
        assertEquals(0.45, none, 1e-15);
        // The factor applies only inside a region: the cross-region chance does not depend on it.
        assertEquals(MatchOdds.success(1, false, 300, 0.5, 0, params(0.45, 1.0)),
                MatchOdds.success(1, false, 300, 0.5, 0, params(0.45, 0.0)));
    }

    @Test
    void fallsWithDistanceBetweenRegions() {
        double prev = MatchOdds.success(0, false, 0, 0.5, 0.3, M);
        for (double km = 100; km <= 2000; km += 100) {
            double p = MatchOdds.success(0, false, km, 0.5, 0.3, M);
            assertTrue(p < prev, "not falling at " + km + " km");
            prev = p;
        }
        // Even at zero distance, crossing a region boundary costs the fixed hurdle.
        assertTrue(MatchOdds.success(0, false, 0, 0.5, 0.3, M) < MatchOdds.success(0, true, 0, 0.5, 0.3, M));
    }

    @Test
    void risesWithCoordinatorSkill() {
        double prev = -1;
        for (double skill = 0; skill <= 1.0001; skill += 0.1) {
            double p = MatchOdds.success(1, false, 400, skill, 0.3, M);
            assertTrue(p > prev, "not rising at skill " + skill);
            prev = p;
        }
        // Linear in (0.5 + skill): skill 1 gives three times the chance of skill 0.
        assertEquals(3.0, MatchOdds.success(1, false, 400, 1, 0.3, M) / MatchOdds.success(1, false, 400, 0, 0.3, M),
                1e-12);
    }

    @Test
    void capabilityBridgesTheCrossRegionGap() {
        double capableRatio = MatchOdds.success(0, false, 800, 0.5, 1.0, M) / MatchOdds.success(0, true, 0, 0.5, 1.0, M);
        double weakRatio = MatchOdds.success(0, false, 800, 0.5, 0.0, M) / MatchOdds.success(0, true, 0, 0.5, 0.0, M);
        assertTrue(capableRatio > weakRatio, capableRatio + " !> " + weakRatio);
        // Hurdle 0.7 + 0.64 = 1.34: weak teams face all of it, capable ones 30 % of it.
        assertEquals(Math.exp(-1.34), weakRatio, 1e-12);
        assertEquals(Math.exp(-1.34 * 0.3), capableRatio, 1e-12);
    }

    @Test
    void isAProbability() {
        // Base 1 and skill 1 would give 1.5 without the cap.
        MatchingParams generous = params(1.0, 0.5);
        assertEquals(1.0, MatchOdds.success(0, true, 0, 1.0, 1.0, generous));
        for (double fd : new double[] {0, 0.5, 1}) {
            for (double km : new double[] {0, 300, 3000}) {
                for (double skill : new double[] {0, 0.5, 1}) {
                    for (double cap : new double[] {0, 0.5, 1}) {
                        for (boolean same : new boolean[] {true, false}) {
                            double p = MatchOdds.success(fd, same, same ? 0 : km, skill, cap, generous);
                            assertTrue(p >= 0 && p <= 1, "p=" + p);
                        }
                    }
                }
            }
        }
    }
}
