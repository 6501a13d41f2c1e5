package clusterlab.stages;

import clusterlab.scenario.MatchingParams;

/**
 * The chance that a coordinator's match of a firm's need with an academic seed succeeds:
 * {@code base * (0.5 + skill) * exp(-hurdle * (1 - bridge * capability))}, where the hurdle adds
 * the field gap (smaller inside one region: cross-field collaboration works better nearby) and,
 * across regions, a fixed hurdle plus one growing with distance. Capable teams bridge larger gaps.
 */
public final class MatchOdds {
    private MatchOdds() {
    }

    /**
     * @param fieldDistance 0 for the same field, 1 between fields
     * @param sameRegion whether firm and seed are in one region
     * @param distanceKm distance between the regions (0 inside one)
     * @param skill coordinator skill, 0..1
     * @param teamCapability mean of the firm's capability and the academic's liaison capability, 0..1
     */
    public static double success(double fieldDistance, boolean sameRegion, double distanceKm, double skill,
                                 double teamCapability, MatchingParams m) {
        double hurdle = m.fieldDistancePenalty() * fieldDistance * (sameRegion ? m.inRegionFieldFactor() : 1.0);
        if (!sameRegion) {
            hurdle += m.crossRegionPenalty() + m.distancePenaltyPer1000Km() * distanceKm / 1000.0;
        }
        double p = m.baseSuccess() * (0.5 + skill) * Math.exp(-hurdle * (1.0 - m.capabilityBridge() * teamCapability));
        return Math.min(1.0, p);
    }
}
