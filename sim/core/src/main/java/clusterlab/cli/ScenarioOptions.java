package clusterlab.cli;

import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its {@code --set} overrides, shared by the commands that read a scenario. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/baseline.yaml.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override any scenario parameter by its dotted path (repeatable), "
                    + "e.g. --set years=5 --set regions.0.firms=2000.")
    List<String> sets = new ArrayList<>();

    /** The {@code --set} overrides as assignments. */
    List<Assignment> assignments() {
        return sets.stream().map(Assignment::set).toList();
    }

    /** Loads the scenario with {@code --set} overrides followed by the command's own. */
    ResolvedScenario load(List<Assignment> extra) {
        List<Assignment> all = new ArrayList<>(assignments());
        all.addAll(extra);
        return ScenarioLoader.load(file, all);
    }
}
