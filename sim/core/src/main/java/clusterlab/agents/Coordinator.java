package clusterlab.agents;

/**
 * A coordinator ("connoisseur") who matches firms' needs with academic seeds each month, within a
 * capacity, in the home region or through links to coordinators of other regions. Coordinators
 * paid by a programme carry its index; others (liaison staff, support bodies) carry -1.
 */
public final class Coordinator implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int region;
    public final double skill;
    /** Regions reached through links to coordinators there. */
    public final int[] linkedRegions;
    /** Programme paying the post, or -1. */
    public final int programme;
    /** Stable number used to key this coordinator's random draws. */
    public final int key;

    public Coordinator(int key, int region, double skill, int[] linkedRegions, int programme) {
        this.key = key;
        this.region = region;
        this.skill = skill;
        this.linkedRegions = linkedRegions;
        this.programme = programme;
    }
}
