package clusterlab.gui;

import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JViewport;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Live time-series charts of national indicators, drawn with MASON's chart generators: the model's
 * monthly indicator rows arrive through {@link #sink()}, and {@link #update} adds the month's
 * points after each step (on the model's thread, as MASON's charts expect). The x axis is in
 * fiscal years and spans the scenario's whole horizon from the start, so an empty chart already
 * shows where the run will go: month {@code t} (tick 0 is April of the first fiscal year) is
 * plotted at {@code first_fiscal_year + t / 12}.
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
    private int firstFiscalYear;

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

    /** Makes the charts (without windows). */
    void build() {
        for (Spec spec : SPECS) {
            TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
            chart.setTitle(spec.title());
            chart.setXAxisLabel("fiscal year");
            chart.setYAxisLabel(spec.axis());
            chart.getChart().setPadding(new RectangleInsets(0, 0, 0, 12)); // room for the last year's label
            NumberAxis x = (NumberAxis) chart.getChart().getXYPlot().getDomainAxis();
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setNumberFormatOverride(new DecimalFormat("0"));
            List<XYSeries> lines = new ArrayList<>();
            for (Indicator i : spec.indicators()) {
                XYSeries s = new XYSeries(i.column().replace('_', ' '), false);
                chart.addSeries(s, null);
                lines.add(s);
            }
            charts.add(chart);
            series.add(lines);
        }
    }

    /** Makes the charts' windows, one in each of {@code bounds}, and registers them with the Console. */
    void create(Controller c, List<Rectangle> bounds) {
        build();
        for (int k = 0; k < charts.size(); k++) {
            TimeSeriesChartGenerator chart = charts.get(k);
            JFrame frame = chart.createFrame();
            frame.setBounds(bounds.get(k));
            // The chart's width : height as the window's room for it, so the whole chart, axes and all, shows
            // (measured with the chart flat, so that no scroll bar takes room; rounded up to a flatter one).
            chart.setProportion(100);
            frame.validate();
            Dimension room = ((JViewport) chart.getChartPanel().getParent()).getExtentSize();
            if (room.width > 0 && room.height > 0) {
                chart.setProportion(Math.ceil(100.0 * room.width / room.height) / 100);
            }
            frame.validate();
            frame.setVisible(true);
            c.registerFrame(frame);
            frames.add(frame);
        }
    }

    /** How many charts there are (one window each). */
    static int count() {
        return SPECS.size();
    }

    /**
     * Empties the charts for a run of {@code years} fiscal years from {@code firstFiscalYear}, whose
     * span becomes the x axis.
     */
    void clear(int firstFiscalYear, int years) {
        latest = null;
        lastTick = 0;
        this.firstFiscalYear = firstFiscalYear;
        series.forEach(lines -> lines.forEach(XYSeries::clear));
        for (TimeSeriesChartGenerator chart : charts) {
            chart.setXAxisRange(firstFiscalYear, firstFiscalYear + years);
            chart.updateChartLater(0);
        }
    }

    /** Where month {@code tick} (0: April of the first fiscal year) lies on the x axis, in fiscal years. */
    double fiscalYear(long tick) {
        return firstFiscalYear + tick / 12.0;
    }

    TimeSeriesChartGenerator chart(int k) {
        return charts.get(k);
    }

    XYSeries series(int chart, int line) {
        return series.get(chart).get(line);
    }

    /** Adds the latest month's values, after {@code ticksDone} months: the month {@code ticksDone - 1}. */
    void update(long ticksDone) {
        double[] row = latest;
        if (row == null || ticksDone <= lastTick) {
            return;
        }
        lastTick = ticksDone;
        double x = fiscalYear(ticksDone - 1);
        for (int c = 0; c < charts.size(); c++) {
            List<Indicator> indicators = SPECS.get(c).indicators();
            for (int k = 0; k < indicators.size(); k++) {
                double v = row[indicators.get(k).ordinal()];
                series.get(c).get(k).add(x, Double.isNaN(v) ? 0 : v, false);
            }
            charts.get(c).updateChartLater(ticksDone);
        }
    }

    void dispose() {
        frames.forEach(JFrame::dispose);
    }
}
