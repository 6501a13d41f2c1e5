package clusterlab.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * A venture-capital fund, regional or national: screens start-ups by a noisy view of their
 * quality, holds a limited portfolio, and exits each investment after its horizon by IPO, trade
 * sale or write-off. Capital is conserved: capital = start capital + money raised + exit
 * proceeds - money invested (in holdings still held, exited or written off).
 */
public final class VentureFund implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    /** One investment: which firm, when, how much. */
    public record Holding(int firmId, int tick, double amountOku) implements java.io.Serializable {
    }

    public final int index;
    /** Home region, or -1 for a national fund. */
    public final int region;
    public final double screeningSkill;
    private double capitalOku;
    private final List<Holding> portfolio = new ArrayList<>();

    public VentureFund(int index, int region, double capitalOku, double screeningSkill) {
        this.index = index;
        this.region = region;
        this.capitalOku = capitalOku;
        this.screeningSkill = screeningSkill;
    }

    public double capitalOku() {
        return capitalOku;
    }

    public List<Holding> portfolio() {
        return portfolio;
    }

    public double investedOku() {
        return portfolio.stream().mapToDouble(Holding::amountOku).sum();
    }

    /** New money from the fund's investors. */
    public void raise(double amountOku) {
        capitalOku += amountOku;
    }

    public void invest(int firmId, int tick, double amountOku) {
        capitalOku -= amountOku;
        portfolio.add(new Holding(firmId, tick, amountOku));
    }

    /** Ends a holding, returning {@code proceedsOku} to the fund's capital. */
    public void exit(Holding h, double proceedsOku) {
        portfolio.remove(h);
        capitalOku += proceedsOku;
    }
}
