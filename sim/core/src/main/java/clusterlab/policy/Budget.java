package clusterlab.policy;

import clusterlab.scenario.ProgrammeSpec;
import java.util.Arrays;

/**
 * A programme's money: each region's yearly budget under the matching rule, its split between
 * research grants, the instruments and seed money, and what of it is paid, left or lapses.
 */
public final class Budget implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final ProgrammeSpec spec;
    /** Spending is recorded for the evaluation and the year's tally as it is paid. */
    private final Evaluation evaluation;
    private final ProgrammeTally tally;
    /** Funded clusters per region: a region listed twice hosts two clusters and gets two budgets. */
    private final int[] clusters;
    /** Budget multiplier per region, changed by the evaluation. */
    private final double[] budgetFactor;
    /** Regions that started on trial, and whether the current fiscal year is still in the trial. */
    private final boolean[] trial;
    private boolean trialYear;

    /** Grant money left this fiscal year per region index, national and local parts, oku. */
    private final double[] grantNationalLeft;
    private final double[] grantLocalLeft;
    /** Monthly spending per instrument and region index, national and local parts, oku. */
    private final double[][] monthlyNational;
    private final double[][] monthlyLocal;
    /** Regions that received money this fiscal year. */
    private int regionsFunded;
    /** Money granted this fiscal year but given to no instrument (the rest of the shares, the odd part of a post). */
    private double unallocatedNational;
    private double unallocatedLocal;

    /** @param candidates region indices; a repeated index is a second cluster there */
    Budget(ProgrammeSpec spec, int[] candidates, int regionCount, Evaluation evaluation, ProgrammeTally tally) {
        this.spec = spec;
        this.evaluation = evaluation;
        this.tally = tally;
        this.clusters = new int[regionCount];
        for (int r : candidates) {
            clusters[r]++;
        }
        this.budgetFactor = new double[regionCount];
        Arrays.fill(budgetFactor, 1.0);
        this.trial = new boolean[regionCount];
        this.grantNationalLeft = new double[regionCount];
        this.grantLocalLeft = new double[regionCount];
        this.monthlyNational = new double[Instrument.COUNT][regionCount];
        this.monthlyLocal = new double[Instrument.COUNT][regionCount];
    }

    /** These regions start on trial: a reduced budget for the first {@code trial_years} years. */
    void putOnTrial(int[] regions) {
        for (int r : regions) {
            trial[r] = true;
        }
    }

    void setTrialYear(boolean inTrial) {
        trialYear = inTrial;
    }

    /** The evaluation multiplies the region's yearly budget. */
    void scale(int region, double factor) {
        budgetFactor[region] *= factor;
    }

    /** A new fiscal year: no money until {@link #allocate} grants it. */
    void openFiscalYear() {
        Arrays.fill(grantNationalLeft, 0);
        Arrays.fill(grantLocalLeft, 0);
        for (int i = 0; i < Instrument.COUNT; i++) {
            Arrays.fill(monthlyNational[i], 0);
            Arrays.fill(monthlyLocal[i], 0);
        }
        regionsFunded = 0;
        unallocatedNational = 0;
        unallocatedLocal = 0;
    }

    /**
     * Grants this fiscal year's money to one region under the matching rule: the region must add
     * {@code matchingRatio} local yen per national yen; if it can pay less, it gets national money
     * scaled down to what it pays ({@code scale}) or none ({@code all_or_nothing}). The money is
     * split by the programme's shares between research grants, the instruments and seed money for
     * venture funds; the rest of it lapses unspent.
     */
    Allocation allocate(int region, double availableLocalOku) {
        double national = spec.budgetOkuPerYear() * budgetFactor[region] * clusters[region]
                * (trial[region] && trialYear ? spec.trialBudgetShare() : 1.0);
        double required = spec.matchingRatio() * national;
        if (required > availableLocalOku) {
            national = switch (spec.matchingShortfall()) {
                case SCALE -> national * availableLocalOku / required;
                case ALL_OR_NOTHING -> 0;
            };
        }
        double local = spec.matchingRatio() * national;
        if (national <= 0) {
            return Allocation.NONE;
        }
        regionsFunded++;
        double total = national + local;
        double nationalShare = national / total;
        grantNationalLeft[region] = national * spec.grantShare();
        grantLocalLeft[region] = local * spec.grantShare();
        int projects = Instrument.units(total * spec.grantShare(), spec.grantPerProjectOkuPerYear());
        double[] bought = new double[Instrument.COUNT];
        for (Instrument i : Instrument.values()) {
            double money = total * i.share(spec);
            bought[i.ordinal()] = i.bought(spec, money);
            double perYear = i.costPerYear(spec, money);
            monthlyNational[i.ordinal()][region] = perYear / 12.0 * nationalShare;
            monthlyLocal[i.ordinal()][region] = perYear / 12.0 * (1 - nationalShare);
        }
        double seedNational = national * spec.vcSeedShare();
        double seedLocal = local * spec.vcSeedShare();
        double monthlyNationalTotal = 0;
        double monthlyLocalTotal = 0;
        for (int k = 0; k < Instrument.COUNT; k++) {
            monthlyNationalTotal += monthlyNational[k][region];
            monthlyLocalTotal += monthlyLocal[k][region];
        }
        unallocatedNational += national - grantNationalLeft[region] - 12 * monthlyNationalTotal - seedNational;
        unallocatedLocal += local - grantLocalLeft[region] - 12 * monthlyLocalTotal - seedLocal;
        return new Allocation(national, local, projects, bought, seedNational, seedLocal);
    }

    /** Regions that received money this fiscal year. */
    public int regionsFunded() {
        return regionsFunded;
    }

    /** Whether it funds this region in the current fiscal year. */
    public boolean funds(int region) {
        return grantNationalLeft[region] + grantLocalLeft[region] > 0
                || monthlyNational[Instrument.COORDINATOR_POSTS.ordinal()][region] > 0;
    }

    /**
     * A funded project's grant this month: the region's grant money left this year shared evenly
     * among its {@code fundedProjects} over the {@code monthsLeft} of the fiscal year, up to
     * {@code absorbableOku}, what one project can use in a month. Programmes spend their budgets on
     * the projects they have; only money beyond the projects' capacity to absorb it lapses.
     */
    public double grantPerProject(int region, int fundedProjects, int monthsLeft, double absorbableOku) {
        double left = grantNationalLeft[region] + grantLocalLeft[region];
        return fundedProjects <= 0 ? 0 : Math.min(absorbableOku, left / ((double) monthsLeft * fundedProjects));
    }

    /**
     * Pays up to {@code costOku} of a funded project in {@code region} from this year's grant
     * money, national and local in proportion to what is left; returns {national, local} paid.
     */
    public double[] payGrant(int region, double costOku) {
        double left = grantNationalLeft[region] + grantLocalLeft[region];
        if (left <= 0) {
            return new double[] {0, 0};
        }
        double paid = Math.min(costOku, left);
        double national = paid * grantNationalLeft[region] / left;
        double local = paid - national;
        grantNationalLeft[region] -= national;
        grantLocalLeft[region] -= local;
        spend(region, paid, national, local);
        return new double[] {national, local};
    }

    /** Pays this month's running cost of an instrument in a region; returns {national, local} spent. */
    public double[] payMonthly(Instrument instrument, int region) {
        double national = monthlyNational[instrument.ordinal()][region];
        double local = monthlyLocal[instrument.ordinal()][region];
        spend(region, national + local, national, local);
        return new double[] {national, local};
    }

    /** Counts seed money paid into a region's venture funds as the programme's spending there. */
    public void seedPaid(int region, double nationalOku, double localOku) {
        spend(region, nationalOku + localOku, nationalOku, localOku);
    }

    /** Seed money that found no venture fund in its region: it lapses with the year's other unspent money. */
    public void seedLapses(double nationalOku, double localOku) {
        unallocatedNational += nationalOku;
        unallocatedLocal += localOku;
    }

    /** At the fiscal year's end: counts the money that lapses now in the year's tally. */
    public void countLapse() {
        double[] lapsed = unspent();
        tally.count(ProgrammeIndicator.LAPSED_OKU, lapsed[0] + lapsed[1]);
    }

    /** Money paid out in the region: judged by the evaluation, counted in the year's tally. */
    private void spend(int region, double totalOku, double nationalOku, double localOku) {
        evaluation.spent(region, totalOku);
        tally.count(ProgrammeIndicator.SPENDING_NATIONAL_OKU, nationalOku);
        tally.count(ProgrammeIndicator.SPENDING_LOCAL_OKU, localOku);
    }

    /**
     * Money of this fiscal year that will not be spent, {national, local}: the part given to no
     * instrument plus the grant money still left. At the end of the fiscal year this lapses.
     */
    public double[] unspent() {
        double national = unallocatedNational;
        double local = unallocatedLocal;
        for (int r = 0; r < grantNationalLeft.length; r++) {
            national += grantNationalLeft[r];
            local += grantLocalLeft[r];
        }
        return new double[] {national, local};
    }
}
