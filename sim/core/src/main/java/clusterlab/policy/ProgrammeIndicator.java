package clusterlab.policy;

/**
 * The indicators of {@code programmes_fiscal_year.csv}, in column order: what a programme's own
 * funded activity produced in a fiscal year, as the programme records count it.
 */
public enum ProgrammeIndicator {
    PARTICIPATING_ACADEMIC_RESEARCHERS("researchers", "Academic researchers on the programme's joint projects that ran in the year."),
    PARTICIPATING_ACADEMIC_INSTITUTIONS("institutions", "Universities and institutes with a funded project running in the year."),
    PARTICIPATING_INDUSTRY_RESEARCHERS("researchers", "Industry researchers on funded projects that ran in the year."),
    PARTICIPATING_FIRMS("firms", "Firms with a funded project running in the year."),
    PATENT_APPLICATIONS("applications", "Patent applications of funded projects."),
    COMMERCIALISATIONS("products", "Funded projects that reached the market."),
    ADOPTED_BY_OTHER_PROGRAMMES("results", "Funded results carried on by another ministry's programme (seamless support)."),
    NEW_BUSINESSES("businesses", "Commercialisations and start-ups of funded projects."),
    SPENDING_NATIONAL_OKU("oku yen", "National money spent by the programme."),
    SPENDING_LOCAL_OKU("oku yen", "Local matching money spent on the programme."),
    LAPSED_OKU("oku yen", "National and local money granted for the fiscal year and not spent by its end: it lapses "
            + "(grant money beyond what the funded projects could absorb, the odd part of a post, seed money without a "
            + "venture fund)."),
    LAPSE_SHARE("0..1", "Lapsed money over the money granted for the year (spent plus lapsed); empty when nothing was granted."),
    PATENTS_PER_OKU("per oku", "Cost-effectiveness: patent applications per oku (100 million yen) of national and local "
            + "money spent; empty when nothing was spent."),
    COMMERCIALISATIONS_PER_OKU("per oku", "Commercialisations per oku of national and local money spent."),
    NEW_BUSINESSES_PER_OKU("per oku", "New businesses per oku of national and local money spent.");

    public final String unit;
    public final String definition;

    ProgrammeIndicator(String unit, String definition) {
        this.unit = unit;
        this.definition = definition;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static final int COUNT = values().length;
}
