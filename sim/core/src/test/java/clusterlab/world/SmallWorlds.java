package clusterlab.world;

import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The baseline scenario (tests run in sim/core) with small, odd firm counts per region. */
final class SmallWorlds {
    /** Firms per region, in the baseline's region order; odd so that scale 0.5 rounds. */
    static final int[] FIRMS = {101, 51, 303, 77, 151, 25, 201, 63, 99};

    private SmallWorlds() {
    }

    static Scenario baselineSmall() {
        List<Assignment> overrides = new ArrayList<>();
        for (int i = 0; i < FIRMS.length; i++) {
            overrides.add(Assignment.set("regions." + i + ".firms=" + FIRMS[i]));
        }
        return ScenarioLoader.load(Path.of("src/test/resources/nine-regions.yaml"), overrides).scenario();
    }
}
