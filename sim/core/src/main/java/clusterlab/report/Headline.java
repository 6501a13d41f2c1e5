package clusterlab.report;

import clusterlab.metrics.Indicator;
import clusterlab.output.CsvTable;
import java.util.List;

/** The indicators a report leads with, and how they are labelled. */
final class Headline {
    static final List<Indicator> INDICATORS = List.of(Indicator.FIRMS, Indicator.EMPLOYMENT,
            Indicator.PATENT_APPLICATIONS, Indicator.COMMERCIALISATIONS, Indicator.NEW_BUSINESSES, Indicator.STARTUPS,
            Indicator.JOINT_PROJECTS_STARTED, Indicator.NETWORK_TIES, Indicator.CLUSTER_MATURITY,
            Indicator.SPENDING_NATIONAL_OKU);

    private Headline() {
    }

    /** Human title: the column name with spaces, e.g. "patent applications". */
    static String title(Indicator i) {
        return i.column().replace("_oku", "").replace('_', ' ');
    }

    /** Axis label with the unit: flows per fiscal year, stocks at its end. */
    static String axis(Indicator i) {
        return i.unit + (i.kind == Indicator.Kind.FLOW ? " per fiscal year" : " at fiscal year end");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 1000 ? String.format(java.util.Locale.ROOT, "%,.0f", v) : CsvTable.format(
                Math.abs(v) >= 10 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0);
    }
}
