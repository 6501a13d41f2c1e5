package clusterlab.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Binder;
import clusterlab.scenario.FinanceParams;
import clusterlab.scenario.FirmParams;
import clusterlab.scenario.SourceTree;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

/**
 * The distribution of one month's growth over many identical firms: volatility falls with size
 * as a power law, lumpy events give fat tails, and the Itô correction keeps expected sales on the
 * drift. Statistics use Commons Math; tolerances are several standard errors.
 */
class FirmGrowthTest {
    private static final int FIRMS = 40_000;
    /** No exits, no employment change, capability 0.5 (no premium): only the growth shocks act. */
    private static final String QUIET = "exit_hazard_per_year: 0, employment_adjustment_per_month: 0, "
            + "market_volatility_per_year: 0, insolvency_months_of_sales: 600, ";

    private static FirmParams params(String yaml) {
        return new Binder(p -> null).bindRecord(FirmParams.class, SourceTree.parse("{" + QUIET + yaml + "}", "t").root(), "");
    }

    /** Log growth of each of FIRMS firms of the given size over one month. */
    private static DescriptiveStatistics growth(FirmParams fp, double employees) {
        FinanceParams fin = new Binder(p -> null).bindRecord(FinanceParams.class, SourceTree.parse("{}", "t").root(), "");
        FirmTable t = new FirmTable(FIRMS);
        for (int i = 0; i < FIRMS; i++) {
            int r = t.add(i, 0, 0, (byte) 0);
            t.employees[r] = employees;
            t.capability[r] = 0.5;
            t.sales[r] = 1.0;
            t.cash[r] = 100;
        }
        try (ChunkRunner runner = new ChunkRunner(2)) {
            new FirmKernel(fp, fin).step(t, new double[] {0}, 99, 0, runner, new ChunkSums(1, FirmKernel.QUANTITIES));
        }
        DescriptiveStatistics g = new DescriptiveStatistics();
        for (int r = 0; r < FIRMS; r++) {
            g.addValue(Math.log(t.sales[r]));
        }
        return g;
    }

    @Test
    void volatilityFallsWithSizeAsAPowerLaw() {
        FirmParams fp = params("lumpy_shocks_per_year: 0, volatility_size_elasticity: 0.2");
        double small = growth(fp, 10).getStandardDeviation();
        double large = growth(fp, 1000).getStandardDeviation();
        assertEquals(0.15 / Math.sqrt(12), small, 0.02 * small, "the reference size has the stated volatility");
        assertEquals(Math.pow(100, -0.2), large / small, 0.03, "100 times larger: volatility x 100^-0.2");
    }

    @Test
    void lumpyEventsGiveFatTails() {
        double smooth = growth(params("lumpy_shocks_per_year: 0"), 10).getKurtosis();
        double lumpy = growth(params("lumpy_shocks_per_year: 1.2, lumpy_shock_size: 0.3"), 10).getKurtosis();
        assertEquals(0, smooth, 0.2, "Gaussian without lumpy events");
        assertTrue(lumpy > 5, "fat tails with them: excess kurtosis " + lumpy);
    }

    @Test
    void expectedSalesGrowAtTheDriftWhateverTheShocks() {
        FirmParams fp = params("sales_drift_per_year: 0.12, lumpy_shocks_per_year: 1.2, lumpy_shock_size: 0.3, "
                + "sales_volatility_per_year: 0.3");
        DescriptiveStatistics g = growth(fp, 3);
        DescriptiveStatistics level = new DescriptiveStatistics();
        for (double v : g.getValues()) {
            level.addValue(Math.exp(v));
        }
        double se = level.getStandardDeviation() / Math.sqrt(FIRMS);
        assertEquals(Math.exp(0.01), level.getMean(), 4 * se, "mean sales after a month: exp(0.12 / 12)");
    }
}
