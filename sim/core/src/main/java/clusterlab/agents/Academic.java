package clusterlab.agents;

/**
 * A university (or college of technology) or a public research institute: researchers who turn
 * effort and funding into technology seeds by field, an industry-liaison office whose capability
 * helps matches succeed, and a propensity to spin off start-ups.
 */
public final class Academic implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int index;
    public final int region;
    public final boolean university;
    public final double researchers;
    /** Share of research effort per field; sums to 1. */
    public final double[] fieldStrength;
    /** Industry-liaison (TLO, IP office) capability, 0..1. */
    public final double liaison;
    /** Relative propensity to spin off start-ups (1 = average). */
    public final double spinoffPropensity;
    /** Stock of technology seeds not yet taken up, per field. */
    public final int[] seeds;

    public Academic(int index, int region, boolean university, double researchers, double[] fieldStrength,
                    double liaison, double spinoffPropensity) {
        this.index = index;
        this.region = region;
        this.university = university;
        this.researchers = researchers;
        this.fieldStrength = fieldStrength;
        this.liaison = liaison;
        this.spinoffPropensity = spinoffPropensity;
        this.seeds = new int[fieldStrength.length];
    }

    /** The actor id of this organisation in the collaboration network (academics come first). */
    public int actorId() {
        return index;
    }
}
