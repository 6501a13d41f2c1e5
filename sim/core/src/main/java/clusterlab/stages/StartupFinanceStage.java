package clusterlab.stages;

import clusterlab.agents.Academic;
import clusterlab.agents.Bank;
import clusterlab.agents.VentureFund.Holding;
import clusterlab.agents.VentureFund;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Indicator;
import clusterlab.money.Flow;
import clusterlab.policy.ProgrammeIndicator;
import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.FinanceParams;
import clusterlab.scenario.Scenario;
import clusterlab.world.FirmFactory;
import clusterlab.world.NamedStage;
import clusterlab.world.PendingStartup;
import clusterlab.world.TickContext;
import clusterlab.world.World;

import java.util.List;

/**
 * Process 5, start-ups and finance. Universities and institutes spin off start-ups from their
 * seeds; the start-ups decided this month are founded (with an incubator place while any is
 * free); start-ups running short of cash apply to one venture fund (regional first, then
 * national), which invests if its noisy view of their quality clears its threshold; those turned
 * down, and established firms with negative cash, may borrow from a regional bank; funds raise
 * new capital and exit holdings past their horizon by IPO, trade sale or write-off.
 */
public final class StartupFinanceStage extends NamedStage {
    /** Keys of academic spin-offs live in their own range, apart from project keys. */
    private static final long SPINOFF_KEYS = 1L << 62;
    /** A start-up looks for money when its cash covers fewer months of burn than this. */
    private static final int RUNWAY_MONTHS = 6;

    public StartupFinanceStage() {
        super("startups-finance",
                "spin-offs and start-ups founded; venture investment and exits; bank loans");
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        spinOffs(t);
        found(t);
        for (Bank b : w.banks) {
            b.newMonth();
        }
        finance(t);
        exits(t);
    }

    private static void spinOffs(TickContext t) {
        World w = t.world;
        FinanceParams fin = t.scenario.finance();
        for (Academic a : w.academics) {
            KeyedStream rng = t.stream(a.actorId(), Purpose.STARTUP);
            for (int f = 0; f < a.seeds.length; f++) {
                double mean = a.seeds[f] * fin.spinoffPerSeedPerYear() / 12.0 * a.spinoffPropensity;
                int n = Math.min(a.seeds[f], rng.poisson(mean));
                for (int k = 0; k < n; k++) {
                    a.seeds[f]--;
                    // Mixed rather than packed, so no count of spin-offs can spill into another field's keys.
                    long key = SPINOFF_KEYS | (Keyed.mix(((long) a.actorId() << 32) ^ ((long) f << 20) ^ k) >>> 2);
                    w.pendingStartups.add(new PendingStartup(a.region, f, true,
                            rng.clippedNormal(0.3 + 0.3 * a.liaison, 0.1), key, -1));
                }
            }
        }
    }

    private static void found(TickContext t) {
        World w = t.world;
        Scenario s = t.scenario;
        for (PendingStartup p : w.pendingStartups) {
            KeyedStream rng = t.stream(p.key(), Purpose.FOUNDING);
            int row = FirmFactory.startup(w, rng, w.regions[p.region()], p.field(), p.spinoff(), p.capability(),
                    s.population(), s.finance(), s.firms());
            w.books.add(Flow.START_UP_CAPITAL, w.firms.cash[row]);
            w.ledger.add(p.region(), Indicator.STARTUPS, 1);
            w.regions[p.region()].countInnovationEvents(1);
            w.ledger.add(p.region(), Indicator.FIRM_ENTRIES, 1);
            w.ledger.add(p.region(), Indicator.NEW_BUSINESSES, 1);
            if (p.spinoff()) {
                w.ledger.add(p.region(), Indicator.SPINOFFS, 1);
            }
            if (p.programme() >= 0) {
                w.programmes.get(p.programme()).tally.count(ProgrammeIndicator.NEW_BUSINESSES, 1);
            }
        }
        w.pendingStartups.clear();
    }

    /** Start-ups short of runway try venture capital then a loan; insolvent firms try a loan. */
    private static void finance(TickContext t) {
        World w = t.world;
        FinanceParams fin = t.scenario.finance();
        FirmTable firms = w.firms;
        for (int row = 0; row < firms.size(); row++) {
            if (!firms.alive(row)) {
                continue;
            }
            boolean startup = firms.has(row, FirmTable.STARTUP);
            boolean needsMoney = startup
                    ? firms.cash[row] < RUNWAY_MONTHS * fin.startupBurnOkuPerMonth() && !firms.has(row, FirmTable.VC_BACKED)
                    : firms.cash[row] < 0;
            if (!needsMoney) {
                continue;
            }
            KeyedStream rng = t.stream(firms.id[row], Purpose.VENTURE_CAPITAL);
            if (startup && invest(t, row, rng, fin)) {
                continue;
            }
            borrow(w, row, w.banksByRegion[firms.region[row]], fin);
        }
    }

    private static boolean invest(TickContext t, int row, KeyedStream rng, FinanceParams fin) {
        World w = t.world;
        FirmTable firms = w.firms;
        VentureFund fund = fundWithRoom(w, firms.region[row], fin);
        if (fund == null) {
            return false;
        }
        double signal = firms.capability[row] + 0.5 * (1.0 - fund.screeningSkill) * rng.normal();
        if (signal < fin.vcQualityThreshold()) {
            return false;
        }
        fund.invest(firms.id[row], t.tick(), fin.vcTicketOku());
        firms.cash[row] += fin.vcTicketOku();
        w.books.add(Flow.VC_INVESTMENT, fin.vcTicketOku());
        firms.set(row, FirmTable.VC_BACKED, true);
        w.ledger.add(firms.region[row], Indicator.VC_INVESTMENTS, 1);
        w.ledger.add(firms.region[row], Indicator.VC_INVESTED_OKU, fin.vcTicketOku());
        return true;
    }

    /** The first fund of the region, then the first national fund, with capital and portfolio room. */
    private static VentureFund fundWithRoom(World w, int region, FinanceParams fin) {
        VentureFund national = null;
        for (VentureFund f : w.funds) {
            boolean room = f.capitalOku() >= fin.vcTicketOku() && f.portfolio().size() < fin.vcMaxPortfolio();
            if (room && f.region == region) {
                return f;
            }
            if (room && f.region < 0 && national == null) {
                national = f;
            }
        }
        return national;
    }

    private static void borrow(World w, int row, Bank[] banks, FinanceParams fin) {
        FirmTable firms = w.firms;
        if (firms.capability[row] < fin.loanMinCapability()) {
            return;
        }
        double wanted = fin.loanToAnnualSales() * firms.sales[row] * 12.0 - firms.debt[row];
        for (Bank b : banks) {
            if (wanted <= 0) {
                return;
            }
            double lent = b.lend(wanted);
            if (lent > 0) {
                firms.cash[row] += lent;
                firms.debt[row] += lent;
                firms.repayment[row] += lent / fin.loanTermMonths();
                w.books.add(Flow.LOANS, lent);
                w.ledger.add(firms.region[row], Indicator.LOANS_OKU, lent);
                wanted -= lent;
            }
        }
    }

    /** An exit for money, which comes from the market (new shareholders or the acquirer). */
    private static void sell(World w, VentureFund fund, Holding h, double proceedsOku) {
        fund.exit(h, proceedsOku);
        w.books.add(Flow.EXIT_PROCEEDS, proceedsOku);
    }

    /** Holdings past the horizon (or whose firm has closed) leave the portfolio. */
    private static void exits(TickContext t) {
        World w = t.world;
        FinanceParams fin = t.scenario.finance();
        for (VentureFund fund : w.funds) {
            fund.raise(fin.vcFundraisingOkuPerYear() / 12.0);
            w.books.add(Flow.FUNDRAISING, fin.vcFundraisingOkuPerYear() / 12.0);
            KeyedStream rng = t.stream(Keyed.mix(SPINOFF_KEYS ^ fund.index), Purpose.VENTURE_CAPITAL);
            for (Holding h : List.copyOf(fund.portfolio())) {
                int row = w.firms.rowOf(h.firmId());
                boolean alive = row >= 0 && w.firms.alive(row);
                if (alive && t.tick() - h.tick() < fin.vcHorizonMonths()) {
                    continue;
                }
                if (!alive) {
                    fund.exit(h, 0);
                    continue;
                }
                w.firms.set(row, FirmTable.VC_BACKED, false);
                if (w.firms.capability[row] >= fin.ipoCapability() && rng.chance(fin.ipoProbability())) {
                    sell(w, fund, h, h.amountOku() * fin.ipoMultiple());
                    w.firms.set(row, FirmTable.STARTUP, false);
                    w.ledger.add(w.firms.region[row], Indicator.IPOS, 1);
                } else if (rng.chance(fin.tradeSaleProbability())) {
                    sell(w, fund, h, h.amountOku() * fin.tradeSaleMultiple());
                    w.firms.set(row, FirmTable.STARTUP, false);
                    w.ledger.add(w.firms.region[row], Indicator.TRADE_SALES, 1);
                } else {
                    fund.exit(h, 0);
                }
            }
        }
    }
}
