package clusterlab.gui;

import clusterlab.world.Region;

/** A region as the map draws it and an inspector shows it: read-only figures of the running model. */
public final class RegionView {
    private final Region region;

    RegionView(Region region) {
        this.region = region;
    }

    public String getName() {
        return region.name;
    }

    public String getBlock() {
        return region.block;
    }

    public int getFirms() {
        return region.knowledge.firms;
    }

    public double getClusterMaturity() {
        return region.cluster.maturity;
    }

    public double getAttractiveness() {
        return region.cluster.attractiveness;
    }

    public double getInnovationActivityPer100FirmsPerYear() {
        return region.cluster.activity;
    }

    public boolean isFundedByAProgramme() {
        return region.funding.funded;
    }

    public double getNetworkLargestComponentShare() {
        return region.cluster.network == null ? 0 : region.cluster.network.largestComponentShare();
    }

    double maturity() {
        return region.cluster.maturity;
    }

    @Override
    public String toString() {
        return region.name;
    }
}
