package clusterlab.scenario;

/**
 * What a region short of its matching share gets; written in scenarios as the lower-case word
 * of each constant ({@code all_or_nothing}).
 */
public enum MatchingShortfall {
    /** National money scaled down to what the region pays. */
    SCALE,
    /** No national money at all. */
    ALL_OR_NOTHING
}
