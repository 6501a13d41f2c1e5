package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clusterlab.metrics.Indicator;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

/** The live charts' x axis is in fiscal years: month t (0: April of the first fiscal year) at first + t / 12. */
class LiveChartsTest {
    @Test
    void theXAxisSpansTheScenariosFiscalYearsBeforeAndWhileRunning() {
        LiveCharts charts = new LiveCharts();
        charts.build();
        charts.clear(2002, 3);
        for (int k = 0; k < LiveCharts.count(); k++) {
            ValueAxis x = charts.chart(k).getChart().getXYPlot().getDomainAxis();
            assertEquals("fiscal year", x.getLabel());
            // Before the first month: an empty chart whose axis already shows the horizon, FY2002 to the end of FY2004.
            assertEquals(2002, x.getLowerBound(), 1e-9);
            assertEquals(2005, x.getUpperBound(), 1e-9);
            assertEquals("2003", ((NumberAxis) x).getNumberFormatOverride().format(2003), "years without a thousands separator");
        }
        double[] row = new double[Indicator.values().length];
        row[Indicator.PATENT_APPLICATIONS.ordinal()] = 7;
        for (int tick = 0; tick < 14; tick++) {
            charts.sink().monthly(tick, row, new double[0][]);
            charts.update(tick + 1);
        }
        assertEquals(14, charts.series(0, 0).getItemCount());
        assertEquals(2002.0, charts.series(0, 0).getX(0).doubleValue(), 1e-9, "April FY2002");
        assertEquals(2002 + 11 / 12.0, charts.series(0, 0).getX(11).doubleValue(), 1e-9, "March: still FY2002");
        assertEquals(2003.0, charts.series(0, 0).getX(12).doubleValue(), 1e-9, "April FY2003");
        assertEquals(7, charts.series(0, 0).getY(12).doubleValue(), 1e-9);
        // A new start empties the charts and takes the (possibly edited) horizon.
        charts.clear(2000, 30);
        assertEquals(0, charts.series(0, 0).getItemCount());
        assertEquals(2030, charts.chart(0).getChart().getXYPlot().getDomainAxis().getUpperBound(), 1e-9);
    }
}
