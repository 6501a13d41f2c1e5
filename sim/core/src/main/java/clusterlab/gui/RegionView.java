package clusterlab.gui;

import clusterlab.world.Region;
import clusterlab.world.World;

/** A region as the map draws it and an inspector shows it: read-only figures of the running model. */
public final class RegionView {
    private final Region region;
    private final World world;

    RegionView(Region region, World world) {
        this.region = region;
        this.world = world;
    }

    public String getName() {
        return region.name;
    }

    public String getBlock() {
        return region.block;
    }

    /** Live firms: the world's count of them by region, kept from its building on (so also before the first month). */
    public int getFirms() {
        return world.census.firms(region.index);
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
