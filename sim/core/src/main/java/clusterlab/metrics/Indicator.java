package clusterlab.metrics;

/**
 * The indicators of the national and regional output tables, in column order. A flow is summed
 * over the month or fiscal year; a stock is its value at the end of it. Additive indicators make
 * the national value the sum of the regions'; the others (network statistics, maturity) are
 * computed for the nation as a whole. The indicator dictionary of docs/outputs.md is this enum.
 */
public enum Indicator {
    FIRMS(Kind.STOCK, true, "firms", "Live firms."),
    FIRM_ENTRIES(Kind.FLOW, true, "firms", "Firms created: entrants, relocations into the region and start-ups."),
    FIRM_EXITS(Kind.FLOW, true, "firms", "Firms that closed (persistent losses, insolvency, outside hazard, failed start-ups)."),
    EMPLOYMENT(Kind.STOCK, true, "employees", "Employees of live firms."),
    SALES_OKU(Kind.FLOW, true, "oku yen", "Sales of all firms."),
    PROFIT_OKU(Kind.FLOW, true, "oku yen", "Profit of all firms (sales less materials, wages, R&D, start-up burn and interest)."),
    STARTUPS(Kind.FLOW, true, "firms",
            "Start-ups founded: spin-offs of universities and institutes, and start-ups from joint projects."),
    SPINOFFS(Kind.FLOW, true, "firms", "Start-ups spun off from universities and institutes."),
    STARTUP_FAILURES(Kind.FLOW, true, "firms", "Start-ups that closed while still start-ups."),
    VC_INVESTMENTS(Kind.FLOW, true, "deals", "Venture-capital investments made."),
    VC_INVESTED_OKU(Kind.FLOW, true, "oku yen", "Money invested by venture-capital funds."),
    IPOS(Kind.FLOW, true, "firms", "Exits of venture-backed firms by initial public offering."),
    TRADE_SALES(Kind.FLOW, true, "firms", "Exits of venture-backed firms by trade sale."),
    LOANS_OKU(Kind.FLOW, true, "oku yen", "New bank lending."),
    MATCHES(Kind.FLOW, true, "matches", "Successful matches of a firm's need with an academic seed by coordinators."),
    JOINT_PROJECTS_STARTED(Kind.FLOW, true, "projects", "Joint industry-academia projects started."),
    JOINT_PROJECTS_ACTIVE(Kind.STOCK, true, "projects", "Joint projects running."),
    PATENT_APPLICATIONS(Kind.FLOW, true, "applications", "Patent applications filed by joint projects."),
    COMMERCIALISATIONS(Kind.FLOW, true, "products", "Joint projects that reached the market."),
    NEW_BUSINESSES(Kind.FLOW, true, "businesses", "New businesses: commercialisations plus start-ups."),
    NETWORK_TIES(Kind.STOCK, false, "ties",
            "Collaboration ties; regional: ties between two actors of the region; national: all ties."),
    NETWORK_DENSITY(Kind.STOCK, false, "0..1", "Ties / possible ties among all actors (firms, universities, institutes)."),
    NETWORK_CLUSTERING(Kind.STOCK, false, "0..1",
            "Mean local clustering coefficient of actors with two or more ties (sampled on large networks)."),
    NETWORK_AVG_PATH_LENGTH(Kind.STOCK, false, "ties",
            "Mean shortest path between actors of the largest connected component (sampled on large networks); "
                    + "measured each March and in the first month, monthly rows repeat the last measurement."),
    NETWORK_LARGEST_COMPONENT_SHARE(Kind.STOCK, false, "0..1",
            "Share of tied actors in the largest connected component."),
    SPENDING_NATIONAL_OKU(Kind.FLOW, true, "oku yen", "National programme money spent (grants and coordinator posts)."),
    SPENDING_LOCAL_OKU(Kind.FLOW, true, "oku yen", "Local-government matching money spent."),
    SPENDING_PRIVATE_OKU(Kind.FLOW, true, "oku yen", "Firms' own money spent on joint projects."),
    CLUSTER_MATURITY(Kind.STOCK, false, "0..1",
            "Half the smoothed innovation activity (patents, commercialisations, start-ups per 100 firms) relative to "
                    + "its half-saturation level, half the share of the region's actors in the largest component of its "
                    + "network; national: firm-weighted mean."),
    PARTICIPANT_FIRMS(Kind.STOCK, true, "firms",
            "Live firms that have taken part in a programme-supported joint project (at any time)."),
    PARTICIPANT_EMPLOYMENT(Kind.STOCK, true, "employees", "Employees of participant firms."),
    PARTICIPANT_SALES_OKU(Kind.FLOW, true, "oku yen", "Sales of participant firms."),
    PARTICIPANT_PROFIT_OKU(Kind.FLOW, true, "oku yen", "Profit of participant firms."),
    PROGRAMME_FUNDED(Kind.STOCK, true, "regions",
            "Regional: 1 if any programme funds the region this fiscal year, else 0; national: funded regions."),
    POST_FUNDING_ACTIVITY_RATIO(Kind.STOCK, false, "ratio",
            "Smoothed innovation activity relative to its level when the region's programme funding last ended; "
                    + "empty while funded or if never funded; national: mean over the regions where defined."),
    SELF_SUSTAINING(Kind.STOCK, true, "regions",
            "Regional: 1 if the post-funding activity ratio is at least measurement.sustained_activity_ratio, 0 if "
                    + "below, empty if undefined; national: regions that sustain themselves.");

    /** Whether a value is summed over a period or read at its end. */
    public enum Kind { FLOW, STOCK }

    public final Kind kind;
    public final boolean additive;
    public final String unit;
    public final String definition;

    Indicator(Kind kind, boolean additive, String unit, String definition) {
        this.kind = kind;
        this.additive = additive;
        this.unit = unit;
        this.definition = definition;
    }

    /** The column name: the constant in snake_case. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static final int COUNT = values().length;
}
