package clusterlab.world;

/**
 * Ticks to dates. Tick 0 is April of the first fiscal year; Japanese fiscal years run from April
 * to March, so March of calendar year Y+1 still belongs to fiscal year Y. The spin-up's months
 * before the first fiscal year are negative ticks (tick −1 is the March before it).
 */
public final class Calendar {
    private Calendar() {
    }

    public static int fiscalYear(int startFiscalYear, int tick) {
        return startFiscalYear + Math.floorDiv(tick, 12);
    }

    /** Calendar month, 1..12. */
    public static int month(int tick) {
        return Math.floorMod(tick + 3, 12) + 1;
    }

    /** Calendar year. */
    public static int year(int startFiscalYear, int tick) {
        return startFiscalYear + Math.floorDiv(tick + 3, 12);
    }
}
