package clusterlab.stages;

import clusterlab.metrics.Components;
import clusterlab.metrics.NetworkStatistics;
import clusterlab.metrics.NetworkSummary;
import clusterlab.network.Adjacency;
import clusterlab.network.Csr;
import clusterlab.network.TieTable;
import clusterlab.network.TiedActors;
import clusterlab.parallel.SideBySide;
import clusterlab.policy.Instrument;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.MeasurementParams;
import clusterlab.scenario.NetworkParams;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;

import java.util.Arrays;

/**
 * Process 7, networks. Fairs, forums and business contacts tie firms of a region to partners met
 * through their partners, to well-connected firms, or at random (same field preferred); ties of
 * closed firms go, and ties unused for longer than the memory decay. Then the
 * structure of each region's network and of the national one is computed (exactly when small,
 * sampled when large), and with it each region's cluster maturity and attractiveness, which
 * steer entry and relocation next month.
 */
public final class NetworkStage extends NamedStage {
    /** Random firms looked at when seeking an event partner of the same field. */
    private static final int SAME_FIELD_TRIES = 8;

    public NetworkStage() {
        super("networks",
                "event ties form, unused ties decay; network structure, cluster maturity and attractiveness");
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        NetworkParams n = t.scenario.networks();
        formEventTies(t, n);
        formLinkageTies(t);
        decay(t, n);
        measureStructure(t, n);
        updateMaturity(t, t.scenario.measurement());
    }

    /**
     * Each event ties a random firm of the region to a partner found in one of three ways: through
     * one of its partners (a partner's partner, anywhere), in proportion to ties among the region's
     * firms (the well connected are met more often), or at random in the region, same field preferred.
     * Partners are found from last month's network, so the two halves of the regions find theirs
     * side by side, each region from its own stream; the ties are then made in region order.
     */
    private static void formEventTies(TickContext t, NetworkParams n) {
        World w = t.world;
        long[] firms = new long[w.regions.length];
        for (Region r : w.regions) {
            firms[r.index] = w.census.firms(r.index);
        }
        int half = SideBySide.halfway(firms);
        EventTies[] met = new EventTies[w.regions.length];
        t.runner.run(() -> meet(t, n, 0, half, met), () -> meet(t, n, half, met.length, met));
        for (EventTies e : met) {
            for (int k = 0; k < e.size; k++) {
                w.ties.touch(e.a[k], e.region, e.b[k], e.regionB[k], t.tick());
            }
        }
    }

    /** The pairs one region's events bring together this month. */
    private static final class EventTies {
        final int region;
        final int[] a;
        final int[] b;
        final int[] regionB;
        int size;

        EventTies(int region, int events) {
            this.region = region;
            a = new int[events];
            b = new int[events];
            regionB = new int[events];
        }
    }

    /** Finds the event partners of regions {@code [from, to)}. */
    private static void meet(TickContext t, NetworkParams n, int from, int to, EventTies[] met) {
        World w = t.world;
        for (int region = from; region < to; region++) {
            Region r = w.regions[region];
            int firms = w.census.firms(region);
            if (firms < 2) {
                met[region] = new EventTies(region, 0);
                continue;
            }
            KeyedStream rng = t.stream(region, Purpose.TIES);
            EventTies e = new EventTies(region, rng.poisson((n.eventTiesPerFirmPerYear() * firms + r.funding.bought(Instrument.NETWORKING_EVENTS)) / 12.0));
            for (int k = 0; k < e.a.length; k++) {
                int a = w.firms.id[w.census.row(region, rng.below(firms))];
                double how = rng.uniform();
                int b = how < n.triadicClosure() ? partnerOfPartner(w, a, rng)
                        : how < n.triadicClosure() + n.preferentialAttachment() ? wellConnected(w, region, rng) : -1;
                if (b < 0 || !w.actorAlive(b)) {
                    b = sameRegion(w, region, a, rng, n);
                }
                if (a != b) {
                    e.a[e.size] = a;
                    e.b[e.size] = b;
                    e.regionB[e.size++] = w.regionOfActor(b);
                }
            }
            met[region] = e;
        }
    }

    /**
     * Ties bought by programmes' linkage money: a random firm of the region and a random firm of one
     * of the programme's other funded regions.
     */
    private static void formLinkageTies(TickContext t) {
        World w = t.world;
        for (Region r : w.regions) {
            if (r.funding.bought(Instrument.LINKAGE) <= 0 || r.funding.linkedRegions.length == 0 || w.census.firms(r.index) == 0) {
                continue;
            }
            KeyedStream rng = t.stream(w.regions.length + r.index, Purpose.TIES);
            int links = rng.poisson(r.funding.bought(Instrument.LINKAGE) / 12.0);
            for (int k = 0; k < links; k++) {
                int other = r.funding.linkedRegions[rng.below(r.funding.linkedRegions.length)];
                if (w.census.firms(other) == 0) {
                    continue;
                }
                int a = w.firms.id[w.census.row(r.index, rng.below(w.census.firms(r.index)))];
                int b = w.firms.id[w.census.row(other, rng.below(w.census.firms(other)))];
                w.ties.touch(a, r.index, b, other, t.tick());
            }
        }
    }

    /** A partner of one of the firm's partners (not the firm itself), or -1 if it has none. */
    private static int partnerOfPartner(World w, int firmId, KeyedStream rng) {
        int degree = w.adjacency.degree(firmId);
        if (degree == 0) {
            return -1;
        }
        int via = w.adjacency.partner(firmId, rng.below(degree));
        int candidate = w.adjacency.partner(via, rng.below(w.adjacency.degree(via)));
        return candidate == firmId ? -1 : candidate;
    }

    /** A firm of the region drawn in proportion to its ties there, or -1 if the region has no ties. */
    private static int wellConnected(World w, int region, KeyedStream rng) {
        int[] ends = w.tieEnds[region];
        return ends.length == 0 ? -1 : ends[rng.below(ends.length)];
    }

    /** A random firm of the region, of the same field as {@code firmId} with the preferred chance. */
    private static int sameRegion(World w, int region, int firmId, KeyedStream rng, NetworkParams n) {
        int firms = w.census.firms(region);
        int b = w.census.row(region, rng.below(firms));
        if (rng.chance(n.sameFieldPreference())) {
            int field = w.firms.field[w.firms.rowOf(firmId)];
            for (int tries = 1; tries < SAME_FIELD_TRIES && w.firms.field[b] != field; tries++) {
                b = w.census.row(region, rng.below(firms));
            }
        }
        return w.firms.id[b];
    }

    /** A tie to keep this month. */
    private static final byte KEPT = 0;
    /** A tie with a closed firm at one end. */
    private static final byte ORPHANED = 1;
    /** A tie unused for longer than the memory, which may decay. */
    private static final byte IDLE = 2;
    /** An idle tie whose chance to decay came up. */
    private static final byte DECAYED = 3;

    /**
     * Ties of closed firms go, and idle ties decay by chance, each idle tie taking the next draw
     * of one stream going through the tie table from the end. Which ties are orphaned or idle is
     * found for the two halves of the table side by side, and so are the chances: the stream is
     * counter-based, so the lower half starts at the draw after the upper half's idle ties. Ties
     * are then removed walking from the end, so that swap-removal only ever moves a tie already
     * passed into the hole, and every tie still to come is where its verdict was written.
     */
    private static void decay(TickContext t, NetworkParams n) {
        TieTable ties = t.world.ties;
        int m = ties.size();
        int half = m / 2;
        byte[] verdict = new byte[m];
        int[] idleAbove = new int[1];
        t.runner.run(() -> judge(t, n, 0, half, verdict), () -> idleAbove[0] = judge(t, n, half, m, verdict));
        t.runner.run(() -> drawDecay(t.stream(0, Purpose.TIE_DECAY).skip(idleAbove[0]), n, 0, half, verdict),
                () -> drawDecay(t.stream(0, Purpose.TIE_DECAY), n, half, m, verdict));
        for (int i = m - 1; i >= 0; i--) {
            if (verdict[i] == ORPHANED || verdict[i] == DECAYED) {
                ties.remove(i);
            }
        }
    }

    /** Writes the verdicts of ties {@code [from, to)}; returns how many are idle. */
    private static int judge(TickContext t, NetworkParams n, int from, int to, byte[] verdict) {
        World w = t.world;
        TieTable ties = w.ties;
        int idle = 0;
        for (int i = from; i < to; i++) {
            verdict[i] = !w.actorAlive(ties.a(i)) || !w.actorAlive(ties.b(i)) ? ORPHANED
                    : t.tick() - ties.lastUsed(i) > n.tieMemoryMonths() ? IDLE : KEPT;
            idle += verdict[i] == IDLE ? 1 : 0;
        }
        return idle;
    }

    /** Draws the chances of the idle ties of {@code [from, to)}, from the end. */
    private static void drawDecay(KeyedStream rng, NetworkParams n, int from, int to, byte[] verdict) {
        for (int i = to - 1; i >= from; i--) {
            if (verdict[i] == IDLE && rng.chance(n.tieDecayPerMonth())) {
                verdict[i] = DECAYED;
            }
        }
    }

    /**
     * Builds the networks in compact form and measures them: the national one (all actors, all
     * ties) and the regional ones (each region's academics and live firms, ties between two of
     * them). Nodes are the tied actors in id order, and all regions' own ties go into one graph
     * (no tie joins two regions there), so building and measuring cost about the ties, not the
     * actors; untied actors count towards each scope's size without being visited. The regional
     * graph is the national one less the few ties between regions, and the national components
     * are the regional ones joined by those ties, so neither is built from the ties again.
     */
    private static void measureStructure(TickContext t, NetworkParams n) {
        World w = t.world;
        TieTable ties = w.ties;
        TiedActors tiedActors = TiedActors.of(w.actorIdBound(), ties);
        int m = ties.size();
        int[] a = new int[m];
        int[] b = new int[m];
        SideBySide both = t.runner;
        both.run(() -> toNodes(tiedActors, ties, 0, m / 2, a, b), () -> toNodes(tiedActors, ties, m / 2, m, a, b));
        Csr national = Csr.of(tiedActors.size(), a, b, m, both);
        w.adjacency = new Adjacency(national, tiedActors);
        RegionLabels regions = new RegionLabels(tiedActors.size(), w.regions.length);
        both.run(() -> regions.label(ties, a, b), () -> tieEnds(w, ties));
        Csr regional = national.without(regions.crossA, regions.crossB, regions.cross);
        Components regionalSets = Components.of(regional, regions.of, SideBySide.halfway(regions.ownTies), both);
        Components nationalSets = Components.joined(regionalSets, regions.crossA, regions.crossB, regions.cross);
        // The regions and the nation share nothing mutable, and each draws from its own keyed
        // stream, so measuring them side by side gives the same figures as one after the other.
        both.run(() -> measureRegions(t, n, new NetworkStatistics(regional, regionalSets),
                        tiedByRegion(w, regional, regions.of), regionalSets.largestByLabel(regions.of, w.regions.length)),
                () -> measureNation(t, n, new NetworkStatistics(national, nationalSets), nationalSets.largest()));
    }

    /**
     * Each tied actor's region, the ties that join two regions (by node), and how many of the
     * regions' own ties each region has.
     */
    private static final class RegionLabels {
        final int[] of;
        final long[] ownTies;
        int[] crossA = new int[256];
        int[] crossB = new int[256];
        int cross;

        RegionLabels(int nodes, int regions) {
            of = new int[nodes];
            ownTies = new long[regions];
        }

        void label(TieTable ties, int[] a, int[] b) {
            for (int i = 0; i < ties.size(); i++) {
                int ra = ties.regionA(i);
                int rb = ties.regionB(i);
                of[a[i]] = ra;
                of[b[i]] = rb;
                if (ra == rb) {
                    ownTies[ra]++;
                } else {
                    if (cross == crossA.length) {
                        crossA = Arrays.copyOf(crossA, 2 * cross);
                        crossB = Arrays.copyOf(crossB, 2 * cross);
                    }
                    crossA[cross] = a[i];
                    crossB[cross++] = b[i];
                }
            }
        }
    }

    /** Node numbers of both ends of ties {@code [from, to)}. */
    private static void toNodes(TiedActors tiedActors, TieTable ties, int from, int to, int[] a, int[] b) {
        for (int i = from; i < to; i++) {
            a[i] = tiedActors.node(ties.a(i));
            b[i] = tiedActors.node(ties.b(i));
        }
    }

    /** @param largest each region's largest component */
    private static void measureRegions(TickContext t, NetworkParams n, NetworkStatistics stats, int[][] tiedByRegion,
            int[] largest) {
        World w = t.world;
        for (Region r : w.regions) {
            int[] tied = tiedByRegion[r.index];
            int nodes = w.academicsByRegion[r.index].length + w.census.firms(r.index);
            r.cluster.network = stats.measure(tied, largest[r.index], nodes, n.exactStatsMaxNodes(), n.clusteringSampleNodes(),
                    pathPairs(t, n), t.stream(r.index, Purpose.NETWORK_SAMPLE)).withPathsOf(r.cluster.network);
            if (t.fiscalYearEnds()) {
                r.cluster.degreeCounts = stats.degreeCounts(tied, nodes);
            }
        }
    }

    private static void measureNation(TickContext t, NetworkParams n, NetworkStatistics stats, int largest) {
        World w = t.world;
        int[] tied = stats.tiedNodes();
        int nodes = w.academics.length + w.firms.size();
        if (t.fiscalYearEnds()) {
            w.nationalDegreeCounts = stats.degreeCounts(tied, nodes);
        }
        w.nationalNetwork = stats.measure(tied, largest, nodes, n.exactStatsMaxNodes(), n.clusteringSampleNodes(),
                pathPairs(t, n), t.stream(-1, Purpose.NETWORK_SAMPLE)).withPathsOf(w.nationalNetwork);
    }

    /** Each region's actors with ties inside the region, ascending (the order sampling draws in). */
    private static int[][] tiedByRegion(World w, Csr regional, int[] regionOf) {
        int[] counts = new int[w.regions.length];
        for (int v = 0; v < regional.nodes(); v++) {
            if (regional.degree(v) > 0) {
                counts[regionOf[v]]++;
            }
        }
        int[][] tied = new int[w.regions.length][];
        for (int r = 0; r < tied.length; r++) {
            tied[r] = new int[counts[r]];
        }
        Arrays.fill(counts, 0);
        for (int v = 0; v < regional.nodes(); v++) {
            if (regional.degree(v) > 0) {
                tied[regionOf[v]][counts[regionOf[v]]++] = v;
            }
        }
        return tied;
    }

    /**
     * Path length, the costly statistic (a search per sampled pair), is measured in the first
     * month and each March; months in between carry the last value (0 pairs: skip).
     */
    private static int pathPairs(TickContext t, NetworkParams n) {
        return t.tick() == 0 || t.fiscalYearEnds() ? n.pathSamplePairs() : 0;
    }

    /** Firm ends of each region's own ties: the first ends of its ties in tie order, then the second ends. */
    private static void tieEnds(World w, TieTable ties) {
        int academics = w.academics.length;
        int[] counts = new int[w.regions.length];
        for (int i = 0; i < ties.size(); i++) {
            if (ties.regionA(i) == ties.regionB(i)) {
                counts[ties.regionA(i)] += (ties.a(i) >= academics ? 1 : 0) + (ties.b(i) >= academics ? 1 : 0);
            }
        }
        for (int r = 0; r < counts.length; r++) {
            w.tieEnds[r] = new int[counts[r]];
        }
        Arrays.fill(counts, 0);
        for (boolean first : new boolean[] {true, false}) {
            for (int i = 0; i < ties.size(); i++) {
                int end = first ? ties.a(i) : ties.b(i);
                int region = ties.regionA(i);
                if (region == ties.regionB(i) && end >= academics) {
                    w.tieEnds[region][counts[region]++] = end;
                }
            }
        }
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
            double monthly = 1200.0 * r.takeInnovationEvents() / Math.max(1, count);
            Region.Cluster c = r.cluster;
            c.activity += (monthly - c.activity) / m.maturitySmoothingMonths();
            c.maturity = 0.5 * c.activity / (c.activity + m.maturityHalfActivity()) + 0.5 * cohesion(c.network);
            double spill = 0;
            for (int f = 0; f < w.fields.size(); f++) {
                spill += r.fieldShare[f] * r.knowledge.spillover[f];
            }
            raw[r.index] = 1.0 + r.cluster.maturity + (spillMax > 0 ? spill / spillMax : 0);
            weighted += raw[r.index] * count;
            firms += count;
        }
        double mean = firms > 0 ? weighted / firms : 1.0;
        for (Region r : w.regions) {
            r.cluster.attractiveness = raw[r.index] / mean;
        }
    }
}
