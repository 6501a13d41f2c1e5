package clusterlab.stages;

import clusterlab.firms.ChunkSums;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Concentration;
import clusterlab.metrics.FiscalYearTotals;
import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import clusterlab.metrics.NetworkSummary;
import clusterlab.metrics.Sustainment;
import clusterlab.money.Flow;
import clusterlab.policy.Programme;
import clusterlab.projects.JointProject;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;

/**
 * Process 8, measurement. Reads the world and this month's ledger, never writes the model: flows
 * come from the ledger, stocks are counted (firms and employment in a parallel pass), network
 * structure and maturity are read from the regions. National values are sums of the regions for
 * additive indicators and whole-nation values otherwise. At the end of each fiscal year it also
 * emits fiscal-year rows, the concentration of patenting and the programmes' tallies.
 */
public final class MeasurementStage extends NamedStage {
    private static final int FIRMS = 0;
    private static final int EMPLOYMENT = 1;
    private static final int PARTICIPANTS = 2;
    private static final int PARTICIPANT_EMPLOYMENT = 3;

    private final IndicatorSink sink;
    private final ChunkSums stocks;
    private final FiscalYearTotals national = new FiscalYearTotals();
    private final FiscalYearTotals[] regional;

    public MeasurementStage(IndicatorSink sink, int regions) {
        super("measurement",
                "indicators for every region and the nation; fiscal-year rows each March");
        this.sink = sink;
        this.stocks = new ChunkSums(regions, 4);
        this.regional = new FiscalYearTotals[regions];
        for (int r = 0; r < regions; r++) {
            regional[r] = new FiscalYearTotals();
        }
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        int regions = w.regions.length;
        double[][] rows = new double[regions][Indicator.COUNT];
        countStocks(t, rows);
        for (JointProject p : w.projects) {
            if (w.firms.aliveId(p.firmId)) {
                rows[p.region][Indicator.JOINT_PROJECTS_ACTIVE.ordinal()]++;
            }
        }
        double[] nation = new double[Indicator.COUNT];
        for (Region r : w.regions) {
            double[] row = rows[r.index];
            for (Indicator i : Indicator.values()) {
                if (i.kind == Indicator.Kind.FLOW) {
                    row[i.ordinal()] = w.ledger.get(r.index, i);
                }
            }
            network(row, r.cluster.network);
            row[Indicator.CLUSTER_MATURITY.ordinal()] = r.cluster.maturity;
            sustainment(row, r, t.scenario.measurement().sustainedActivityRatio());
            for (Indicator i : Indicator.values()) {
                // Additive: the nation is the sum of the regions where the value is defined.
                if (i.additive && !Double.isNaN(row[i.ordinal()])) {
                    nation[i.ordinal()] += row[i.ordinal()];
                }
            }
            nation[Indicator.CLUSTER_MATURITY.ordinal()] += r.cluster.maturity * row[Indicator.FIRMS.ordinal()];
        }
        double firms = nation[Indicator.FIRMS.ordinal()];
        nation[Indicator.CLUSTER_MATURITY.ordinal()] = firms > 0 ? nation[Indicator.CLUSTER_MATURITY.ordinal()] / firms : 0;
        nation[Indicator.POST_FUNDING_ACTIVITY_RATIO.ordinal()] = definedMean(rows, Indicator.POST_FUNDING_ACTIVITY_RATIO);
        network(nation, w.nationalNetwork);
        w.ledger.clear();
        sink(t).monthly(t.tick(), nation, rows);
        national.add(nation);
        for (int r = 0; r < regions; r++) {
            regional[r].add(rows[r]);
        }
        if (t.fiscalYearEnds()) {
            closeFiscalYear(t);
        }
    }

    private void countStocks(TickContext t, double[][] rows) {
        FirmTable firms = t.world.firms;
        stocks.reset(firms.size());
        t.runner.forEachChunk(firms.size(), (chunk, from, to) -> {
            for (int r = from; r < to; r++) {
                if (firms.alive(r)) {
                    stocks.add(chunk, firms.region[r], FIRMS, 1);
                    stocks.add(chunk, firms.region[r], EMPLOYMENT, firms.employees[r]);
                    if (firms.has(r, FirmTable.PARTICIPANT)) {
                        stocks.add(chunk, firms.region[r], PARTICIPANTS, 1);
                        stocks.add(chunk, firms.region[r], PARTICIPANT_EMPLOYMENT, firms.employees[r]);
                    }
                }
            }
        });
        double[][] totals = stocks.merge();
        for (int r = 0; r < rows.length; r++) {
            rows[r][Indicator.FIRMS.ordinal()] = totals[r][FIRMS];
            rows[r][Indicator.EMPLOYMENT.ordinal()] = totals[r][EMPLOYMENT];
            rows[r][Indicator.PARTICIPANT_FIRMS.ordinal()] = totals[r][PARTICIPANTS];
            rows[r][Indicator.PARTICIPANT_EMPLOYMENT.ordinal()] = totals[r][PARTICIPANT_EMPLOYMENT];
        }
    }

    /** The year's flows, with the programme money that lapses now that the year is over. */
    private static double[] closeBooks(World w) {
        double[] money = w.books.close();
        for (Programme p : w.programmes) {
            double[] unspent = p.budget.unspent();
            money[Flow.NATIONAL_LAPSED.ordinal()] += unspent[0];
            money[Flow.LOCAL_LAPSED.ordinal()] += unspent[1];
        }
        return money;
    }

    private static void sustainment(double[] row, Region r, double threshold) {
        double ratio = Sustainment.ratio(r.funding.funded, r.cluster.activity, r.funding.activityAtFundingEnd);
        row[Indicator.PROGRAMME_FUNDED.ordinal()] = r.funding.funded ? 1 : 0;
        row[Indicator.POST_FUNDING_ACTIVITY_RATIO.ordinal()] = ratio;
        row[Indicator.SELF_SUSTAINING.ordinal()] = Sustainment.sustaining(ratio, threshold);
    }

    /** Mean of an indicator over the regions where it is defined; NaN if it is defined nowhere. */
    private static double definedMean(double[][] rows, Indicator indicator) {
        double sum = 0;
        int n = 0;
        for (double[] row : rows) {
            if (!Double.isNaN(row[indicator.ordinal()])) {
                sum += row[indicator.ordinal()];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static void network(double[] row, NetworkSummary s) {
        row[Indicator.NETWORK_TIES.ordinal()] = s.ties();
        row[Indicator.NETWORK_DENSITY.ordinal()] = s.density();
        row[Indicator.NETWORK_CLUSTERING.ordinal()] = s.clustering();
        row[Indicator.NETWORK_AVG_PATH_LENGTH.ordinal()] = s.avgPathLength();
        row[Indicator.NETWORK_LARGEST_COMPONENT_SHARE.ordinal()] = s.largestComponentShare();
    }

    /** The run's sink from tick 0 on; the spin-up's months (negative ticks) are measured but not reported. */
    private IndicatorSink sink(TickContext t) {
        return t.tick() < 0 ? IndicatorSink.NONE : sink;
    }

    private void closeFiscalYear(TickContext t) {
        World w = t.world;
        double[][] rows = new double[regional.length][];
        double[] patents = new double[regional.length];
        for (int r = 0; r < regional.length; r++) {
            rows[r] = regional[r].close();
            patents[r] = rows[r][Indicator.PATENT_APPLICATIONS.ordinal()];
        }
        int[] funded = new int[w.programmes.size()];
        double[][] programmes = new double[w.programmes.size()][];
        for (Programme p : w.programmes) {
            funded[p.index] = p.budget.regionsFunded();
            p.budget.countLapse();
            programmes[p.index] = p.tally.values();
        }
        IndicatorSink sink = sink(t);
        sink.fiscalYear(t.fiscalYear(), national.close(), rows, Concentration.hhi(patents), funded, programmes);
        sink.money(t.fiscalYear(), closeBooks(w));
        long[][] degrees = new long[w.regions.length][];
        for (int r = 0; r < degrees.length; r++) {
            degrees[r] = w.regions[r].cluster.degreeCounts;
        }
        sink.degrees(t.fiscalYear(), w.nationalDegreeCounts, degrees);
        sink.firms(t.fiscalYear(), w.firms);
    }
}
