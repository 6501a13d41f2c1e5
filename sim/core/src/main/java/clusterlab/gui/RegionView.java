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
        return region.firms;
    }

    public double getClusterMaturity() {
        return region.maturity;
    }

    public double getAttractiveness() {
        return region.attractiveness;
    }

    public double getInnovationActivityPer100FirmsPerYear() {
        return region.activity;
    }

    public boolean isFundedByAProgramme() {
        return region.funded;
    }

    public double getNetworkLargestComponentShare() {
        return region.network == null ? 0 : region.network.largestComponentShare();
    }

    double maturity() {
        return region.maturity;
    }

    @Override
    public String toString() {
        return region.name;
    }
}
