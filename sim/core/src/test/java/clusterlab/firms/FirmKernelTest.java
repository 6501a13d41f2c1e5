package clusterlab.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Binder;
import clusterlab.scenario.FinanceParams;
import clusterlab.scenario.FirmParams;
import clusterlab.scenario.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * One month of firm dynamics on tiny hand-built tables. Unless a test says otherwise, the
 * parameters remove all randomness (no sales volatility, no outside exit hazard, no market
 * shock) and freeze employment, so every quantity can be computed by hand:
 * productivity 0.2 oku/employee/year at capability 0.5 = 1/60 oku per employee-month,
 * wage 0.05 oku/year = 1/240 per month, materials 0.62 + R&D 0.03 = 0.65 of sales.
 */
class FirmKernelTest {
    private static final double[] NO_SHOCK = {0, 0, 0};
    private static final long SEED = 7;

    static <T extends Record> T bind(Class<T> type, String yaml) {
        return new Binder(p -> null).bindRecord(type, SourceTree.parse(yaml, "test").root(), "");
    }

    /** No randomness at all: no firm or market volatility (hence no Ito correction), no hazard, no start-up growth. */
    private static final String CALM_YAML = "sales_volatility_per_year: 0, market_volatility_per_year: 0, lumpy_shocks_per_year: 0, "
            + "exit_hazard_per_year: 0, startup_growth_per_year: 0";
    private static final FirmParams CALM = bind(FirmParams.class,
            "{" + CALM_YAML + ", employment_adjustment_per_month: 0}");
    /** A round burn of 0.02 oku/month keeps the hand-computed start-up examples simple. */
    private static final FinanceParams FIN = bind(FinanceParams.class, "{startup_burn_oku_per_month: 0.02}");

    /** A start-up with capability 0.5, 3 employees and sales 0.005 oku/month: profit before burn is 0.00175 - 0.0125. */
    private static int startup(FirmTable t, int id, int region, byte flags, double cash) {
        int r = t.add(id, region, 0, flags);
        t.capability[r] = 0.5;
        t.employees[r] = 3;
        t.sales[r] = 0.005;
        t.cash[r] = cash;
        return r;
    }

    private static double[][] step(FirmTable t, FirmParams fp, FinanceParams fin, int regions, int threads) {
        ChunkSums sums = new ChunkSums(regions, FirmKernel.QUANTITIES);
        try (ChunkRunner runner = new ChunkRunner(threads)) {
            new FirmKernel(fp, fin).step(t, NO_SHOCK, SEED, 0, runner, sums);
        }
        return sums.merge();
    }

    /** An established firm at capability 0.5 (no capability growth premium). */
    private static int firm(FirmTable t, int id, int region, double employees, double sales, double cash) {
        int r = t.add(id, region, 0, (byte) 0);
        t.capability[r] = 0.5;
        t.employees[r] = employees;
        t.sales[r] = sales;
        t.cash[r] = cash;
        t.ageMonths[r] = 100;
        return r;
    }

    @Test
    void defaultsBoundFromAnEmptyMappingAreTheDocumentedOnes() {
        // The tests below rely on these values for their hand computations.
        FirmParams d = bind(FirmParams.class, "{}");
        assertEquals(0.2, d.productivityOkuPerEmployeeYear());
        assertEquals(0.05, d.wageOkuPerEmployeeYear());
        assertEquals(0.62, d.materialShare());
        assertEquals(0.03, d.rdIntensity());
        assertEquals(24, d.exitAfterLossMonths());
        assertEquals(3.0, d.insolvencyMonthsOfSales());
        assertEquals(0.02, FIN.startupBurnOkuPerMonth());
        assertEquals(0.02, FIN.loanInterestPerYear());
        assertEquals(60, FIN.startupPhaseMonths());
    }

    @Test
    void profitableFirmConservesCash() {
        FirmTable t = new FirmTable(4);
        // 60 employees, sales 1 oku/month; debt 1.2 repaid at 0.05 per month.
        int r = firm(t, 1, 0, 60, 1.0, 2.0);
        t.debt[r] = 1.2;
        t.repayment[r] = 0.05;
        double[][] sums = step(t, CALM, FIN, 1, 1);
        // profit = 1 - 0.65 * 1 - 60 / 240 - 1.2 * 0.02 / 12 = 1 - 0.65 - 0.25 - 0.002 = 0.098
        double profit = sums[0][FirmKernel.PROFIT];
        assertEquals(0.098, profit, 1e-12);
        assertEquals(1.0, sums[0][FirmKernel.SALES], 1e-15, "no drift, no shock: sales unchanged");
        // Conservation: the cash change is profit less principal; debt falls by the principal.
        assertEquals(2.0 + profit - 0.05, t.cash[r], 1e-12);
        assertEquals(2.048, t.cash[r], 1e-12);
        assertEquals(1.15, t.debt[r], 1e-12);
        assertEquals(0.05, t.repayment[r], "repayment schedule unchanged while debt remains");
        assertEquals(0, t.lossMonths[r]);
        assertEquals(101, t.ageMonths[r]);
        assertTrue(t.alive(r));
        assertEquals(0.0, sums[0][FirmKernel.EXITS]);
    }

    @Test
    void lastPrincipalPaymentIsCappedAtTheDebtAndClearsTheLoan() {
        FirmTable t = new FirmTable(4);
        int r = firm(t, 1, 0, 60, 1.0, 2.0);
        t.debt[r] = 0.03;
        t.repayment[r] = 0.05;  // more than is owed
        double[][] sums = step(t, CALM, FIN, 1, 1);
        double profit = sums[0][FirmKernel.PROFIT];
        // Interest on 0.03 is 0.00005; principal paid is the 0.03 owed, not the 0.05 instalment.
        assertEquals(0.1 - 0.03 * 0.02 / 12, profit, 1e-12);
        assertEquals(2.0 + profit - 0.03, t.cash[r], 1e-12);
        assertEquals(0.0, t.debt[r]);
        assertEquals(0.0, t.repayment[r]);
    }

    @Test
    void conservationHoldsForEveryFirmWithRandomShocks() {
        // With volatility and the outside hazard on, each firm still satisfies
        // cash' = cash + profit - principal, where profit is recomputed from its new sales.
        FirmParams fp = bind(FirmParams.class, "{employment_adjustment_per_month: 0}");
        FirmTable t = new FirmTable(64);
        for (int id = 0; id < 50; id++) {
            int r = firm(t, id, id % 2, 10 + id, 0.2 + 0.01 * id, 1.0);
            t.debt[r] = 0.5;
            t.repayment[r] = 0.01;
        }
        double[] cash0 = t.cash.clone();
        double[] emp = t.employees.clone();
        double[][] sums = step(t, fp, FIN, 2, 1);
        double profitTotal = 0;
        for (int r = 0; r < t.size(); r++) {
            double profit = t.sales[r] * (1 - 0.65) - emp[r] / 240.0 - 0.5 * 0.02 / 12;
            assertEquals(cash0[r] + profit - 0.01, t.cash[r], 1e-12, "firm " + t.id[r]);
            assertEquals(0.49, t.debt[r], 1e-12);
            profitTotal += profit;
        }
        assertEquals(profitTotal, sums[0][FirmKernel.PROFIT] + sums[1][FirmKernel.PROFIT], 1e-12);
    }

    @Test
    void startupRunningOutOfCashIsKilledAndCountedAsFailure() {
        FirmTable t = new FirmTable(4);
        // Start-up: 3 employees, sales 0.005, cash 0.01. Profit = 0.005 * 0.35 - 3/240 - 0.02 burn
        // = 0.00175 - 0.0125 - 0.02 = -0.03075, so cash ends at -0.02075 < 0.
        int dying = t.add(1, 0, 0, FirmTable.STARTUP);
        t.capability[dying] = 0.5;
        t.employees[dying] = 3;
        t.sales[dying] = 0.005;
        t.cash[dying] = 0.01;
        // The same start-up with more cash survives: 0.1 - 0.03075 > 0.
        int surviving = t.add(2, 1, 0, FirmTable.STARTUP);
        t.capability[surviving] = 0.5;
        t.employees[surviving] = 3;
        t.sales[surviving] = 0.005;
        t.cash[surviving] = 0.1;
        double[][] sums = step(t, CALM, FIN, 2, 1);
        assertEquals(0.01 - 0.03075, t.cash[dying], 1e-12);
        assertFalse(t.alive(dying));
        assertEquals(1.0, sums[0][FirmKernel.EXITS]);
        assertEquals(1.0, sums[0][FirmKernel.STARTUP_FAILURES]);
        assertTrue(t.alive(surviving));
        assertEquals(0.1 - 0.03075, t.cash[surviving], 1e-12);
        assertEquals(0.0, sums[1][FirmKernel.EXITS]);
        assertEquals(0.0, sums[1][FirmKernel.STARTUP_FAILURES]);
    }

    @Test
    void incubatorPlaceCutsBurnBy40Percent() {
        FirmTable t = new FirmTable(4);
        int r = startup(t, 1, 0, (byte) (FirmTable.STARTUP | FirmTable.INCUBATED), 0.1);
        double[][] sums = step(t, CALM, FIN, 1, 1);
        // Burn 0.02 * (1 - 0.4) = 0.012 instead of 0.02.
        assertEquals(0.00175 - 0.0125 - 0.012, sums[0][FirmKernel.PROFIT], 1e-12);
        assertEquals(1, t.incubatedMonths[r]);
        assertTrue(t.has(r, FirmTable.INCUBATED));
        assertEquals(0.0, sums[0][FirmKernel.INCUBATOR_RELEASES]);
    }

    @Test
    void incubatedStartupThatDiesReleasesItsPlaceOnce() {
        FirmTable t = new FirmTable(4);
        int r = startup(t, 1, 0, (byte) (FirmTable.STARTUP | FirmTable.INCUBATED), 0.0);
        // Its last incubator month and its death coincide: one place is released, not two.
        t.incubatedMonths[r] = FIN.incubatorMonths() - 1;
        double[][] sums = step(t, CALM, FIN, 1, 1);
        assertFalse(t.alive(r));
        assertEquals(1.0, sums[0][FirmKernel.INCUBATOR_RELEASES]);
        assertEquals(1.0, sums[0][FirmKernel.STARTUP_FAILURES]);
    }

    @Test
    void startupGraduatesAtTheEndOfItsStartupPhase() {
        FirmTable t = new FirmTable(4);
        int r = t.add(1, 0, 0, FirmTable.STARTUP);
        t.capability[r] = 0.5;
        t.employees[r] = 3;
        t.sales[r] = 0.5;  // profitable
        t.cash[r] = 1.0;
        t.ageMonths[r] = FIN.startupPhaseMonths() - 1;
        step(t, CALM, FIN, 1, 1);
        assertTrue(t.alive(r));
        assertFalse(t.has(r, FirmTable.STARTUP), "age 60 months: an ordinary firm now");
    }

    @Test
    void persistentLossesCloseAFirmExactlyAtTheThreshold() {
        FirmTable t = new FirmTable(4);
        // 60 employees but sales 0.5: profit = 0.5 * 0.35 - 0.25 = -0.075 per month.
        // Cash 10 keeps both well clear of insolvency (-3 months of sales = -1.5).
        int atThreshold = firm(t, 1, 0, 60, 0.5, 10);
        t.lossMonths[atThreshold] = CALM.exitAfterLossMonths() - 1;  // 23: this month makes 24
        int oneShort = firm(t, 2, 1, 60, 0.5, 10);
        t.lossMonths[oneShort] = CALM.exitAfterLossMonths() - 2;     // 22: this month makes 23
        double[][] sums = step(t, CALM, FIN, 2, 1);
        assertEquals(-0.075, sums[0][FirmKernel.PROFIT], 1e-12);
        assertFalse(t.alive(atThreshold));
        assertEquals(24, t.lossMonths[atThreshold]);
        assertEquals(1.0, sums[0][FirmKernel.EXITS]);
        assertEquals(0.0, sums[0][FirmKernel.STARTUP_FAILURES], "an established firm is no start-up failure");
        assertTrue(t.alive(oneShort));
        assertEquals(23, t.lossMonths[oneShort]);
        assertEquals(0.0, sums[1][FirmKernel.EXITS]);
    }

    @Test
    void aProfitableMonthResetsTheLossCount() {
        FirmTable t = new FirmTable(4);
        int r = firm(t, 1, 0, 60, 1.0, 1.0);
        t.lossMonths[r] = CALM.exitAfterLossMonths() - 1;
        step(t, CALM, FIN, 1, 1);
        assertTrue(t.alive(r));
        assertEquals(0, t.lossMonths[r]);
    }

    @Test
    void insolventFirmCloses() {
        FirmTable t = new FirmTable(4);
        // Profit +0.1 but cash -3.2 -> -3.1 < -3 months x 1.0 sales: insolvent despite the profit.
        int broke = firm(t, 1, 0, 60, 1.0, -3.2);
        // Cash -2.95 -> -2.85 > -3: still solvent.
        int strained = firm(t, 2, 0, 60, 1.0, -2.95);
        double[][] sums = step(t, CALM, FIN, 1, 1);
        assertFalse(t.alive(broke));
        assertTrue(t.alive(strained));
        assertEquals(1.0, sums[0][FirmKernel.EXITS]);
    }

    @Test
    void deadRowsAreSkipped() {
        FirmTable t = new FirmTable(4);
        int r = firm(t, 1, 0, 60, 1.0, 1.0);
        t.kill(r);
        double[][] sums = step(t, CALM, FIN, 1, 1);
        assertEquals(1.0, t.cash[r], "a dead firm's row is not stepped");
        assertEquals(100, t.ageMonths[r]);
        assertEquals(0.0, sums[0][FirmKernel.SALES]);
        assertEquals(0.0, sums[0][FirmKernel.EXITS], "not counted as an exit a second time");
    }

    @Test
    void employmentMovesTowardsWhatSalesNeed() {
        FirmParams fp = bind(FirmParams.class, "{" + CALM_YAML + ", employment_adjustment_per_month: 0.5}");
        FirmTable t = new FirmTable(4);
        // Sales 1 need 60 employees; with 20 the firm closes half the gap: 20 + 0.5 * 40 = 40.
        int r = firm(t, 1, 0, 20, 1.0, 1.0);
        step(t, fp, FIN, 1, 1);
        assertEquals(40.0, t.employees[r], 1e-9);
    }

    @Test
    void capabilityPremiumRaisesSalesGrowth() {
        FirmTable t = new FirmTable(4);
        int weak = firm(t, 1, 0, 60, 1.0, 1.0);
        t.capability[weak] = 0.0;
        int strong = firm(t, 2, 0, 60, 1.0, 1.0);
        t.capability[strong] = 1.0;
        step(t, CALM, FIN, 1, 1);
        // Growth (0.15 x (cap - 0.5)) / 12 per month: exp(+-0.00625).
        assertEquals(Math.exp(-0.00625), t.sales[weak], 1e-15);
        assertEquals(Math.exp(0.00625), t.sales[strong], 1e-15);
    }

    @Test
    void sameSeedSameResultWithOneAndTwoThreads() {
        // Randomness on (volatility, hazard); more than two chunks so two threads really split work.
        FirmParams fp = bind(FirmParams.class, "{exit_hazard_per_year: 0.5}");
        int n = 3 * ChunkRunner.CHUNK_ROWS + 500;
        FirmTable a = population(n);
        FirmTable b = population(n);
        double[][] sa = null;
        double[][] sb = null;
        for (int month = 0; month < 3; month++) {
            sa = stepWith(a, fp, 1, month);
            sb = stepWith(b, fp, 2, month);
        }
        assertEquals(a.size(), b.size());
        int dead = 0;
        for (int r = 0; r < a.size(); r++) {
            assertEquals(a.flags[r], b.flags[r], "row " + r);
            assertEquals(Double.doubleToRawLongBits(a.sales[r]), Double.doubleToRawLongBits(b.sales[r]));
            assertEquals(Double.doubleToRawLongBits(a.cash[r]), Double.doubleToRawLongBits(b.cash[r]));
            assertEquals(Double.doubleToRawLongBits(a.employees[r]), Double.doubleToRawLongBits(b.employees[r]));
            assertEquals(a.lossMonths[r], b.lossMonths[r]);
            if (!a.alive(r)) {
                dead++;
            }
        }
        for (int g = 0; g < 4; g++) {
            for (int q = 0; q < FirmKernel.QUANTITIES; q++) {
                assertEquals(Double.doubleToRawLongBits(sa[g][q]), Double.doubleToRawLongBits(sb[g][q]));
            }
        }
        // The hazard of 0.5/year kills about 1 - (1 - 0.5/12)^3 = 12 % over three months: the
        // comparison above covered real exits, not only an unchanged table.
        assertTrue(dead > n / 20, "dead " + dead);
    }

    @Test
    void differentSeedsGiveDifferentSales() {
        FirmTable a = population(100);
        FirmTable b = population(100);
        FirmParams fp = bind(FirmParams.class, "{}");
        ChunkSums sums = new ChunkSums(4, FirmKernel.QUANTITIES);
        try (ChunkRunner runner = new ChunkRunner(1)) {
            new FirmKernel(fp, FIN).step(a, NO_SHOCK, 1, 0, runner, sums);
            new FirmKernel(fp, FIN).step(b, NO_SHOCK, 2, 0, runner, sums);
        }
        int differ = 0;
        for (int r = 0; r < 100; r++) {
            if (a.sales[r] != b.sales[r]) {
                differ++;
            }
        }
        assertEquals(100, differ);
    }

    private static double[][] stepWith(FirmTable t, FirmParams fp, int threads, int tick) {
        ChunkSums sums = new ChunkSums(4, FirmKernel.QUANTITIES);
        try (ChunkRunner runner = new ChunkRunner(threads)) {
            new FirmKernel(fp, FIN).step(t, new double[] {0.01, -0.02, 0}, SEED, tick, runner, sums);
        }
        return sums.merge();
    }

    private static FirmTable population(int n) {
        FirmTable t = new FirmTable(n);
        for (int id = 0; id < n; id++) {
            int r = t.add(id, id % 4, id % 3, (id % 10 == 0) ? FirmTable.STARTUP : (byte) 0);
            t.capability[r] = (id % 17) / 16.0;
            t.employees[r] = 1 + id % 50;
            t.sales[r] = t.employees[r] / 60.0 * (0.8 + 0.4 * ((id % 7) / 6.0));
            t.cash[r] = 0.5 * t.sales[r] + (id % 10 == 0 ? 0.3 : 0);
            t.debt[r] = (id % 5) * 0.1;
            t.repayment[r] = t.debt[r] / 60;
        }
        return t;
    }
}
