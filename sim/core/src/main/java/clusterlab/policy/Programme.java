package clusterlab.policy;

import clusterlab.projects.JointProject;
import clusterlab.scenario.FieldFocus;
import clusterlab.scenario.FundedStage;
import clusterlab.scenario.ProgrammeSpec;
import clusterlab.scenario.SelectionRule;
import java.util.Arrays;

/**
 * A running programme: its rules and its parts, one per concern — the regions it funds
 * ({@link FundedClusters}), its money ({@link Budget}), who takes part ({@link Participation}),
 * the term's record and evaluation ({@link Evaluation}) and the year's indicators
 * ({@link ProgrammeTally}). Here are only the steps that involve several parts.
 */
public final class Programme implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int index;
    public final ProgrammeSpec spec;
    public final FundedClusters clusters;
    public final Budget budget;
    public final Participation participation;
    public final Evaluation evaluation;
    public final ProgrammeTally tally;

    /** @param candidates region indices; under 'listed' selection a repeated index is a second cluster there */
    public Programme(int index, ProgrammeSpec spec, int[] candidates, int regionCount) {
        this.index = index;
        this.spec = spec;
        this.clusters = new FundedClusters(Arrays.stream(candidates).distinct().sorted().toArray(),
                spec.selection() == SelectionRule.LISTED, regionCount);
        this.tally = new ProgrammeTally();
        this.evaluation = new Evaluation(spec, regionCount);
        this.budget = new Budget(spec, candidates, regionCount, evaluation, tally);
        this.participation = new Participation(spec.firmsPerTheme(), regionCount, tally);
    }

    /** Whether the programme funds a joint project of this field in the region (its field focus). */
    public boolean fundsField(clusterlab.world.Region region, int field) {
        return spec.fieldFocus() == FieldFocus.ALL || field == region.speciality();
    }

    /** The stage the programme's funded projects start in. */
    public JointProject.Stage startStage() {
        return spec.fundedStage() == FundedStage.DEVELOPMENT ? JointProject.Stage.DEVELOPMENT : JointProject.Stage.RESEARCH;
    }

    /** Whether the programme funds activity in this fiscal year. */
    public boolean runsIn(int fiscalYear) {
        return fiscalYear >= spec.startFiscalYear() && fiscalYear < spec.startFiscalYear() + spec.years();
    }

    /**
     * Sets the clusters up when the programme starts: the regions that begin on trial (reduced
     * budget for the first {@code trial_years} years) and each funded region's core centres.
     */
    public void setUp(int[] onTrial, int[][] coreByRegion) {
        budget.putOnTrial(onTrial);
        clusters.setUp(coreByRegion);
    }

    /** Starts a fiscal year: a new tally, and no money until {@link #allocate} grants it. */
    public void openFiscalYear(int fiscalYear) {
        budget.setTrialYear(fiscalYear < spec.startFiscalYear() + spec.trialYears());
        openFiscalYear();
    }

    /** Starts a fiscal year without changing whether it is a trial year. */
    void openFiscalYear() {
        tally.clear();
        budget.openFiscalYear();
        participation.openFiscalYear();
    }

    /** Grants the region its money for the year (see {@link Budget#allocate}); the grant money sets how many projects it carries. */
    public Allocation allocate(int region, double availableLocalOku) {
        Allocation a = budget.allocate(region, availableLocalOku);
        if (a.nationalOku() > 0) {
            participation.carry(region, a.projects());
        }
        return a;
    }

    /**
     * The evaluation (see {@link Evaluation#judge}): the weakest regions stop and the strongest
     * get their budget multiplied by {@code evaluation_scale_factor}.
     */
    public void evaluate() {
        Evaluation.Verdict verdict = evaluation.judge(clusters.regions());
        for (int r : verdict.scaledUp()) {
            budget.scale(r, spec.evaluationScaleFactor());
        }
        clusters.keepOnly(verdict.kept());
    }
}
