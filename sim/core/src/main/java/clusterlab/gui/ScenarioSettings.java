package clusterlab.gui;

import sim.util.Properties;
import sim.util.Propertied;

/** What the Console's Model tab inspects: the scenario's parameters (see {@link ScenarioProperties}). */
final class ScenarioSettings implements Propertied {
    private final ScenarioProperties properties;

    ScenarioSettings(ScenarioProperties properties) {
        this.properties = properties;
    }

    @Override
    public Properties properties() {
        return properties;
    }
}
