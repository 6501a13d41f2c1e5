package clusterlab.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.agents.VentureFund;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import clusterlab.model.ClusterModel;
import clusterlab.model.Runs;
import clusterlab.policy.Instrument;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.world.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money is conserved: every fiscal year, the books (flows recorded where money moves) must
 * explain the change of every stock counted independently from the world — firms' cash, firms'
 * debt, venture funds' capital — and every yen a programme was granted must be spent through an
 * instrument or lapse. The indicators must agree with the books.
 */
class BooksBalanceTest {
    private static final double TOLERANCE = 1e-9;

    /** Stocks summed from the world. */
    record Stocks(double cash, double debt, double fundCapital) {
        static Stocks of(World w) {
            FirmTable t = w.firms;
            double cash = 0;
            double debt = 0;
            for (int r = 0; r < t.size(); r++) {
                if (t.alive(r)) {
                    cash += t.cash[r];
                    debt += t.debt[r];
                }
            }
            double capital = 0;
            for (VentureFund f : w.funds) {
                capital += f.capitalOku();
            }
            return new Stocks(cash, debt, capital);
        }
    }

    record Year(int fiscalYear, double[] flows, double[] national, Stocks start, Stocks end) {
        double f(Flow flow) {
            return flows[flow.ordinal()];
        }

        double i(Indicator indicator) {
            return national[indicator.ordinal()];
        }
    }

    @Test
    void booksBalanceEveryFiscalYear() {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/nine-regions.yaml"), List.of(
                Assignment.set("years=6"), Assignment.set("seed=3"), Assignment.set("finance.national_vc_funds=25"),
                Assignment.set("regions.0.vc_funds=20"),
                Assignment.set("programmes=[{name: kc, start_fiscal_year: 2001, years: 4, regions: [sapporo, kyoto, "
                        + "fukuoka], budget_oku_per_year: 3, matching_ratio: 0.5, grant_share: 0.55, coordinator_share: 0.2, linkage_share: 0.05, "
                        + "incubator_share: 0.05, vc_seed_share: 0.05, networking_share: 0.05}]"))).scenario();
        List<Year> years = run(s, 0.08);
        assertEquals(6, years.size());
        double[] totals = new double[Flow.COUNT];
        for (Year y : years) {
            String fy = "FY" + y.fiscalYear() + ": ";
            double nationalInstruments = 0;
            double localInstruments = 0;
            for (Instrument i : Instrument.values()) {
                nationalInstruments += y.f(i.nationalFlow);
                localInstruments += y.f(i.localFlow);
            }
            balance(fy + "national programme money", y.f(Flow.NATIONAL_ALLOCATION),
                    y.f(Flow.NATIONAL_RESEARCH_GRANTS) + nationalInstruments
                            + y.f(Flow.NATIONAL_VC_SEED) + y.f(Flow.NATIONAL_LAPSED));
            balance(fy + "local programme money", y.f(Flow.LOCAL_ALLOCATION),
                    y.f(Flow.LOCAL_RESEARCH_GRANTS) + localInstruments
                            + y.f(Flow.LOCAL_VC_SEED) + y.f(Flow.LOCAL_LAPSED));
            balance(fy + "firms' cash", y.end().cash() - y.start().cash(),
                    y.f(Flow.OPERATING_RESULT) + y.f(Flow.START_UP_CAPITAL) + y.f(Flow.ENTRY_CAPITAL)
                            + y.f(Flow.VC_INVESTMENT) + y.f(Flow.LOANS) - y.f(Flow.LOAN_REPAYMENTS)
                            - y.f(Flow.PROJECT_COFUNDING) - y.f(Flow.PAYOUTS) - y.f(Flow.CASH_OF_EXITED_FIRMS));
            balance(fy + "firms' debt", y.end().debt() - y.start().debt(),
                    y.f(Flow.LOANS) - y.f(Flow.LOAN_REPAYMENTS) - y.f(Flow.LOAN_WRITE_OFFS));
            balance(fy + "venture funds' capital", y.end().fundCapital() - y.start().fundCapital(),
                    y.f(Flow.FUNDRAISING) + y.f(Flow.NATIONAL_VC_SEED) + y.f(Flow.LOCAL_VC_SEED)
                            + y.f(Flow.EXIT_PROCEEDS) - y.f(Flow.VC_INVESTMENT));
            balance(fy + "national spending indicator", y.i(Indicator.SPENDING_NATIONAL_OKU),
                    y.f(Flow.NATIONAL_ALLOCATION) - y.f(Flow.NATIONAL_LAPSED));
            balance(fy + "local spending indicator", y.i(Indicator.SPENDING_LOCAL_OKU),
                    y.f(Flow.LOCAL_ALLOCATION) - y.f(Flow.LOCAL_LAPSED));
            balance(fy + "private spending indicator", y.i(Indicator.SPENDING_PRIVATE_OKU), y.f(Flow.PROJECT_COFUNDING));
            balance(fy + "VC indicator", y.i(Indicator.VC_INVESTED_OKU), y.f(Flow.VC_INVESTMENT));
            balance(fy + "loans indicator", y.i(Indicator.LOANS_OKU), y.f(Flow.LOANS));
            balance(fy + "profit indicator", y.i(Indicator.PROFIT_OKU), y.f(Flow.OPERATING_RESULT));
            for (int k = 0; k < totals.length; k++) {
                totals[k] += y.flows()[k];
            }
        }
        // The identities above were exercised, not satisfied by zeros.
        for (Flow f : new Flow[] {Flow.NATIONAL_RESEARCH_GRANTS, Flow.LOCAL_COORDINATOR_POSTS, Flow.NATIONAL_LAPSED,
                Flow.NATIONAL_INCUBATOR_PLACES, Flow.LOCAL_NETWORKING_EVENTS, Flow.NATIONAL_VC_SEED, Flow.LOCAL_LINKAGE,
                Flow.PROJECT_COFUNDING, Flow.START_UP_CAPITAL, Flow.ENTRY_CAPITAL, Flow.VC_INVESTMENT, Flow.LOANS,
                Flow.LOAN_REPAYMENTS, Flow.CASH_OF_EXITED_FIRMS, Flow.PAYOUTS, Flow.FUNDRAISING}) {
            assertTrue(totals[f.ordinal()] > 0, f + " never moved");
        }
    }

    private static void balance(String what, double expected, double actual) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1.0, Math.abs(expected)), what + " does not balance");
    }

    /** Runs the model and keeps each fiscal year's flows with the stocks at its start and end. */
    private static List<Year> run(Scenario s, double scale) {
        List<Year> years = new ArrayList<>();
        ClusterModel[] model = new ClusterModel[1];
        Stocks[] start = new Stocks[1];
        double[][] national = new double[1][];
        IndicatorSink sink = new IndicatorSink() {

            @Override
            public void fiscalYear(int fy, double[] nation, double[][] regions, double hhi, int[] funded,
                                   double[][] programmes) {
                national[0] = nation;
            }

            @Override
            public void money(int fy, double[] flows) {
                Stocks end = Stocks.of(model[0].world());
                years.add(new Year(fy, flows, national[0], start[0], end));
                start[0] = end;
            }

        };
        Runs.run(s, s.seed(), scale, sink, m -> {
            model[0] = m;
            start[0] = Stocks.of(m.world());
        });
        return years;
    }
}
