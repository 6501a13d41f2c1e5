package clusterlab.stages;

import clusterlab.scenario.KnowledgeParams;

/**
 * Knowledge spillover within a region and field as a function of the number of same-field actors
 * n: {@code max * n / (n + half) * exp(-n / congestion)}. The first factor rises with n and
 * saturates (diminishing returns: each extra neighbour adds less); the second damps very dense
 * fields (congestion). Agglomeration therefore helps, but not without limit.
 */
public final class Spillover {
    private Spillover() {
    }

    /** Spillover learning rate, 1/month, for {@code actors} same-field actors. */
    public static double rate(double actors, KnowledgeParams k) {
        if (actors <= 0) {
            return 0;
        }
        return k.spilloverMaxPerMonth() * actors / (actors + k.spilloverHalfSaturationActors())
                * Math.exp(-actors / k.congestionScaleActors());
    }
}
