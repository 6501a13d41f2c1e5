package clusterlab.calibration;

import clusterlab.metrics.Indicator;
import clusterlab.policy.ProgrammeIndicator;
import clusterlab.scenario.CalibrationTarget;
import clusterlab.scenario.Names;
import clusterlab.scenario.Origin;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A target resolved against the output columns: which programme (or the nation) and which column
 * are summed over its fiscal years — the same sum an analyst takes of the CSV files.
 */
final class Figure {
    private static final String REGIONS_FUNDED = "regions_funded";

    final CalibrationTarget target;
    /** Programme index, or -1 for the national file. */
    private final int programme;
    /** Column index in the programme or national row; -1 for {@code regions_funded}. */
    private final int column;

    private Figure(CalibrationTarget target, int programme, int column) {
        this.target = target;
        this.programme = programme;
        this.column = column;
    }

    /** Resolves every target of the scenario; an unknown column is bad input naming the file and field. */
    static List<Figure> of(Scenario s, String file) {
        List<Figure> figures = new ArrayList<>();
        List<String> programmes = s.programmes().stream().map(p -> p.name()).toList();
        for (int i = 0; i < s.calibration().targets().size(); i++) {
            CalibrationTarget t = s.calibration().targets().get(i);
            int programme = programmes.indexOf(t.programme());
            List<String> columns = programme >= 0
                    ? programmeColumns()
                    : Arrays.stream(Indicator.values()).map(Indicator::column).toList();
            int column = columns.indexOf(t.indicator());
            if (column < 0) {
                throw ScenarioException.at(Origin.file(file), "calibration.targets." + i + ".indicator",
                        "'" + t.indicator() + "' is not a column of " + (programme >= 0 ? "programmes_fiscal_year.csv"
                                : "national_fiscal_year.csv") + "; allowed: " + String.join(", ", columns)
                                + Names.closest(t.indicator(), columns).map(c -> "; did you mean '" + c + "'?").orElse(""));
            }
            figures.add(new Figure(t, programme, programme >= 0 ? column - 1 : column));
        }
        return figures;
    }

    private static List<String> programmeColumns() {
        List<String> columns = new ArrayList<>(List.of(REGIONS_FUNDED));
        Arrays.stream(ProgrammeIndicator.values()).map(ProgrammeIndicator::column).forEach(columns::add);
        return columns;
    }

    /** The figure in one run: the column summed over the target's fiscal years. */
    double value(YearCapture run) {
        double sum = 0;
        for (int fy = target.fromFiscalYear(); fy <= target.toFiscalYear(); fy++) {
            YearCapture.Year y = run.year(fy);
            if (y == null) {
                throw new IllegalStateException("the run did not reach fiscal year " + fy);
            }
            sum += programme < 0 ? y.national()[column]
                    : column < 0 ? y.regionsFunded()[programme] : y.programmes()[programme][column];
        }
        return sum;
    }
}
