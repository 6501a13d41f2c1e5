package clusterlab.scenario;

/**
 * How a programme chooses the regions it funds when it starts; written in scenarios as the
 * lower-case word of each constant ({@code past_performance}).
 */
public enum SelectionRule {
    /** Every candidate is funded. */
    LISTED,
    /** The highest research potential. */
    POTENTIAL,
    /** The highest past innovation activity. */
    PAST_PERFORMANCE,
    /** A competition judged on potential with noise. */
    COMPETITION,
    /** The best outputs per oku under the predecessor programme. */
    PREDECESSOR_EVALUATION
}
