package clusterlab.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.agents.Academic;
import clusterlab.firms.FirmTable;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.RegionSpec;
import clusterlab.scenario.Scenario;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The synthetic world: reproducible from (scenario, scale, seed), with counts scaled and rounded. */
class WorldBuilderTest {
    private static final Scenario S = SmallWorlds.baselineSmall();

    @Test
    void theSmallScenarioHasTheOverriddenCounts() {
        assertEquals(9, S.regions().size());
        for (int i = 0; i < 9; i++) {
            assertEquals(SmallWorlds.FIRMS[i], S.regions().get(i).firms());
        }
    }

    @Test
    void sameSeedGivesIdenticalFirmColumns() {
        World a = WorldBuilder.build(S, 1.0, 42);
        World b = WorldBuilder.build(S, 1.0, 42);
        FirmTable x = a.firms;
        FirmTable y = b.firms;
        int n = x.size();
        assertEquals(Arrays.stream(SmallWorlds.FIRMS).sum(), n);
        assertEquals(n, y.size());
        assertArrayEquals(Arrays.copyOf(x.id, n), Arrays.copyOf(y.id, n));
        assertArrayEquals(Arrays.copyOf(x.region, n), Arrays.copyOf(y.region, n));
        assertArrayEquals(Arrays.copyOf(x.field, n), Arrays.copyOf(y.field, n));
        assertArrayEquals(Arrays.copyOf(x.flags, n), Arrays.copyOf(y.flags, n));
        assertArrayEquals(Arrays.copyOf(x.employees, n), Arrays.copyOf(y.employees, n));
        assertArrayEquals(Arrays.copyOf(x.capability, n), Arrays.copyOf(y.capability, n));
        assertArrayEquals(Arrays.copyOf(x.absorptive, n), Arrays.copyOf(y.absorptive, n));
        assertArrayEquals(Arrays.copyOf(x.cash, n), Arrays.copyOf(y.cash, n));
        assertArrayEquals(Arrays.copyOf(x.sales, n), Arrays.copyOf(y.sales, n));
        assertArrayEquals(Arrays.copyOf(x.ageMonths, n), Arrays.copyOf(y.ageMonths, n));
        // The other populations are reproducible too.
        assertEquals(a.academics.length, b.academics.length);
        for (int k = 0; k < a.academics.length; k++) {
            assertEquals(a.academics[k].researchers, b.academics[k].researchers);
            assertArrayEquals(a.academics[k].fieldStrength, b.academics[k].fieldStrength);
        }
        for (int k = 0; k < a.coordinators.size(); k++) {
            assertEquals(a.coordinators.get(k).skill, b.coordinators.get(k).skill);
            assertArrayEquals(a.coordinators.get(k).linkedRegions, b.coordinators.get(k).linkedRegions);
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        // Guard for the test above: the columns compared there do depend on the seed.
        FirmTable x = WorldBuilder.build(S, 1.0, 42).firms;
        FirmTable y = WorldBuilder.build(S, 1.0, 43).firms;
        assertEquals(x.size(), y.size(), "counts do not depend on the seed");
        assertNotEquals(Arrays.toString(Arrays.copyOf(x.capability, x.size())),
                Arrays.toString(Arrays.copyOf(y.capability, y.size())));
    }

    @Test
    void scaleHalvesEveryCountRoundingHalfUp() {
        World w = WorldBuilder.build(S, 0.5, 1);
        int[] firms = new int[9];
        for (int r = 0; r < w.firms.size(); r++) {
            firms[w.firms.region[r]]++;
        }
        int academics = 0;
        int coordinators = 0;
        int banks = 0;
        int regionalFunds = 0;
        for (int i = 0; i < 9; i++) {
            RegionSpec spec = S.regions().get(i);
            // Odd counts: 101 x 0.5 = 50.5 -> 51, 25 x 0.5 = 12.5 -> 13.
            assertEquals((SmallWorlds.FIRMS[i] + 1) / 2, firms[i], "firms of region " + i);
            assertEquals((spec.universities() + 1) / 2 + (spec.institutes() + 1) / 2, w.academicsByRegion[i].length,
                    "academics of region " + i);
            assertEquals((spec.incubatorPlaces() + 1) / 2, w.regions[i].incubatorPlaces);
            academics += (spec.universities() + 1) / 2 + (spec.institutes() + 1) / 2;
            coordinators += (spec.coordinators() + 1) / 2;
            banks += (spec.banks() + 1) / 2;
            regionalFunds += (spec.vcFunds() + 1) / 2;
        }
        assertEquals(academics, w.academics.length);
        assertEquals(coordinators, w.coordinators.size());
        assertEquals(banks, w.banks.length);
        // National funds scale like every other population: 2 x 0.5 = 1.
        assertEquals(regionalFunds + (S.finance().nationalVcFunds() + 1) / 2, w.funds.length);
        // Known totals: sapporo's 8 universities and 4 institutes give 4 + 2 academics.
        assertEquals(6, w.academicsByRegion[0].length);
        // And sendai's 7 + 3 give round(3.5) + round(1.5) = 4 + 2.
        assertEquals(6, w.academicsByRegion[1].length);
    }

    @Test
    void scaledRoundsHalfUpAndNeverGoesNegative() {
        assertEquals(51, WorldBuilder.scaled(101, 0.5));
        assertEquals(50, WorldBuilder.scaled(100, 0.5));
        assertEquals(0, WorldBuilder.scaled(1, 0.4));
        assertEquals(1, WorldBuilder.scaled(1, 0.5));
        assertEquals(0, WorldBuilder.scaled(10, 0.0));
        assertEquals(300, WorldBuilder.scaled(100, 3.0));
    }

    @Test
    void firmIdsFollowTheAcademicsAndRegionsAreBuiltInOrder() {
        World w = WorldBuilder.build(S, 1.0, 5);
        FirmTable t = w.firms;
        // One id space: academics 0..A-1, then firms A, A+1, ...
        assertEquals(w.academics.length, t.id[0]);
        for (int r = 0; r < t.size(); r++) {
            assertEquals(w.academics.length + r, t.id[r]);
            if (r > 0) {
                assertTrue(t.region[r] >= t.region[r - 1], "regions are filled one after another");
            }
            assertTrue(t.alive(r));
            assertTrue(t.field[r] >= 0 && t.field[r] < S.fields().size());
            assertTrue(t.employees[r] >= 1);
            assertTrue(t.capability[r] >= 0 && t.capability[r] <= 1);
            assertTrue(t.ageMonths[r] >= 0 && t.ageMonths[r] <= S.population().initialFirmAgeMaxMonths());
            // Initial cash is initial_cash_months of sales.
            assertEquals(S.firms().initialCashMonths() * t.sales[r], t.cash[r], 1e-12);
        }
        for (Academic a : w.academics) {
            assertTrue(a.researchers > 0);
            assertEquals(1.0, Arrays.stream(a.fieldStrength).sum(), 1e-12, "field strengths are shares");
            assertEquals(a.region, w.regionOfActor(a.index));
        }
        assertEquals(t.region[0], w.regionOfActor(t.id[0]));
    }

    @Test
    void regionFieldSharesFollowTheirWeights() {
        World w = WorldBuilder.build(S, 1.0, 5);
        // Nagoya (index 4): monozukuri 4, energy 1.5, nano_materials 1.5, the other five fields 1:
        // total 12, so monozukuri's share is 4/12.
        Region nagoya = w.regions[4];
        assertEquals("nagoya", nagoya.name);
        assertEquals(1.0, Arrays.stream(nagoya.fieldShare).sum(), 1e-12);
        assertEquals(4.0 / 12, nagoya.fieldShare[S.fields().indexOf("monozukuri")], 1e-12);
        assertEquals(1.0 / 12, nagoya.fieldShare[S.fields().indexOf("ict")], 1e-12);
    }

    @Test
    void linkedRegionsAreDistinctOtherRegions() {
        World w = WorldBuilder.build(S, 1.0, 5);
        for (int k = 0; k < 200; k++) {
            KeyedStream rng = KeyedStream.of(9, 0, k, Purpose.SETUP_COORDINATOR);
            int[] links = WorldBuilder.linkedRegions(w.regions, w.regions[2], 4, rng);
            assertEquals(4, links.length);
            assertEquals(4, Arrays.stream(links).distinct().count(), "drawn without replacement");
            assertTrue(Arrays.stream(links).noneMatch(l -> l == 2), "never the home region");
        }
        // More links than other regions: every other region once.
        int[] all = WorldBuilder.linkedRegions(w.regions, w.regions[0], 50, KeyedStream.of(9, 0, 0, Purpose.SEEDS));
        assertEquals(8, all.length);
    }

    @Test
    void nearerRegionsAreLinkedMoreOften() {
        World w = WorldBuilder.build(S, 1.0, 5);
        // From Tokyo (2), Kanagawa (3) is 35 km away (weight 1/1.118), Fukuoka (8) 915 km (weight 1/4.05).
        int kanagawa = 0;
        int fukuoka = 0;
        for (int k = 0; k < 4000; k++) {
            int first = WorldBuilder.linkedRegions(w.regions, w.regions[2], 1, KeyedStream.of(3, 0, k, Purpose.SEEDS))[0];
            if (first == 3) {
                kanagawa++;
            } else if (first == 8) {
                fukuoka++;
            }
        }
        assertTrue(kanagawa > 2 * fukuoka, kanagawa + " vs " + fukuoka);
    }
}
