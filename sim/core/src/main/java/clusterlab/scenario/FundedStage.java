package clusterlab.scenario;

/**
 * The stage a programme's funded joint projects start in; written in scenarios as the lower-case
 * word of each constant ({@code development}).
 */
public enum FundedStage {
    /** University-seeded research, then development and commercialisation (the Knowledge Cluster design). */
    RESEARCH,
    /** Practical-application development of an existing seed with a firm, aiming at commercialisation. */
    DEVELOPMENT
}
