package clusterlab.random;

/**
 * What a random draw is for. Each purpose has its own stream, so adding draws for one mechanism
 * never shifts the numbers another mechanism sees. Append new purposes at the end: the ordinal is
 * part of the key, and reordering would change every run.
 */
public enum Purpose {
    SETUP_FIRM,
    SETUP_ACADEMIC,
    SETUP_COORDINATOR,
    FOUNDING,
    SEEDS,
    FIRM_DYNAMICS,
    MARKET,
    MATCHING,
    PROJECT,
    STARTUP,
    VENTURE_CAPITAL,
    ENTRY,
    TIES,
    TIE_DECAY,
    NETWORK_SAMPLE,
    SELECTION,
    /** Sampling designs of sweeps (Latin hypercube strata, Morris trajectories). */
    DESIGN,
    /** Firms of a region starting and giving up their search for an academic partner. */
    DEMAND,
    /** Firms' own search for an academic partner, without a coordinator. */
    OWN_SEARCH
}
