package clusterlab.policy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who takes part in a programme: how many funded projects its money carries per region and how
 * many run, how known it is (uptake spreads from past participants), who took part before, and
 * the places left in the research themes of its core centres.
 */
public final class Participation implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final int firmsPerTheme;
    private final ProgrammeTally tally;
    /** Funded projects the region's grant money can carry this year, and those it carries now. */
    private final int[] capacity;
    private final int[] active;
    /** Firms that have ever taken part in the programme, per region: how known the programme is there. */
    private final int[] everParticipated;
    private final Set<Integer> everFirms = new HashSet<>();
    /** Ids of the firms that have taken part, per region, in the order they first did. */
    private final int[][] pastFirms;
    /** Places left in the research themes open at core centres, by (academic index << 16 | field). */
    private final Map<Long, Integer> themePlaces = new HashMap<>();

    Participation(int firmsPerTheme, int regionCount, ProgrammeTally tally) {
        this.firmsPerTheme = firmsPerTheme;
        this.tally = tally;
        this.capacity = new int[regionCount];
        this.active = new int[regionCount];
        this.everParticipated = new int[regionCount];
        this.pastFirms = new int[regionCount][0];
    }

    /** A new fiscal year: no project is carried until the year's money is granted. */
    void openFiscalYear() {
        Arrays.fill(capacity, 0);
    }

    /** The year's grant money in the region carries this many funded projects. */
    void carry(int region, int projects) {
        capacity[region] = projects;
    }

    /**
     * Takes a new project on in the region if its grant money has room for one more (the year's
     * grant money over the design's grant per project sets how many projects run); returns whether it did.
     */
    public boolean admit(int region) {
        if (!hasPlace(region)) {
            return false;
        }
        active[region]++;
        return true;
    }

    /** A funded project in the region has ended: its place is free for a new one. */
    public void release(int region) {
        active[region]--;
    }

    /** Whether the region's money has room for one more funded project. */
    public boolean hasPlace(int region) {
        return active[region] < capacity[region];
    }

    /** Funded projects running in the region now. */
    public int active(int region) {
        return active[region];
    }

    /** Funded projects the region's money carries this year. */
    public int capacity(int region) {
        return capacity[region];
    }

    /**
     * How far the programme is known among the region's firms: the firms that have taken part
     * so far over the number of projects its money carries (capped at 1). Uptake of the
     * programme spreads by word of mouth from participants (Bass diffusion).
     */
    public double awareness(int region) {
        return capacity[region] == 0 ? 0 : Math.min(1.0, everParticipated[region] / (double) capacity[region]);
    }

    /** A firm of the region that has taken part before, by uniform {@code draw} in [0, 1); -1 if none has. */
    public int pastParticipant(int region, double draw) {
        int n = everParticipated[region];
        return n == 0 ? -1 : pastFirms[region][(int) (draw * n)];
    }

    /** Records that a funded project ran this year with these partners and team sizes. */
    public void participant(int region, int academic, int firmId, double academicResearchers,
                            double industryResearchers) {
        if (everFirms.add(firmId)) {
            int n = everParticipated[region]++;
            if (n == pastFirms[region].length) {
                pastFirms[region] = Arrays.copyOf(pastFirms[region], Math.max(8, 2 * n));
            }
            pastFirms[region][n] = firmId;
        }
        tally.participant(academic, firmId, academicResearchers, industryResearchers);
    }

    /** Whether a core centre has a research theme of the field with a place for another firm. */
    public boolean hasThemePlace(int academic, int field) {
        return themePlaces.getOrDefault(themeKey(academic, field), 0) > 0;
    }

    /**
     * A project joins the core centre's theme of the field: it takes a place in an open theme, or
     * opens a new theme (with {@code firms_per_theme - 1} places left) when there is none; returns
     * whether it opened one, which uses up a seed.
     */
    public boolean joinTheme(int academic, int field) {
        long key = themeKey(academic, field);
        int places = themePlaces.getOrDefault(key, 0);
        themePlaces.put(key, places > 0 ? places - 1 : firmsPerTheme - 1);
        return places == 0;
    }

    private static long themeKey(int academic, int field) {
        return ((long) academic << 16) | field;
    }
}
