package clusterlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.util.ShapeUtilities;

/**
 * Time-series charts over fiscal years, and bar charts of estimates, for briefings: white background, large type for a slide,
 * and series told apart by dash pattern and marker shape as well as by grey level, so they read in
 * black and white. Bands (95% intervals) are light grey behind their line.
 */
public final class Charts {
    /** Slide size, 16:9. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final Color[] GREYS = {Color.BLACK, new Color(0x55, 0x55, 0x55), new Color(0x88, 0x88, 0x88)};
    private static final float[][] DASHES = {null, {12f, 6f}, {3f, 5f}, {14f, 5f, 3f, 5f}, {24f, 8f}};
    private static final Shape[] SHAPES = {new Rectangle2D.Double(-5, -5, 10, 10), new Ellipse2D.Double(-5, -5, 10, 10),
            ShapeUtilities.createUpTriangle(6f), ShapeUtilities.createDiamond(6f), ShapeUtilities.createDownTriangle(6f),
            ShapeUtilities.createDiagonalCross(5f, 1.5f)};

    private Charts() {
    }

    /**
     * A chart of the series over fiscal years; series with bands are drawn as fan charts (line
     * with its band). {@code zeroLine} draws y = 0, for differences.
     */
    public static JFreeChart of(String title, String yLabel, List<Series> series, boolean zeroLine) {
        YIntervalSeriesCollection banded = new YIntervalSeriesCollection();
        XYSeriesCollection plain = new XYSeriesCollection();
        for (Series s : series) {
            if (s.hasBand()) {
                YIntervalSeries y = new YIntervalSeries(s.name(), false, true);
                for (int i = 0; i < s.years().length; i++) {
                    y.add(s.years()[i], s.values()[i], bandValue(s.low()[i], s.values()[i]), bandValue(s.high()[i], s.values()[i]));
                }
                banded.addSeries(y);
            } else {
                XYSeries x = new XYSeries(s.name(), false, true);
                for (int i = 0; i < s.years().length; i++) {
                    x.add(s.years()[i], Double.isNaN(s.values()[i]) ? null : s.values()[i]);
                }
                plain.addSeries(x);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Fiscal year", yLabel, null,
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        int style = 0;
        if (banded.getSeriesCount() > 0) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            r.setAlpha(0.25f);
            for (int i = 0; i < banded.getSeriesCount(); i++) {
                styleSeries(r, i, style++);
                r.setSeriesFillPaint(i, new Color(0x99, 0x99, 0x99));
            }
            plot.setDataset(0, banded);
            plot.setRenderer(0, r);
        }
        if (plain.getSeriesCount() > 0) {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            for (int i = 0; i < plain.getSeriesCount(); i++) {
                styleSeries(r, i, style++);
            }
            int index = banded.getSeriesCount() > 0 ? 1 : 0;
            plot.setDataset(index, plain);
            plot.setRenderer(index, r);
        }
        if (zeroLine) {
            ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f));
            plot.addRangeMarker(zero);
        }
        layout(chart, plot);
        return chart;
    }

    /** One bar of {@link #bars}: an estimate of a series in a category, with its 95% interval. */
    public record Bar(String series, String category, double mean, double low, double high) {
    }

    /**
     * Estimates as grouped bars with their 95% intervals as error bars (one group per category, one
     * bar per series, filled from black to light grey so they read in black and white).
     */
    public static JFreeChart bars(String title, String yLabel, List<Bar> bars) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Bar b : bars) {
            // The renderer draws mean ± the "deviation"; the intervals here are symmetric about the estimate.
            double half = Double.isNaN(b.high()) ? 0 : b.high() - b.mean();
            data.add(Double.isNaN(b.mean()) ? null : (Number) b.mean(), (Number) half, b.series(), b.category());
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, yLabel, data, PlotOrientation.VERTICAL,
                data.getRowCount() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(new BasicStroke(2f));
        r.setDrawBarOutline(true);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, new Color[] {Color.BLACK, new Color(0xBB, 0xBB, 0xBB), Color.WHITE}[i % 3]);
            r.setSeriesOutlinePaint(i, Color.BLACK);
        }
        plot.setRenderer(r);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        style(plot.getDomainAxis(), plot.getRangeAxis());
        styleLegend(chart);
        return chart;
    }

    /** A missing interval bound (one replication) collapses the band onto the line. */
    private static double bandValue(double bound, double value) {
        return Double.isNaN(bound) ? value : bound;
    }

    private static void styleSeries(XYLineAndShapeRenderer r, int i, int style) {
        float[] dash = DASHES[style % DASHES.length];
        r.setSeriesStroke(i, dash == null ? new BasicStroke(3f)
                : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        r.setSeriesPaint(i, GREYS[style % GREYS.length]);
        r.setSeriesShape(i, SHAPES[style % SHAPES.length]);
    }

    private static void layout(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(false);
        style(x, y);
        styleLegend(chart);
    }

    private static void style(Axis... axes) {
        for (Axis axis : axes) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
            axis.setTickLabelPaint(Color.BLACK);
            axis.setLabelPaint(Color.BLACK);
        }
    }

    private static void styleLegend(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
