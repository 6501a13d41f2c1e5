package clusterlab.stages;

import clusterlab.scenario.KnowledgeParams;

/**
 * Knowledge spillover within a region and field as a function of the number of same-field actors
 * n: {@code max * n^h / (n^h + half^h) * exp(-n / congestion)}. The first factor rises with n and
 * saturates; with h = 1 each extra neighbour adds less from the start (diminishing returns), with
 * h > 1 it is S-shaped: little below a critical mass near {@code half}, steep around it, then
 * saturating (Brenner's local self-augmenting processes). The second factor damps very dense
 * fields (congestion). Agglomeration therefore helps, but not without limit, and whether a few
 * large clusters or many small ones gain more depends on h and the congestion scale.
 */
public final class Spillover {
    private Spillover() {
    }

    /** Spillover learning rate, 1/month, for {@code actors} same-field actors. */
    public static double rate(double actors, KnowledgeParams k) {
        if (actors <= 0) {
            return 0;
        }
        double h = k.spilloverCriticalMassExponent();
        double x = Math.pow(actors / k.spilloverHalfSaturationActors(), h);
        return k.spilloverMaxPerMonth() * x / (1 + x) * Math.exp(-actors / k.congestionScaleActors());
    }
}
