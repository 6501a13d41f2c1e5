package clusterlab.world;

import clusterlab.firms.FirmTable;
import clusterlab.firms.Productivity;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.FinanceParams;
import clusterlab.scenario.FirmParams;
import clusterlab.scenario.PopulationParams;

/**
 * Creates firms: the initial population, entrants and relocations, and start-ups. All draws come
 * from the stream passed in, which the caller keys by the new firm, so a firm's attributes do not
 * depend on how many other firms were made before it in the same tick.
 */
public final class FirmFactory {
    private FirmFactory() {
    }

    /** A firm of the initial population, with an age drawn so the start is not a cohort. */
    static int initialFirm(World w, KeyedStream rng, int id, Region r, PopulationParams pop, FirmParams fp) {
        int row = established(w, rng, id, r, pop.firmEmployeesMedian(), pop.capabilitySd(), fp.initialCashMonths(), pop, fp);
        w.firms.ageMonths[row] = rng.below(pop.initialFirmAgeMaxMonths() + 1);
        return row;
    }

    /** An entrant (or a firm relocating into the region): smaller than average, age 0. */
    public static int entrant(World w, KeyedStream rng, Region r, PopulationParams pop, FirmParams fp) {
        return established(w, rng, w.newFirmId(), r, fp.entrantEmployeesMedian(), fp.entrantCapabilitySd(),
                fp.entrantCashMonths(), pop, fp);
    }

    /** A start-up in a given field with a given capability (the quality of its founding seed). */
    public static int startup(World w, KeyedStream rng, Region r, int field, boolean spinoff, double capability,
                              PopulationParams pop, FinanceParams fin, FirmParams fp) {
        byte flags = (byte) (FirmTable.STARTUP | (spinoff ? FirmTable.SPINOFF : 0));
        FirmTable t = w.firms;
        int row = t.add(w.newFirmId(), r.index, field, flags);
        t.employees[row] = fin.startupEmployees();
        t.capability[row] = capability;
        t.absorptive[row] = rng.clippedNormal(pop.absorptiveMean() + 0.1, pop.absorptiveSd());
        // A start-up sells little at first: a tenth of what its staff would sell in an established firm.
        t.sales[row] = 0.1 * t.employees[row] * Productivity.salesPerEmployeeMonth(capability, fp);
        t.cash[row] = fin.startupInitialCashOku();
        if (r.takeIncubatorPlace()) {
            t.set(row, FirmTable.INCUBATED, true);
        }
        return row;
    }

    private static int established(World w, KeyedStream rng, int id, Region r, double medianEmployees,
                                   double capabilitySd, double cashMonths, PopulationParams pop, FirmParams fp) {
        FirmTable t = w.firms;
        int row = t.add(id, r.index, pickField(r.fieldShare, rng.uniform()), (byte) 0);
        t.employees[row] = Math.max(1.0, Math.round(medianEmployees
                * Math.exp(pop.firmEmployeesLogSigma() * rng.normal())));
        t.capability[row] = rng.clippedNormal(pop.capabilityMean(), capabilitySd);
        t.absorptive[row] = rng.clippedNormal(pop.absorptiveMean(), pop.absorptiveSd());
        t.sales[row] = t.employees[row] * Productivity.salesPerEmployeeMonth(t.capability[row], fp);
        t.cash[row] = cashMonths * t.sales[row];
        return row;
    }

    /** Field index drawn from the shares by inversion of the uniform {@code u}. */
    static int pickField(double[] share, double u) {
        for (int f = 0; f < share.length - 1; f++) {
            u -= share[f];
            if (u < 0) {
                return f;
            }
        }
        return share.length - 1;
    }
}
