package clusterlab.policy;

/**
 * The instruments a programme pays month by month, besides research grants (paid as projects run)
 * and seed money for venture funds (paid each April): coordinator posts, incubator places and
 * networking events. Each is bought in whole units at the start of the fiscal year.
 */
public enum Instrument {
    COORDINATOR_POSTS,
    INCUBATOR_PLACES,
    NETWORKING_EVENTS;

    public static final int COUNT = values().length;
}
