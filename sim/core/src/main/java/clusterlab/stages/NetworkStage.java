package clusterlab.stages;

import clusterlab.metrics.NetworkStatistics;
import clusterlab.metrics.NetworkSummary;
import clusterlab.network.Csr;
import clusterlab.network.TieTable;
import clusterlab.random.Purpose;
import clusterlab.random.Stream;
import clusterlab.scenario.MeasurementParams;
import clusterlab.scenario.NetworkParams;
import clusterlab.world.Region;
import clusterlab.world.NamedStage;
import clusterlab.world.TickContext;
import clusterlab.world.World;
import java.util.Arrays;

/**
 * Process 7, networks. Fairs, forums and business contacts tie firms of a region (same field
 * preferred); ties of closed firms go, and ties unused for longer than the memory decay. Then the
 * structure of each region's network and of the national one is computed (exactly when small,
 * sampled when large), and with it each region's cluster maturity and attractiveness, which
 * steer entry and relocation next month.
 */
public final class NetworkStage extends NamedStage {
    /** Random firms looked at when seeking an event partner of the same field. */
    private static final int SAME_FIELD_TRIES = 8;

    private int[] localIndex = new int[0];

    public NetworkStage() {
        super("networks",
                "event ties form, unused ties decay; network structure, cluster maturity and attractiveness");
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        NetworkParams n = t.scenario.networks();
        formEventTies(t, n);
        decay(t, n);
        measureStructure(t, n);
        updateMaturity(t, t.scenario.measurement());
    }

    private static void formEventTies(TickContext t, NetworkParams n) {
        World w = t.world;
        for (Region r : w.regions) {
            int firms = w.census.firms(r.index);
            if (firms < 2) {
                continue;
            }
            Stream rng = t.stream(r.index, Purpose.TIES);
            int events = rng.poisson(n.eventTiesPerFirmPerYear() / 12.0 * firms);
            for (int k = 0; k < events; k++) {
                int a = w.census.row(r.index, rng.below(firms));
                int b = w.census.row(r.index, rng.below(firms));
                if (rng.chance(n.sameFieldPreference())) {
                    for (int tries = 1; tries < SAME_FIELD_TRIES && w.firms.field[b] != w.firms.field[a]; tries++) {
                        b = w.census.row(r.index, rng.below(firms));
                    }
                }
                if (a != b) {
                    w.ties.touch(w.firms.id[a], r.index, w.firms.id[b], r.index, t.tick());
                }
            }
        }
    }

    /** Walks ties from the end so that swap-removal never skips one. */
    private static void decay(TickContext t, NetworkParams n) {
        World w = t.world;
        TieTable ties = w.ties;
        Stream rng = t.stream(0, Purpose.TIE_DECAY);
        for (int i = ties.size() - 1; i >= 0; i--) {
            boolean gone = !w.actorAlive(ties.a(i)) || !w.actorAlive(ties.b(i));
            if (gone || (t.tick() - ties.lastUsed(i) > n.tieMemoryMonths() && rng.chance(n.tieDecayPerMonth()))) {
                ties.remove(i);
            }
        }
    }

    /**
     * Builds each region's network (its academics and live firms as nodes, ties between two of
     * them as edges) and the national one (all actors, all ties) in compact form and measures them.
     */
    private void measureStructure(TickContext t, NetworkParams n) {
        World w = t.world;
        int academics = w.academics.length;
        if (localIndex.length < w.firms.size()) {
            localIndex = new int[w.firms.size() + w.firms.size() / 4];
        }
        int[] regionNodes = new int[w.regions.length];
        for (Region r : w.regions) {
            int k = w.academicsByRegion[r.index].length;
            for (int j = 0; j < w.census.firms(r.index); j++) {
                localIndex[w.census.row(r.index, j)] = k++;
            }
            regionNodes[r.index] = k;
        }
        TieTable ties = w.ties;
        int[] na = new int[ties.size()];
        int[] nb = new int[ties.size()];
        int[][] ra = new int[w.regions.length][];
        int[][] rb = new int[w.regions.length][];
        int[] re = new int[w.regions.length];
        for (int i = 0; i < ties.size(); i++) {
            if (ties.regionA(i) == ties.regionB(i)) {
                re[ties.regionA(i)]++;
            }
        }
        for (int r = 0; r < re.length; r++) {
            ra[r] = new int[re[r]];
            rb[r] = new int[re[r]];
        }
        Arrays.fill(re, 0);
        for (int i = 0; i < ties.size(); i++) {
            int a = ties.a(i);
            int b = ties.b(i);
            int rowA = a < academics ? -1 : w.firms.rowOf(a);
            int rowB = b < academics ? -1 : w.firms.rowOf(b);
            na[i] = a < academics ? a : academics + rowA;
            nb[i] = b < academics ? b : academics + rowB;
            int region = ties.regionA(i);
            if (region == ties.regionB(i)) {
                ra[region][re[region]] = a < academics ? localAcademic(w, a) : localIndex[rowA];
                rb[region][re[region]] = b < academics ? localAcademic(w, b) : localIndex[rowB];
                re[region]++;
            }
        }
        for (Region r : w.regions) {
            Csr g = Csr.of(regionNodes[r.index], ra[r.index], rb[r.index], re[r.index]);
            r.network = NetworkStatistics.of(g, n.exactStatsMaxNodes(), n.clusteringSampleNodes(),
                    n.pathSampleSources(), t.stream(r.index, Purpose.NETWORK_SAMPLE));
        }
        Csr national = Csr.of(academics + w.firms.size(), na, nb, ties.size());
        w.nationalNetwork = NetworkStatistics.of(national, n.exactStatsMaxNodes(), n.clusteringSampleNodes(),
                n.pathSampleSources(), t.stream(-1, Purpose.NETWORK_SAMPLE));
    }

    private static int localAcademic(World w, int academic) {
        int[] list = w.academicsByRegion[w.academics[academic].region];
        return Arrays.binarySearch(list, academic);
    }

    /** Share of all the region's actors (tied or not) in its largest connected component. */
    static double cohesion(NetworkSummary s) {
        return s.nodes() == 0 ? 0 : s.largestComponentShare() * s.tiedNodes() / s.nodes();
    }

    /**
     * Maturity: half the smoothed innovation activity relative to its half-saturation level, half
     * the cohesion of the regional network (the share of all its actors in its largest component). Attractiveness: 1 plus
     * maturity plus the region's mean spillover relative to its maximum, over the firm-weighted
     * mean of all regions.
     */
    private static void updateMaturity(TickContext t, MeasurementParams m) {
        World w = t.world;
        double spillMax = t.scenario.knowledge().spilloverMaxPerMonth();
        double[] raw = new double[w.regions.length];
        double weighted = 0;
        long firms = 0;
        for (Region r : w.regions) {
            int count = w.census.firms(r.index);
            double monthly = 1200.0 * r.innovationEvents / Math.max(1, count);
            r.innovationEvents = 0;
            r.activity += (monthly - r.activity) / m.maturitySmoothingMonths();
            r.maturity = 0.5 * r.activity / (r.activity + m.maturityHalfActivity()) + 0.5 * cohesion(r.network);
            double spill = 0;
            for (int f = 0; f < w.fields.size(); f++) {
                spill += r.fieldShare[f] * r.spillover[f];
            }
            raw[r.index] = 1.0 + r.maturity + (spillMax > 0 ? spill / spillMax : 0);
            weighted += raw[r.index] * count;
            firms += count;
        }
        double mean = firms > 0 ? weighted / firms : 1.0;
        for (Region r : w.regions) {
            r.attractiveness = raw[r.index] / mean;
        }
    }
}
