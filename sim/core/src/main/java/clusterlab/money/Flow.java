package clusterlab.money;

import java.util.Locale;

/**
 * Every kind of money movement in the model, each from one party to another through one
 * instrument. The set is closed: a yen that moves in the model moves as one of these, so the
 * fiscal-year books can be checked against the stocks (firms' cash and debt, funds' capital,
 * programmes' unspent money).
 */
public enum Flow {
    NATIONAL_ALLOCATION("national_government", "programme_allocation", "programmes"),
    LOCAL_ALLOCATION("local_governments", "programme_allocation", "programmes"),
    NATIONAL_RESEARCH_GRANTS("national_government", "research_grant", "joint_projects"),
    LOCAL_RESEARCH_GRANTS("local_governments", "research_grant", "joint_projects"),
    NATIONAL_COORDINATOR_POSTS("national_government", "coordinator_post", "coordinators"),
    LOCAL_COORDINATOR_POSTS("local_governments", "coordinator_post", "coordinators"),
    NATIONAL_INCUBATOR_PLACES("national_government", "incubator_places", "incubators"),
    LOCAL_INCUBATOR_PLACES("local_governments", "incubator_places", "incubators"),
    NATIONAL_NETWORKING_EVENTS("national_government", "networking_events", "events"),
    LOCAL_NETWORKING_EVENTS("local_governments", "networking_events", "events"),
    NATIONAL_LINKAGE("national_government", "interregional_linkage", "events"),
    LOCAL_LINKAGE("local_governments", "interregional_linkage", "events"),
    NATIONAL_VC_SEED("national_government", "seed_money", "venture_funds"),
    LOCAL_VC_SEED("local_governments", "seed_money", "venture_funds"),
    NATIONAL_LAPSED("national_government", "lapsed_allocation", "treasury"),
    LOCAL_LAPSED("local_governments", "lapsed_allocation", "treasury"),
    PROJECT_COFUNDING("firms", "project_cofunding", "joint_projects"),
    START_UP_CAPITAL("founders", "start_up_capital", "firms"),
    ENTRY_CAPITAL("owners", "entry_capital", "firms"),
    OPERATING_RESULT("markets", "operating_result", "firms"),
    FUNDRAISING("fund_investors", "fundraising", "venture_funds"),
    VC_INVESTMENT("venture_funds", "equity_investment", "firms"),
    EXIT_PROCEEDS("markets", "exit_proceeds", "venture_funds"),
    LOANS("banks", "loan", "firms"),
    LOAN_REPAYMENTS("firms", "loan_repayment", "banks"),
    LOAN_WRITE_OFFS("banks", "loan_write_off", "firms"),
    PAYOUTS("firms", "payout", "owners"),
    CASH_OF_EXITED_FIRMS("firms", "cash_of_exited_firms", "owners");

    public final String source;
    public final String instrument;
    public final String recipient;

    Flow(String source, String instrument, String recipient) {
        this.source = source;
        this.instrument = instrument;
        this.recipient = recipient;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final int COUNT = values().length;
}
