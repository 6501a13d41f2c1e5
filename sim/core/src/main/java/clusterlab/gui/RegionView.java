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
