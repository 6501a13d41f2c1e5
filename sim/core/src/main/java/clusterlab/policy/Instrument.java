package clusterlab.policy;

/**
 * The instruments a programme pays month by month, besides research grants (paid as projects run)
 * and seed money for venture funds (paid each April): coordinator posts, incubator places,
 * networking events and inter-regional linkage (ties with firms of the programme's other
 * regions). Each is bought at the start of the fiscal year.
 */
public enum Instrument {
    COORDINATOR_POSTS,
    INCUBATOR_PLACES,
    NETWORKING_EVENTS,
    LINKAGE;

    public static final int COUNT = values().length;
}
