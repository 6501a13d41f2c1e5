package clusterlab.policy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The fiscal year's row of {@code programmes_fiscal_year.csv} for one programme: what it spent,
 * who took part and what its funded activity produced, counted by the stages as it happens.
 */
public final class ProgrammeTally implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final double[] tally = new double[ProgrammeIndicator.COUNT];
    private final Set<Integer> academics = new HashSet<>();
    private final Set<Integer> firms = new HashSet<>();

    public void count(ProgrammeIndicator indicator, double value) {
        tally[indicator.ordinal()] += value;
    }

    /** A funded project ran this year with these partners and team sizes. */
    void participant(int academic, int firmId, double academicResearchers, double industryResearchers) {
        academics.add(academic);
        firms.add(firmId);
        count(ProgrammeIndicator.PARTICIPATING_ACADEMIC_RESEARCHERS, academicResearchers);
        count(ProgrammeIndicator.PARTICIPATING_INDUSTRY_RESEARCHERS, industryResearchers);
    }

    /** This fiscal year's row, with participant counts and outputs per oku filled in. */
    public double[] values() {
        double[] out = Arrays.copyOf(tally, tally.length);
        out[ProgrammeIndicator.PARTICIPATING_ACADEMIC_INSTITUTIONS.ordinal()] = academics.size();
        out[ProgrammeIndicator.PARTICIPATING_FIRMS.ordinal()] = firms.size();
        double spent = out[ProgrammeIndicator.SPENDING_NATIONAL_OKU.ordinal()]
                + out[ProgrammeIndicator.SPENDING_LOCAL_OKU.ordinal()];
        double granted = spent + out[ProgrammeIndicator.LAPSED_OKU.ordinal()];
        out[ProgrammeIndicator.LAPSE_SHARE.ordinal()] = granted > 0 ? out[ProgrammeIndicator.LAPSED_OKU.ordinal()] / granted
                : Double.NaN;
        out[ProgrammeIndicator.PATENTS_PER_OKU.ordinal()] = perOku(out, ProgrammeIndicator.PATENT_APPLICATIONS, spent);
        out[ProgrammeIndicator.COMMERCIALISATIONS_PER_OKU.ordinal()] =
                perOku(out, ProgrammeIndicator.COMMERCIALISATIONS, spent);
        out[ProgrammeIndicator.NEW_BUSINESSES_PER_OKU.ordinal()] = perOku(out, ProgrammeIndicator.NEW_BUSINESSES, spent);
        return out;
    }

    private static double perOku(double[] tally, ProgrammeIndicator output, double spentOku) {
        return spentOku > 0 ? tally[output.ordinal()] / spentOku : Double.NaN;
    }

    /** A new fiscal year starts from nothing. */
    void clear() {
        Arrays.fill(tally, 0);
        academics.clear();
        firms.clear();
    }
}
