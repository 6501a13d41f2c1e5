package clusterlab.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.metrics.IndicatorSink;
import clusterlab.model.Runs;
import clusterlab.policy.Programme;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.world.World;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Programmes choose their regions by rule when they start, from what the world then looks like. */
class ProgrammeSelectionTest {
    private static World run(String programme, int years) {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/nine-regions.yaml"), List.of(
                Assignment.set("years=" + years), Assignment.set("programmes=[" + programme + "]"))).scenario();
        return Runs.run(s, 5, 0.2, new IndicatorSink() {
            @Override
            public void fiscalYear(int fy, double[] n, double[][] r, double hhi, int[] funded, double[][] p) {
            }
        }, m -> { }).world();
    }

    private static String[] names(World w, int[] regions) {
        return Arrays.stream(regions).mapToObj(r -> w.regions[r].name).toArray(String[]::new);
    }

    @Test
    void potentialFavoursTheLargestResearchBase() {
        World w = run("{name: hub, start_fiscal_year: 2000, selection: potential, regions_selected: 1, "
                + "budget_oku_per_year: 5}", 1);
        assertArrayEquals(new String[] {"tokyo"}, names(w, w.programmes.get(0).clusters.regions()));
    }

    @Test
    void pastPerformanceRanksByInnovationActivityBeforeTheStart() {
        World w = run("{name: late, start_fiscal_year: 2004, selection: past_performance, regions_selected: 3, "
                + "budget_oku_per_year: 5}", 5);
        Programme p = w.programmes.get(0);
        assertEquals(3, p.clusters.regions().length);
        // Activity x firms: the largest active regions win, not the small ones.
        assertFalse(Arrays.asList(names(w, p.clusters.regions())).contains("hamamatsu"));
        assertEquals(true, Arrays.asList(names(w, p.clusters.regions())).contains("tokyo"));
    }

    @Test
    void competitionWithoutNoiseIsPotentialAndCandidatesLimitTheField() {
        World w = run("{name: c, start_fiscal_year: 2000, selection: competition, selection_noise: 0, "
                + "regions: [sapporo, sendai, kyoto], regions_selected: 1, budget_oku_per_year: 5}", 1);
        World ref = run("{name: c, start_fiscal_year: 2000, selection: potential, "
                + "regions: [sapporo, sendai, kyoto], regions_selected: 1, budget_oku_per_year: 5}", 1);
        assertArrayEquals(ref.programmes.get(0).clusters.regions(), w.programmes.get(0).clusters.regions());
        assertFalse(Arrays.asList(names(w, w.programmes.get(0).clusters.regions())).contains("tokyo"), "only candidates");
    }

    @Test
    void aProgrammeNotYetStartedFundsNoRegion() {
        World w = run("{name: future, start_fiscal_year: 2010, selection: potential, regions_selected: 2, "
                + "budget_oku_per_year: 5}", 1);
        assertEquals(0, w.programmes.get(0).clusters.regions().length);
    }

    @Test
    void aMidTermEvaluationLeavesFewerRegionsFunded() {
        String spec = "{name: kc2, start_fiscal_year: 2000, years: 5, budget_oku_per_year: 5, matching_ratio: 0.5, "
                + "evaluation_year: 2, evaluation_stop_share: 0.5}";
        World w = run(spec, 4);
        // Nine regions evaluated after two years: floor(4.5) = 4 stop, five continue.
        assertEquals(5, w.programmes.get(0).clusters.regions().length);
        assertEquals(5, w.programmes.get(0).budget.regionsFunded(), "five regions granted money in FY2002 and FY2003");
    }

    @Test
    void aSuccessorSelectsTheBestRegionsOfItsPredecessorsTermEndEvaluation() {
        World w = run("{name: phase1, start_fiscal_year: 2000, years: 3, budget_oku_per_year: 4}, "
                + "{name: phase2, start_fiscal_year: 2003, years: 2, budget_oku_per_year: 6, "
                + "selection: predecessor_evaluation, predecessor: phase1, regions_selected: 3}", 4);
        Programme phase1 = w.programmes.get(0);
        Programme phase2 = w.programmes.get(1);
        double[] score = phase1.evaluation.outputsPerOku();
        assertEquals(3, phase2.clusters.regions().length);
        double weakestChosen = Arrays.stream(phase2.clusters.regions()).mapToDouble(r -> score[r]).min().orElseThrow();
        for (int r = 0; r < score.length; r++) {
            final int region = r;
            if (Arrays.stream(phase2.clusters.regions()).noneMatch(c -> c == region)) {
                assertTrue(score[r] <= weakestChosen, "region " + r + " scored better than a chosen one");
            }
        }
    }

    @Test
    void aProgrammeExcludingFundedRegionsPicksOthers() {
        World w = run("{name: first, start_fiscal_year: 2000, years: 3, selection: potential, regions_selected: 3, "
                + "budget_oku_per_year: 1}, {name: second, start_fiscal_year: 2001, years: 3, selection: potential, "
                + "regions_selected: 3, budget_oku_per_year: 1, exclude_funded_regions: true}", 2);
        int[] first = w.programmes.get(0).clusters.regions();
        int[] second = w.programmes.get(1).clusters.regions();
        assertEquals(3, second.length);
        for (int r : second) {
            assertFalse(Arrays.stream(first).anyMatch(f -> f == r), "region " + w.regions[r].name + " funded twice");
        }
    }
}
