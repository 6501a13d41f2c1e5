package clusterlab.firms;

import clusterlab.scenario.FirmParams;

/**
 * Sales an employee produces, rising with capability: from 0.75x the scenario's productivity at
 * capability 0 to 1.25x at capability 1. This is the link by which learning pays off in sales,
 * margins and, through them, survival.
 */
public final class Productivity {
    private Productivity() {
    }

    /** Sales per employee per month, oku. */
    public static double salesPerEmployeeMonth(double capability, FirmParams p) {
        return p.productivityOkuPerEmployeeYear() * (0.75 + 0.5 * capability) / 12.0;
    }
}
