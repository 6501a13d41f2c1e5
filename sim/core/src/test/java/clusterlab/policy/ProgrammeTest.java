package clusterlab.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.MatchingShortfall;
import clusterlab.scenario.ProgrammeSpec;
import org.junit.jupiter.api.Test;

/**
 * Matching-fund allocation and grant payment. The main spec uses amounts exact in binary:
 * 9 oku national per region per year, matching ratio 0.5 (so 4.5 local, 13.5 in all),
 * 75 % to grants (6.75 national + 3.375 local), 25 % to posts costing 0.5 oku/year each.
 */
class ProgrammeTest {
    private static final double EPS = 1e-12;

    private static ProgrammeSpec spec(MatchingShortfall shortfall) {
        return ProgrammeSpec.builder("p", 2003, 9.0).regions("a", "b").matchingRatio(0.5).matchingShortfall(shortfall)
                .grantShare(0.75).grantPerProjectOkuPerYear(0.1).coreShare(0.5)
                .coordinatorShare(0.25).coordinatorCostOkuPerYear(0.5).build();
    }

    private static Programme programme(MatchingShortfall shortfall) {
        Programme p = new Programme(0, spec(shortfall), new int[] {0, 1}, 3);
        p.openFiscalYear();
        return p;
    }

    private static int posts(Allocation a) {
        return (int) a.bought(Instrument.COORDINATOR_POSTS);
    }

    /** Drains a region's grant money and returns {national, local} paid in all. */
    private static double[] drain(Programme p, int region) {
        return p.budget.payGrant(region, 1e9);
    }

    @Test
    void runsForItsTermOnly() {
        Programme p = programme(MatchingShortfall.SCALE);
        assertFalse(p.runsIn(2002));
        assertTrue(p.runsIn(2003));
        assertTrue(p.runsIn(2007));
        assertFalse(p.runsIn(2008), "5 years from 2003 end with fiscal 2007");
    }

    @Test
    void enoughLocalMoneyGetsTheFullGrant() {
        Programme p = programme(MatchingShortfall.SCALE);
        Allocation a = p.allocate(0, 100.0);
        int posts = posts(a);
        // floor(13.5 * 0.25 / 0.5) = floor(6.75) = 6 posts.
        assertEquals(6, posts);
        assertEquals(4.5, a.localOku(), EPS, "local = matching ratio x national");
        assertEquals(1, p.budget.regionsFunded());
        assertTrue(p.budget.funds(0));
        assertFalse(p.budget.funds(1));
        assertArrayEquals(new double[] {6.75, 3.375}, drain(p, 0), EPS);
    }

    @Test
    void localMoneyExactlyAtTheRequirementIsEnough() {
        Programme p = programme(MatchingShortfall.ALL_OR_NOTHING);
        Allocation alloc1 = p.allocate(0, 4.5);
        assertEquals(6, posts(alloc1));
        assertEquals(4.5, alloc1.localOku(), EPS);
    }

    @Test
    void halfTheLocalMoneyScalesTheGrantToHalf() {
        Programme p = programme(MatchingShortfall.SCALE);
        Allocation a = p.allocate(0, 2.25);
        int posts = posts(a);
        // National 9 x 2.25 / 4.5 = 4.5, local 2.25, total 6.75: posts floor(6.75 x 0.25 / 0.5) = 3.
        assertEquals(3, posts);
        assertEquals(2.25, a.localOku(), EPS);
        assertArrayEquals(new double[] {3.375, 1.6875}, drain(p, 0), EPS);
    }

    @Test
    void allOrNothingGrantsNothingWhenShort() {
        Programme p = programme(MatchingShortfall.ALL_OR_NOTHING);
        Allocation a = p.allocate(0, 4.49);
        int posts = posts(a);
        assertEquals(0, posts);
        assertEquals(0, p.budget.regionsFunded());
        assertFalse(p.budget.funds(0));
        assertArrayEquals(new double[] {0, 0}, p.budget.payGrant(0, 1.0));
        assertArrayEquals(new double[] {0, 0}, p.budget.payMonthly(Instrument.COORDINATOR_POSTS, 0));
    }

    @Test
    void noMatchingRequirementNeedsNoLocalMoney() {
        ProgrammeSpec s = ProgrammeSpec.builder("p", 2003, 8.0).regions("a").matchingShortfall(MatchingShortfall.ALL_OR_NOTHING)
                .grantShare(0.75).grantPerProjectOkuPerYear(0.1).coreShare(0.5)
                .coordinatorShare(0.25).coordinatorCostOkuPerYear(0.5).build();
        Programme p = new Programme(0, s, new int[] {0}, 1);
        p.openFiscalYear();
        // floor(8 x 0.25 / 0.5) = 4 posts, all national.
        Allocation alloc2 = p.allocate(0, 0.0);
        assertEquals(4, posts(alloc2));
        assertEquals(0.0, alloc2.localOku());
        assertArrayEquals(new double[] {6.0, 0.0}, drain(p, 0), EPS);
        double[] posts = p.budget.payMonthly(Instrument.COORDINATOR_POSTS, 0);
        assertEquals(4 * 0.5 / 12, posts[0], EPS);
        assertEquals(0.0, posts[1], EPS);
    }

    @Test
    void payGrantNeverPaysMoreThanIsLeftAndSplitsInProportion() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        double pool = 6.75 + 3.375;
        double[] first = p.budget.payGrant(0, 5.0);
        // 5 of 10.125 paid, split 2 : 1 like the pool (6.75 : 3.375).
        assertEquals(5.0, first[0] + first[1], EPS);
        assertEquals(2.0, first[0] / first[1], EPS);
        double[] second = p.budget.payGrant(0, 100.0);
        // Only the 5.125 left is paid, still 2 : 1.
        assertEquals(pool - 5.0, second[0] + second[1], EPS);
        assertEquals(2.0, second[0] / second[1], EPS);
        // Conservation: everything paid equals the pool; nothing (to rounding) is left.
        assertEquals(6.75, first[0] + second[0], EPS);
        assertEquals(3.375, first[1] + second[1], EPS);
        double[] third = p.budget.payGrant(0, 1.0);
        assertEquals(0.0, third[0] + third[1], EPS);
        // Another region's money was never touched.
        assertArrayEquals(new double[] {0, 0}, p.budget.payGrant(1, 1.0));
    }

    @Test
    void manySmallPaymentsNeverExceedThePool() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        double national = 0;
        double local = 0;
        for (int k = 0; k < 1000; k++) {
            double[] paid = p.budget.payGrant(0, 0.037);
            assertTrue(paid[0] >= 0 && paid[1] >= 0);
            assertTrue(paid[0] + paid[1] <= 0.037 + EPS);
            national += paid[0];
            local += paid[1];
        }
        assertEquals(6.75, national, 1e-9);
        assertEquals(3.375, local, 1e-9);
    }

    @Test
    void postsArePaidMonthlyInTheMatchingProportion() {
        Programme p = programme(MatchingShortfall.SCALE);
        Allocation a = p.allocate(0, 100.0);
        int posts = posts(a);
        double[] month = p.budget.payMonthly(Instrument.COORDINATOR_POSTS, 0);
        // 6 posts x 0.5 oku/year / 12 = 0.25 a month; national share 9 / 13.5 = 2/3.
        assertEquals(posts * 0.5 / 12, month[0] + month[1], EPS);
        assertEquals(0.25 / 1.5, month[0], EPS);
        assertEquals(0.25 / 3.0, month[1], EPS);
        // Posts cost no more than the coordinator share of the money: 12 x 0.25 = 3 <= 3.375.
        assertTrue(12 * (month[0] + month[1]) <= 13.5 * 0.25 + EPS);
    }

    @Test
    void spendingIsTalliedAndTheYearResets() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        double[] grant = p.budget.payGrant(0, 3.0);
        double[] posts = p.budget.payMonthly(Instrument.COORDINATOR_POSTS, 0);
        double[] tally = p.tally.values();
        assertEquals(grant[0] + posts[0], tally[ProgrammeIndicator.SPENDING_NATIONAL_OKU.ordinal()], EPS);
        assertEquals(grant[1] + posts[1], tally[ProgrammeIndicator.SPENDING_LOCAL_OKU.ordinal()], EPS);
        p.participation.participant(0, 11, 500, 2.0, 3.0);
        p.participation.participant(0, 11, 501, 1.0, 1.0);  // same academic, another firm
        tally = p.tally.values();
        assertEquals(1.0, tally[ProgrammeIndicator.PARTICIPATING_ACADEMIC_INSTITUTIONS.ordinal()]);
        assertEquals(2.0, tally[ProgrammeIndicator.PARTICIPATING_FIRMS.ordinal()]);
        assertEquals(3.0, tally[ProgrammeIndicator.PARTICIPATING_ACADEMIC_RESEARCHERS.ordinal()]);
        assertEquals(4.0, tally[ProgrammeIndicator.PARTICIPATING_INDUSTRY_RESEARCHERS.ordinal()]);
        p.openFiscalYear();
        double[] fresh = p.tally.values();
        for (ProgrammeIndicator i : ProgrammeIndicator.values()) {
            // Counts restart at zero; outputs per oku spent, and the lapse share, are undefined with nothing granted.
            boolean ratio = i.name().endsWith("_PER_OKU") || i == ProgrammeIndicator.LAPSE_SHARE;
            assertEquals(ratio ? Double.NaN : 0.0, fresh[i.ordinal()], i.name());
        }
        assertFalse(p.budget.funds(0), "last year's money lapses");
        assertEquals(0, p.budget.regionsFunded());
        assertArrayEquals(new double[] {0, 0}, p.budget.payGrant(0, 1.0));
    }

    @Test
    void costEffectivenessIsOutputPerOkuSpent() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        p.budget.payGrant(0, 2.0);
        p.tally.count(ProgrammeIndicator.PATENT_APPLICATIONS, 3);
        p.tally.count(ProgrammeIndicator.COMMERCIALISATIONS, 1);
        double[] t = p.tally.values();
        assertEquals(1.5, t[ProgrammeIndicator.PATENTS_PER_OKU.ordinal()], EPS, "3 patents for 2 oku");
        assertEquals(0.5, t[ProgrammeIndicator.COMMERCIALISATIONS_PER_OKU.ordinal()], EPS);
        assertEquals(0.0, t[ProgrammeIndicator.NEW_BUSINESSES_PER_OKU.ordinal()], EPS);
    }

    @Test
    void anAllocationThatGrantsNothingCommitsNoLocalMoney() {
        Programme p = programme(MatchingShortfall.ALL_OR_NOTHING);
        Allocation alloc3 = p.allocate(0, 100.0);
        assertEquals(6, posts(alloc3));
        assertEquals(4.5, alloc3.localOku(), EPS);
        // Region 1 cannot pay its share: no money, so no local money is committed either.
        Allocation alloc4 = p.allocate(1, 1.0);
        assertEquals(0, posts(alloc4));
        assertEquals(0.0, alloc4.localOku(), "region 1 committed nothing");
        // Same under 'scale' when the region has no local money at all (national scales to 0).
        Programme q = programme(MatchingShortfall.SCALE);
        q.allocate(0, 100.0);
        Allocation alloc5 = q.allocate(1, 0.0);
        assertEquals(0, posts(alloc5));
        assertEquals(0.0, alloc5.localOku());
    }

    @Test
    void postsAreTheWholeNumberTheMoneyPaysFor() {
        // Default shares and post cost; no matching, so the total is exactly the national budget.
        for (double budget : new double[] {1.0, 2.0}) {
            ProgrammeSpec s = ProgrammeSpec.builder("p", 2003, budget).regions("a")
                    .grantPerProjectOkuPerYear(0.1).coreShare(0.5).build();
            Programme p = new Programme(0, s, new int[] {0}, 1);
            p.openFiscalYear();
            // budget x 0.3 oku for posts at 0.1 oku each: exactly 3 x budget posts.
            assertEquals((int) Math.round(3 * budget), posts(p.allocate(0, 0.0)), "budget " + budget);
        }
    }

    @Test
    void moneySetsHowManyFundedProjectsRunAndAnEndedProjectFreesItsPlace() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100);
        // 13.5 oku x 0.75 to grants at 0.1 oku per project a year: 101 projects.
        assertEquals(101, p.participation.capacity(0));
        for (int k = 0; k < 101; k++) {
            assertTrue(p.participation.admit(0), "project " + k);
        }
        assertFalse(p.participation.admit(0), "no room for a 102nd");
        assertFalse(p.participation.admit(1), "region 1 was given no money");
        p.participation.release(0);
        assertTrue(p.participation.admit(0), "an ended project frees its place");
        p.openFiscalYear();
        assertFalse(p.participation.admit(0), "no money yet in the new year");
    }

    @Test
    void awarenessIsPastParticipantsOverCapacity() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100);
        assertEquals(0, p.participation.awareness(0));
        for (int firm = 0; firm < 50; firm++) {
            p.participation.participant(0, 1, firm, 3, 1);
            p.participation.participant(0, 1, firm, 3, 1);  // the same firm again counts once
        }
        assertEquals(50.0 / 101, p.participation.awareness(0), EPS);
        for (int firm = 50; firm < 300; firm++) {
            p.participation.participant(0, 1, firm, 3, 1);
        }
        assertEquals(1.0, p.participation.awareness(0), EPS);
        assertEquals(0, p.participation.pastParticipant(0, 0.0), "the first firm to take part");
        assertEquals(299, p.participation.pastParticipant(0, 0.9999), "the last");
        assertEquals(-1, p.participation.pastParticipant(1, 0.5), "none in region 1");
    }

    @Test
    void aRegionListedTwiceHostsTwoClustersWithTwoBudgets() {
        Programme p = new Programme(0, spec(MatchingShortfall.SCALE), new int[] {0, 0, 1}, 3);
        p.openFiscalYear();
        assertArrayEquals(new int[] {0, 1}, p.clusters.regions());
        assertEquals(18.0, p.allocate(0, 100).nationalOku(), EPS);
        assertEquals(9.0, p.allocate(1, 100).nationalOku(), EPS);
    }

    @Test
    void aRegionOnTrialGetsTheTrialShareForTheTrialYearsOnly() {
        Programme p = new Programme(0, spec(MatchingShortfall.SCALE), new int[] {0, 1}, 3);
        p.setUp(new int[] {1}, new int[3][0]);
        p.openFiscalYear(2003);
        assertEquals(9.0, p.allocate(0, 100).nationalOku(), EPS);
        assertEquals(9.0 * 0.2, p.allocate(1, 100).nationalOku(), EPS);
        p.openFiscalYear(2004);
        assertEquals(9.0 * 0.2, p.allocate(1, 100).nationalOku(), EPS, "two trial years");
        p.openFiscalYear(2005);
        assertEquals(9.0, p.allocate(1, 100).nationalOku(), EPS, "full budget after the trial");
    }

    @Test
    void aCoreThemeTakesFirmsPerThemeProjectsForOneSeed() {
        Programme p = programme(MatchingShortfall.SCALE);  // firms_per_theme 3
        assertFalse(p.participation.hasThemePlace(7, 2));
        assertTrue(p.participation.joinTheme(7, 2), "the first project opens the theme (uses a seed)");
        assertTrue(p.participation.hasThemePlace(7, 2));
        assertFalse(p.participation.hasThemePlace(7, 1), "themes are per field");
        assertFalse(p.participation.joinTheme(7, 2), "second firm takes a place");
        assertFalse(p.participation.joinTheme(7, 2), "third firm takes the last place");
        assertFalse(p.participation.hasThemePlace(7, 2));
        assertTrue(p.participation.joinTheme(7, 2), "a fourth needs a new theme");
    }

    @Test
    void grantMoneyIsSharedAmongTheFundedProjectsUpToWhatOneCanAbsorb() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        // 10.125 oku of grants (6.75 national + 3.375 local) over 12 months and 5 projects: 0.16875 each a month.
        assertEquals(10.125 / 60, p.budget.grantPerProject(0, 5, 12, 1.0), EPS);
        // A project cannot use more than it can absorb; what it cannot use stays, and lapses at the year's end.
        assertEquals(0.05, p.budget.grantPerProject(0, 5, 12, 0.05), EPS);
        // Late in the year the money left is shared over the months left.
        assertEquals(10.125 / 5, p.budget.grantPerProject(0, 5, 1, 100.0), EPS);
        assertEquals(0, p.budget.grantPerProject(0, 0, 12, 1.0), "no funded project, no grant");
        assertEquals(0, p.budget.grantPerProject(1, 5, 12, 1.0), "an unfunded region has no grant money");
    }

    @Test
    void theYearsUnspentMoneyIsCountedAsLapsedInTheTally() {
        Programme p = programme(MatchingShortfall.SCALE);
        p.allocate(0, 100.0);
        p.budget.payGrant(0, 4.125);
        p.budget.countLapse();
        double[] row = p.tally.values();
        double spent = row[ProgrammeIndicator.SPENDING_NATIONAL_OKU.ordinal()] + row[ProgrammeIndicator.SPENDING_LOCAL_OKU.ordinal()];
        double lapsed = row[ProgrammeIndicator.LAPSED_OKU.ordinal()];
        double[] unspent = p.budget.unspent();
        assertEquals(unspent[0] + unspent[1], lapsed, EPS);
        assertTrue(lapsed >= 6.0 - EPS, "at least the 6 oku of grants never paid lapse: " + lapsed);
        assertEquals(lapsed / (spent + lapsed), row[ProgrammeIndicator.LAPSE_SHARE.ordinal()], EPS);
    }
}
