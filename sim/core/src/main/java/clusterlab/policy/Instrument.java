package clusterlab.policy;

import clusterlab.money.Flow;
import clusterlab.scenario.ProgrammeSpec;
import java.util.function.ToDoubleFunction;

/**
 * The instruments a programme pays month by month, besides research grants (paid as projects run)
 * and seed money for venture funds (paid each April): coordinator posts, incubator places,
 * networking events and inter-regional linkage (ties with firms of the programme's other
 * regions). Each takes its share of the year's money at the start of the fiscal year and buys
 * whole units at a unit cost or an amount per oku; the policy stage pays each month through the
 * instrument's pair of flows and adds what it bought to the region's funding, where the stage it
 * acts in reads it. An instrument is thus one constant here, its parameters, its flows and its effect.
 */
public enum Instrument {
    COORDINATOR_POSTS(ProgrammeSpec::coordinatorShare, units(ProgrammeSpec::coordinatorCostOkuPerYear),
            Flow.NATIONAL_COORDINATOR_POSTS, Flow.LOCAL_COORDINATOR_POSTS),
    INCUBATOR_PLACES(ProgrammeSpec::incubatorShare, units(ProgrammeSpec::incubatorPlaceCostOkuPerYear),
            Flow.NATIONAL_INCUBATOR_PLACES, Flow.LOCAL_INCUBATOR_PLACES),
    /** Buys event ties among the region's firms. */
    NETWORKING_EVENTS(ProgrammeSpec::networkingShare, perOku(ProgrammeSpec::networkingTiesPerOku),
            Flow.NATIONAL_NETWORKING_EVENTS, Flow.LOCAL_NETWORKING_EVENTS),
    /** Buys ties between the region's firms and firms of the programme's other regions. */
    LINKAGE(ProgrammeSpec::linkageShare, perOku(ProgrammeSpec::linkageTiesPerOku),
            Flow.NATIONAL_LINKAGE, Flow.LOCAL_LINKAGE);

    public static final int COUNT = values().length;

    private final ToDoubleFunction<ProgrammeSpec> share;
    private final Purchase purchase;
    public final Flow nationalFlow;
    public final Flow localFlow;

    Instrument(ToDoubleFunction<ProgrammeSpec> share, Purchase purchase, Flow nationalFlow, Flow localFlow) {
        this.share = share;
        this.purchase = purchase;
        this.nationalFlow = nationalFlow;
        this.localFlow = localFlow;
    }

    /** How money buys: whole units at a cost per year, or an amount per oku (one of the two is set). */
    private record Purchase(ToDoubleFunction<ProgrammeSpec> unitCost, ToDoubleFunction<ProgrammeSpec> perOku) {
    }

    private static Purchase units(ToDoubleFunction<ProgrammeSpec> unitCostOkuPerYear) {
        return new Purchase(unitCostOkuPerYear, null);
    }

    private static Purchase perOku(ToDoubleFunction<ProgrammeSpec> amountPerOku) {
        return new Purchase(null, amountPerOku);
    }

    /** The share of the year's money (national and local together) the programme gives this instrument. */
    double share(ProgrammeSpec spec) {
        return share.applyAsDouble(spec);
    }

    /** What {@code money} a year buys: whole units, or the amount per year. */
    double bought(ProgrammeSpec spec, double money) {
        return purchase.unitCost != null ? units(money, purchase.unitCost.applyAsDouble(spec))
                : money * purchase.perOku.applyAsDouble(spec);
    }

    /** What is spent a year out of {@code money}: whole units leave the odd part unspent. */
    double costPerYear(ProgrammeSpec spec, double money) {
        if (purchase.unitCost == null) {
            return money;
        }
        double cost = purchase.unitCost.applyAsDouble(spec);
        return units(money, cost) * cost;
    }

    /** Whole units that money buys; the tolerance keeps an exact whole number whole (0.3 / 0.1 = 2.9999...). */
    static int units(double money, double unitCost) {
        return (int) Math.floor(money / unitCost + 1e-9);
    }
}
