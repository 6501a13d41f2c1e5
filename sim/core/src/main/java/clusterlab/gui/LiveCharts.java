package clusterlab.gui;

import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.jfree.data.xy.XYSeries;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Live time-series charts of national indicators, drawn with MASON's chart generators: the model's
 * monthly indicator rows arrive through {@link #sink()}, and {@link #update} adds the month's
 * points after each step (on the model's thread, as MASON's charts expect).
 */
final class LiveCharts {
    /** Each chart: a title, an axis label with its unit, and the indicators it plots. */
    private record Spec(String title, String axis, List<Indicator> indicators) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("Innovation, national", "per month",
                    List.of(Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS, Indicator.NEW_BUSINESSES)),
            new Spec("Firms and start-ups, national", "firms per month (entries, start-ups)",
                    List.of(Indicator.FIRM_ENTRIES, Indicator.FIRM_EXITS, Indicator.STARTUPS)),
            new Spec("Cluster maturity and network, national", "0..1",
                    List.of(Indicator.CLUSTER_MATURITY, Indicator.NETWORK_LARGEST_COMPONENT_SHARE)));

    private final List<TimeSeriesChartGenerator> charts = new ArrayList<>();
    private final List<List<XYSeries>> series = new ArrayList<>();
    private final List<JFrame> frames = new ArrayList<>();
    private volatile double[] latest;
    private long lastTick;

    /** Receives the model's monthly national rows. */
    IndicatorSink sink() {
        return new IndicatorSink() {
            @Override
            public void monthly(int tick, double[] national, double[][] regions) {
                latest = national.clone();
            }

            @Override
            public void fiscalYear(int fiscalYear, double[] national, double[][] regions, double hhi, int[] funded,
                                   double[][] programmes) {
            }
        };
    }

    /** Makes the chart windows and registers them with the Console, placed in a row from (x, y). */
    void create(Controller c, int x, int y) {
        for (Spec spec : SPECS) {
            TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
            chart.setTitle(spec.title());
            chart.setXAxisLabel("month (tick)");
            chart.setYAxisLabel(spec.axis());
            List<XYSeries> lines = new ArrayList<>();
            for (Indicator i : spec.indicators()) {
                XYSeries s = new XYSeries(i.column().replace('_', ' '), false);
                chart.addSeries(s, null);
                lines.add(s);
            }
            JFrame frame = chart.createFrame();
            frame.setSize(560, 400);
            frame.setLocation(x + frames.size() * 570, y);
            frame.setVisible(true);
            c.registerFrame(frame);
            charts.add(chart);
            series.add(lines);
            frames.add(frame);
        }
    }

    /** Empties the charts for a new start. */
    void clear() {
        latest = null;
        lastTick = 0;
        series.forEach(lines -> lines.forEach(XYSeries::clear));
    }

    /** Adds the latest month's values at {@code tick}. */
    void update(long tick) {
        double[] row = latest;
        if (row == null || tick <= lastTick) {
            return;
        }
        lastTick = tick;
        for (int c = 0; c < charts.size(); c++) {
            List<Indicator> indicators = SPECS.get(c).indicators();
            for (int k = 0; k < indicators.size(); k++) {
                double v = row[indicators.get(k).ordinal()];
                series.get(c).get(k).add(tick, Double.isNaN(v) ? 0 : v, false);
            }
            charts.get(c).updateChartLater(tick);
        }
    }

    void dispose() {
        frames.forEach(JFrame::dispose);
    }
}
