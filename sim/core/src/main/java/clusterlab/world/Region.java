package clusterlab.world;

import clusterlab.policy.Instrument;

/**
 * A region: its identity and place, its local government's matching budget, its incubators, and
 * the aggregates the stages share. Each group of aggregates has one writer, named on it, so a
 * reader can see which stage a value comes from and when it was last set; the two counters that
 * several stages add to are kept behind methods.
 */
public final class Region implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final int index;
    public final String name;
    public final String block;
    public final double xKm;
    public final double yKm;
    /** Relative weight of each field among the region's actors; sums to 1. */
    public final double[] fieldShare;
    public final double localBudgetOkuPerYear;
    /** Incubator places of the region's own; programmes' funding may add more. */
    public final int incubatorPlaces;

    /** Written by the policy stage at the start of each fiscal year. */
    public final Funding funding = new Funding();
    /** Written by the knowledge stage each month. */
    public final Knowledge knowledge;
    /** Written by the network stage each month. */
    public final Cluster cluster = new Cluster();
    /** Firms of the region looking for an academic partner: written only by the matching stage. */
    public final Demand demand = new Demand();
    /** Research-grant money spent in the region in the previous month, oku: written by the project stage, read by the knowledge stage. */
    public double grantSpentLastMonthOku;

    /** Innovation events this month: counted by the project and start-up stages, taken by the network stage. */
    private int innovationEvents;
    /** Incubator places in use: taken by start-ups as they are founded, released by the firm stage. */
    private int incubatorsUsed;

    /** What programmes fund in the region this fiscal year; written only by the policy stage. */
    public static final class Funding implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Local money already committed to programmes in the current fiscal year, oku. */
        public double localCommittedOku;
        /** What each instrument of every programme bought here this fiscal year, by {@link Instrument}. */
        public final double[] bought = new double[Instrument.COUNT];
        /** Regions funded by the same programmes this fiscal year: the partners linkage money reaches. */
        public int[] linkedRegions = new int[0];
        /** Whether any programme funds the region in the current fiscal year. */
        public boolean funded;
        /** Smoothed activity when the region's programme funding last ended; NaN if it never has. */
        public double activityAtFundingEnd = Double.NaN;

        /** What the instrument bought here this year (posts, places, ties a year). */
        public double bought(Instrument instrument) {
            return bought[instrument.ordinal()];
        }
    }

    /** Who is in the region and how fast knowledge spills over there; written only by the knowledge stage. */
    public static final class Knowledge implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Live firms, from the last aggregation. */
        public int firms;
        /** Same-field actors (firms plus weighted academics), per field. */
        public final double[] sameFieldActors;
        /** Spillover learning rate per field, 1/month. */
        public final double[] spillover;

        Knowledge(int fields) {
            this.sameFieldActors = new double[fields];
            this.spillover = new double[fields];
        }
    }

    /**
     * The region's demand for joint research: firms that want an academic partner and are still
     * looking; written only by the matching stage.
     */
    public static final class Demand implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Firms looking for a partner now (seekers are not named: a match draws a free firm of the region). */
        public int seekers;
    }

    /** The cluster's state as the network stage measures it; written only by the network stage. */
    public static final class Cluster implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Structure of the region's own collaboration network, from the last network stage. */
        public clusterlab.metrics.NetworkSummary network;
        /** Degree distribution of the region's own network, from the last fiscal year's end. */
        public long[] degreeCounts = new long[0];
        /** Smoothed innovation activity, events per 100 firms per year. */
        public double activity;
        /** Cluster maturity, 0..1. */
        public double maturity;
        /** Entry attractiveness relative to the firm-weighted mean of all regions (1 = average). */
        public double attractiveness = 1.0;
    }

    public Region(int index, String name, String block, double xKm, double yKm, double[] fieldShare,
                  double localBudgetOkuPerYear, int incubatorPlaces) {
        this.index = index;
        this.name = name;
        this.block = block;
        this.xKm = xKm;
        this.yKm = yKm;
        this.fieldShare = fieldShare;
        this.localBudgetOkuPerYear = localBudgetOkuPerYear;
        this.incubatorPlaces = incubatorPlaces;
        this.knowledge = new Knowledge(fieldShare.length);
    }

    /** The region's speciality: its field of largest weight (ties to the lower index). */
    public int speciality() {
        int best = 0;
        for (int f = 1; f < fieldShare.length; f++) {
            if (fieldShare[f] > fieldShare[best]) {
                best = f;
            }
        }
        return best;
    }

    /** Straight-line distance to another region, km. */
    public double distanceKm(Region other) {
        return Math.hypot(xKm - other.xKm, yKm - other.yKm);
    }

    public void countInnovationEvents(int events) {
        innovationEvents += events;
    }

    /** This month's innovation events, and the count starts again. */
    public int takeInnovationEvents() {
        int events = innovationEvents;
        innovationEvents = 0;
        return events;
    }

    /** Takes an incubator place (the region's own or one programmes pay for) if one is free; returns whether it did. */
    public boolean takeIncubatorPlace() {
        if (incubatorsUsed < incubatorPlaces + (int) funding.bought(Instrument.INCUBATOR_PLACES)) {
            incubatorsUsed++;
            return true;
        }
        return false;
    }

    /** Incubated firms that left (grew up or exited) free their places. */
    public void releaseIncubatorPlaces(int released) {
        incubatorsUsed = Math.max(0, incubatorsUsed - released);
    }
}
