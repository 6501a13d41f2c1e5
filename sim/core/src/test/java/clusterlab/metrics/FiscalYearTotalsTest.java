package clusterlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Monthly rows folded into a fiscal-year row: flows summed, stocks at their last value. */
class FiscalYearTotalsTest {
    private static double[] month(double scale) {
        double[] m = new double[Indicator.COUNT];
        for (Indicator i : Indicator.values()) {
            m[i.ordinal()] = scale * (i.ordinal() + 1);
        }
        return m;
    }

    @Test
    void flowsAreSummedAndStocksKeepTheLastValue() {
        FiscalYearTotals y = new FiscalYearTotals();
        // Twelve months with scales 1..12: a flow totals (1 + ... + 12) = 78 times its base value,
        // a stock keeps month 12's value, 12 times its base.
        for (int k = 1; k <= 12; k++) {
            y.add(month(k));
        }
        double[] row = y.close();
        assertEquals(Indicator.COUNT, row.length);
        for (Indicator i : Indicator.values()) {
            double base = i.ordinal() + 1;
            double expected = i.kind == Indicator.Kind.FLOW ? 78 * base : 12 * base;
            assertEquals(expected, row[i.ordinal()], 1e-9, i.name());
        }
        // Spot checks of the classification the folding relies on.
        assertEquals(78.0 * (Indicator.SALES_OKU.ordinal() + 1), row[Indicator.SALES_OKU.ordinal()], 1e-9);
        assertEquals(12.0 * (Indicator.FIRMS.ordinal() + 1), row[Indicator.FIRMS.ordinal()], 1e-9);
    }

    @Test
    void aStockThatFallsToZeroInTheLastMonthIsZero() {
        FiscalYearTotals y = new FiscalYearTotals();
        y.add(month(5));
        y.add(new double[Indicator.COUNT]);
        double[] row = y.close();
        assertEquals(0.0, row[Indicator.JOINT_PROJECTS_ACTIVE.ordinal()]);
        assertEquals(5.0 * (Indicator.MATCHES.ordinal() + 1), row[Indicator.MATCHES.ordinal()]);
    }

    @Test
    void closeStartsTheNextYearFromZero() {
        FiscalYearTotals y = new FiscalYearTotals();
        y.add(month(100));
        y.add(month(100));
        y.close();
        y.add(month(1));
        double[] row = y.close();
        // Only the one month of the new year counts, for flows and stocks alike.
        for (Indicator i : Indicator.values()) {
            assertEquals(i.ordinal() + 1, row[i.ordinal()], 1e-12, i.name());
        }
        // Closing an empty year gives zeros.
        double[] empty = y.close();
        for (double v : empty) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void closedRowIsACopy() {
        FiscalYearTotals y = new FiscalYearTotals();
        y.add(month(2));
        double[] row = y.close();
        y.add(month(3));
        assertEquals(2.0, row[0], "a later add must not change a closed row");
    }
}
