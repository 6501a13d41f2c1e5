package clusterlab.policy;

import clusterlab.scenario.ProgrammeSpec;
import clusterlab.scenario.SelectionRule;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A running programme: its rules, the regions it funds, this fiscal year's money left per region
 * (national and local parts) and the tally of what its funded activity produced this year.
 */
public final class Programme implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int index;
    public final ProgrammeSpec spec;
    /** Money spent (national and local) and outputs credited per region over the whole term. */
    private final double[] spentByRegion;
    private final double[] outputsByRegion;
    /** Budget multiplier per region, changed by the evaluation. */
    private final double[] budgetFactor;
    /** Regions that started on trial, and whether the current fiscal year is still in the trial. */
    private final boolean[] trial;
    private boolean trialYear;
    private boolean setUp;
    private boolean evaluated;
    /** Indices of the regions that may be selected (distinct). */
    private final int[] candidates;
    /** Funded clusters per region: a region listed twice hosts two clusters and gets two budgets. */
    private final int[] clusters;
    /** Indices of the regions it funds, once selected; none before. */
    private int[] regions;

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

    /**
     * What one region was granted for the fiscal year: the money, the posts and incubator places it
     * buys, the event ties its networking money buys, and the seed money for venture funds.
     */
    public record Allocation(double nationalOku, double localOku, int posts, int incubatorPlaces,
                             double eventTiesPerYear, double linkageTiesPerYear, double seedNationalOku,
                             double seedLocalOku) implements java.io.Serializable {
        static final Allocation NONE = new Allocation(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Funded projects the region's grant money can carry this year, and those it carries now. */
    private final int[] capacity;
    private final int[] active;
    /** Firms that have ever taken part in the programme, per region: how known the programme is there. */
    private final int[] everParticipated;
    private final Set<Integer> everFirms = new HashSet<>();
    /** Academic organisations at the core of each funded region's cluster (indices), none until selected. */
    private final int[][] core;
    /** Places left in the research themes open at core centres, by (academic index << 16 | field). */
    private final Map<Long, Integer> themePlaces = new HashMap<>();
    /** Ids of the firms that have taken part, per region, in the order they first did. */
    private final int[][] pastFirms;

    private final double[] tally = new double[ProgrammeIndicator.COUNT];
    private final Set<Integer> academics = new HashSet<>();
    private final Set<Integer> firms = new HashSet<>();

    /** @param candidates region indices; under 'listed' selection a repeated index is a second cluster there */
    public Programme(int index, ProgrammeSpec spec, int[] candidates, int regionCount) {
        this.index = index;
        this.spec = spec;
        this.clusters = new int[regionCount];
        for (int r : candidates) {
            clusters[r]++;
        }
        this.candidates = Arrays.stream(candidates).distinct().sorted().toArray();
        this.spentByRegion = new double[regionCount];
        this.outputsByRegion = new double[regionCount];
        this.budgetFactor = new double[regionCount];
        Arrays.fill(budgetFactor, 1.0);
        this.trial = new boolean[regionCount];
        this.regions = spec.selection() == SelectionRule.LISTED ? this.candidates : null;
        this.grantNationalLeft = new double[regionCount];
        this.grantLocalLeft = new double[regionCount];
        this.monthlyNational = new double[Instrument.COUNT][regionCount];
        this.monthlyLocal = new double[Instrument.COUNT][regionCount];
        this.capacity = new int[regionCount];
        this.active = new int[regionCount];
        this.everParticipated = new int[regionCount];
        this.pastFirms = new int[regionCount][0];
        this.core = new int[regionCount][0];
    }

    public int[] candidates() {
        return candidates;
    }

    /** The funded regions; empty until selected. */
    public int[] regions() {
        return regions == null ? new int[0] : regions;
    }

    public boolean selected() {
        return regions != null;
    }

    /** Fixes the funded regions (once, when the programme starts). */
    public void select(int[] chosen) {
        if (regions != null) {
            throw new IllegalStateException("regions already selected for " + spec.name());
        }
        regions = chosen;
    }

    /** Whether the programme has set up its clusters (core centres, trial regions); once, when it starts. */
    public boolean isSetUp() {
        return setUp;
    }

    /**
     * Sets the clusters up when the programme starts: the regions that begin on trial (reduced
     * budget for the first {@code trial_years} years) and each funded region's core centres.
     */
    public void setUp(int[] onTrial, int[][] coreByRegion) {
        for (int r : onTrial) {
            trial[r] = true;
        }
        for (int r = 0; r < coreByRegion.length; r++) {
            core[r] = coreByRegion[r].clone();
        }
        setUp = true;
    }

    /** Whether a core centre has a research theme of the field with a place for another firm. */
    public boolean hasThemePlace(int academic, int field) {
        return themePlaces.getOrDefault(themeKey(academic, field), 0) > 0;
    }

    /**
     * A project joins the core centre's theme of the field: it takes a place in an open theme, or
     * opens a new theme (with {@code firms_per_theme - 1} places left) when there is none; returns
     * whether it opened one, which uses up a seed.
     */
    public boolean joinTheme(int academic, int field) {
        long key = themeKey(academic, field);
        int places = themePlaces.getOrDefault(key, 0);
        themePlaces.put(key, places > 0 ? places - 1 : spec.firmsPerTheme() - 1);
        return places == 0;
    }

    private static long themeKey(int academic, int field) {
        return ((long) academic << 16) | field;
    }

    /** The core centres of a region's cluster (indices of academic organisations). */
    public int[] core(int region) {
        return core[region];
    }

    /** Whether the programme funds activity in this fiscal year. */
    public boolean runsIn(int fiscalYear) {
        return fiscalYear >= spec.startFiscalYear() && fiscalYear < spec.startFiscalYear() + spec.years();
    }

    /** Whether it funds this region in the current fiscal year. */
    public boolean funds(int region) {
        return grantNationalLeft[region] + grantLocalLeft[region] > 0
                || monthlyNational[Instrument.COORDINATOR_POSTS.ordinal()][region] > 0;
    }

    /**
     * Takes a new project on in the region if its grant money has room for one more (the
     * grant per project is fixed, so money sets how many projects run); returns whether it did.
     */
    public boolean admit(int region) {
        if (active[region] >= capacity[region]) {
            return false;
        }
        active[region]++;
        return true;
    }

    /** A funded project in the region has ended: its place is free for a new one. */
    public void release(int region) {
        active[region]--;
    }

    /**
     * How far the programme is known among the region's firms: the firms that have taken part
     * so far over the number of projects its money carries (capped at 1). Uptake of the
     * programme spreads by word of mouth from participants (Bass diffusion).
     */
    public double awareness(int region) {
        return capacity[region] == 0 ? 0 : Math.min(1.0, everParticipated[region] / (double) capacity[region]);
    }

    /** A firm of the region that has taken part before, by uniform {@code draw} in [0, 1); -1 if none has. */
    public int pastParticipant(int region, double draw) {
        int n = everParticipated[region];
        return n == 0 ? -1 : pastFirms[region][(int) (draw * n)];
    }

    /** Funded projects the region's money carries this year. */
    public int capacity(int region) {
        return capacity[region];
    }

    /** One month of a funded project's grant, paid from this year's grant money while it lasts. */
    public double[] payGrant(int region) {
        return payGrant(region, spec.grantPerProjectOkuPerYear() / 12.0);
    }

    /**
     * Pays up to {@code costOku} of a funded project in {@code region} from this year's grant
     * money, national and local in proportion to what is left; returns {national, local} paid.
     */
    double[] payGrant(int region, double costOku) {
        double left = grantNationalLeft[region] + grantLocalLeft[region];
        if (left <= 0) {
            return new double[] {0, 0};
        }
        double paid = Math.min(costOku, left);
        double national = paid * grantNationalLeft[region] / left;
        double local = paid - national;
        grantNationalLeft[region] -= national;
        grantLocalLeft[region] -= local;
        spentByRegion[region] += paid;
        count(ProgrammeIndicator.SPENDING_NATIONAL_OKU, national);
        count(ProgrammeIndicator.SPENDING_LOCAL_OKU, local);
        return new double[] {national, local};
    }

    /** Records that a funded project ran this year with these partners and team sizes. */
    public void participant(int region, int academic, int firmId, double academicResearchers,
                            double industryResearchers) {
        academics.add(academic);
        firms.add(firmId);
        if (everFirms.add(firmId)) {
            int n = everParticipated[region]++;
            if (n == pastFirms[region].length) {
                pastFirms[region] = Arrays.copyOf(pastFirms[region], Math.max(8, 2 * n));
            }
            pastFirms[region][n] = firmId;
        }
        count(ProgrammeIndicator.PARTICIPATING_ACADEMIC_RESEARCHERS, academicResearchers);
        count(ProgrammeIndicator.PARTICIPATING_INDUSTRY_RESEARCHERS, industryResearchers);
    }

    /** Credits outputs (patents, commercialisations) to the region that produced them, for evaluation. */
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
    public boolean evaluationDue(int fiscalYear) {
        return !evaluated && spec.evaluationYear() > 0 && fiscalYear == spec.startFiscalYear() + spec.evaluationYear();
    }

    /**
     * The evaluation: each funded region scores its outputs per oku spent so far; the weakest
     * {@code evaluation_stop_share} lose their support and the strongest {@code evaluation_scale_share}
     * get their budget multiplied by {@code evaluation_scale_factor}; the rest continue as before.
     */
    public void evaluate() {
        int[] current = regions();
        double[] score = outputsPerOku();
        int stop = (int) Math.floor(current.length * spec.evaluationStopShare() + 1e-9);
        int[] kept = stop >= current.length ? new int[0] : Selection.top(current, score, current.length - stop);
        int scale = (int) Math.floor(current.length * spec.evaluationScaleShare() + 1e-9);
        if (scale > 0 && kept.length > 0) {
            for (int r : Selection.top(kept, score, Math.min(scale, kept.length))) {
                budgetFactor[r] *= spec.evaluationScaleFactor();
            }
        }
        regions = kept;
        evaluated = true;
    }

    public void count(ProgrammeIndicator indicator, double value) {
        tally[indicator.ordinal()] += value;
    }

    /** This fiscal year's tally, with participant counts filled in. */
    public double[] tally() {
        double[] out = Arrays.copyOf(tally, tally.length);
        out[ProgrammeIndicator.PARTICIPATING_ACADEMIC_INSTITUTIONS.ordinal()] = academics.size();
        out[ProgrammeIndicator.PARTICIPATING_FIRMS.ordinal()] = firms.size();
        double spent = out[ProgrammeIndicator.SPENDING_NATIONAL_OKU.ordinal()]
                + out[ProgrammeIndicator.SPENDING_LOCAL_OKU.ordinal()];
        out[ProgrammeIndicator.PATENTS_PER_OKU.ordinal()] = perOku(out, ProgrammeIndicator.PATENT_APPLICATIONS, spent);
        out[ProgrammeIndicator.COMMERCIALISATIONS_PER_OKU.ordinal()] =
                perOku(out, ProgrammeIndicator.COMMERCIALISATIONS, spent);
        out[ProgrammeIndicator.NEW_BUSINESSES_PER_OKU.ordinal()] = perOku(out, ProgrammeIndicator.NEW_BUSINESSES, spent);
        return out;
    }

    private static double perOku(double[] tally, ProgrammeIndicator output, double spentOku) {
        return spentOku > 0 ? tally[output.ordinal()] / spentOku : Double.NaN;
    }

    public int regionsFunded() {
        return regionsFunded;
    }

    /** Starts a fiscal year: a new tally, and no money until {@link #allocate} grants it. */
    public void openFiscalYear(int fiscalYear) {
        trialYear = fiscalYear < spec.startFiscalYear() + spec.trialYears();
        openFiscalYear();
    }

    /** Starts a fiscal year outside any trial. */
    void openFiscalYear() {
        Arrays.fill(tally, 0);
        academics.clear();
        firms.clear();
        Arrays.fill(grantNationalLeft, 0);
        Arrays.fill(grantLocalLeft, 0);
        Arrays.fill(capacity, 0);
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
     * split by the programme's shares between research grants, coordinator posts, incubator places,
     * networking events and seed money for venture funds; the rest of it lapses unspent.
     */
    public Allocation allocate(int region, double availableLocalOku) {
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
        capacity[region] = units(total * spec.grantShare(), spec.grantPerProjectOkuPerYear());
        int posts = units(total * spec.coordinatorShare(), spec.coordinatorCostOkuPerYear());
        int places = units(total * spec.incubatorShare(), spec.incubatorPlaceCostOkuPerYear());
        double networking = total * spec.networkingShare();
        runMonthly(Instrument.COORDINATOR_POSTS, region, posts * spec.coordinatorCostOkuPerYear(), nationalShare);
        runMonthly(Instrument.INCUBATOR_PLACES, region, places * spec.incubatorPlaceCostOkuPerYear(), nationalShare);
        runMonthly(Instrument.NETWORKING_EVENTS, region, networking, nationalShare);
        double linkage = total * spec.linkageShare();
        runMonthly(Instrument.LINKAGE, region, linkage, nationalShare);
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
        return new Allocation(national, local, posts, places, networking * spec.networkingTiesPerOku(),
                linkage * spec.linkageTiesPerOku(), seedNational, seedLocal);
    }

    /** Whole units that money buys; the tolerance keeps an exact whole number whole (0.3 / 0.1 = 2.9999...). */
    private static int units(double money, double unitCost) {
        return (int) Math.floor(money / unitCost + 1e-9);
    }

    private void runMonthly(Instrument instrument, int region, double perYear, double nationalShare) {
        monthlyNational[instrument.ordinal()][region] = perYear / 12.0 * nationalShare;
        monthlyLocal[instrument.ordinal()][region] = perYear / 12.0 * (1 - nationalShare);
    }

    /** Seed money that found no venture fund in its region: it lapses with the year's other unspent money. */
    public void seedLapses(double nationalOku, double localOku) {
        unallocatedNational += nationalOku;
        unallocatedLocal += localOku;
    }

    /** Counts seed money paid into a region's venture funds as the programme's spending there. */
    public void seedPaid(int region, double nationalOku, double localOku) {
        spentByRegion[region] += nationalOku + localOku;
        count(ProgrammeIndicator.SPENDING_NATIONAL_OKU, nationalOku);
        count(ProgrammeIndicator.SPENDING_LOCAL_OKU, localOku);
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

    /** Pays this month's running cost of an instrument in a region; returns {national, local} spent. */
    public double[] payMonthly(Instrument instrument, int region) {
        double national = monthlyNational[instrument.ordinal()][region];
        double local = monthlyLocal[instrument.ordinal()][region];
        spentByRegion[region] += national + local;
        count(ProgrammeIndicator.SPENDING_NATIONAL_OKU, national);
        count(ProgrammeIndicator.SPENDING_LOCAL_OKU, local);
        return new double[] {national, local};
    }
}
