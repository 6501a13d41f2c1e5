package clusterlab.experiment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A parameter a sweep varies, by its dotted scenario path: either a list of values (grid) or a
 * range {@code [min, max]} that sampling designs map the unit interval onto, rounded to whole
 * numbers when {@code whole}.
 */
public record SweptParameter(String path, List<String> values, double min, double max, boolean whole)
        implements Serializable {
    /** Sampled values keep 6 significant digits: exact as written in runs.csv, and finer than any parameter needs. */
    private static final MathContext SIGNIFICANT = new MathContext(6);

    static SweptParameter listed(String path, List<String> values) {
        return new SweptParameter(path, List.copyOf(values), Double.NaN, Double.NaN, false);
    }

    static SweptParameter range(String path, double min, double max, boolean whole) {
        return new SweptParameter(path, List.of(), min, max, whole);
    }

    /**
     * The value at position {@code u} in [0, 1] of the range, as YAML text. Whole ranges split
     * [0, 1] into max − min + 1 equal parts, one per whole number, so each is equally likely.
     */
    public String at(double u) {
        if (whole) {
            long span = (long) (max - min) + 1;
            long k = Math.min(span - 1, (long) Math.floor(u * span));
            return Long.toString((long) min + k);
        }
        return text(new BigDecimal(min + u * (max - min)).round(SIGNIFICANT).doubleValue());
    }

    /** A number as plain decimal text (no exponent, which YAML 1.1 might read as a string). */
    static String text(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
