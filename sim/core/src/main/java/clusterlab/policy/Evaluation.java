package clusterlab.policy;

import clusterlab.scenario.ProgrammeSpec;

/**
 * What each region did with a programme's money over its term (oku spent, outputs credited) and
 * the evaluation that judges it: the weakest stop, the strongest get more.
 */
public final class Evaluation implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final ProgrammeSpec spec;
    /** Money spent (national and local) and outputs credited per region over the whole term. */
    private final double[] spentByRegion;
    private final double[] outputsByRegion;
    private boolean evaluated;

    Evaluation(ProgrammeSpec spec, int regionCount) {
        this.spec = spec;
        this.spentByRegion = new double[regionCount];
        this.outputsByRegion = new double[regionCount];
    }

    /** The verdict: the regions that go on (in index order) and, among them, those whose budget is scaled up. */
    record Verdict(int[] kept, int[] scaledUp) {
    }

    void spent(int region, double oku) {
        spentByRegion[region] += oku;
    }

    /** Credits outputs (patents, commercialisations) to the region that produced them. */
    public void credit(int region, double outputs) {
        outputsByRegion[region] += outputs;
    }

    /**
     * Term-end evaluation score of each region: outputs per oku the programme spent there over its
     * whole term; 0 where it spent nothing.
     */
    public double[] outputsPerOku() {
        double[] score = new double[spentByRegion.length];
        for (int r = 0; r < score.length; r++) {
            score[r] = spentByRegion[r] > 0 ? outputsByRegion[r] / spentByRegion[r] : 0;
        }
        return score;
    }

    /** Whether the evaluation is due at the start of this fiscal year. */
    public boolean due(int fiscalYear) {
        return !evaluated && spec.evaluationYear() > 0 && fiscalYear == spec.startFiscalYear() + spec.evaluationYear();
    }

    /**
     * Judges the funded regions by their outputs per oku spent so far: the weakest
     * {@code evaluation_stop_share} stop and the strongest {@code evaluation_scale_share} of those
     * kept are to have their budget scaled up; the rest continue as before.
     */
    Verdict judge(int[] current) {
        double[] score = outputsPerOku();
        int stop = (int) Math.floor(current.length * spec.evaluationStopShare() + 1e-9);
        int[] kept = stop >= current.length ? new int[0] : Selection.top(current, score, current.length - stop);
        int scale = (int) Math.floor(current.length * spec.evaluationScaleShare() + 1e-9);
        int[] scaledUp = scale > 0 && kept.length > 0 ? Selection.top(kept, score, Math.min(scale, kept.length)) : new int[0];
        evaluated = true;
        return new Verdict(kept, scaledUp);
    }
}
