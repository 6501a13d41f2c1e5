package clusterlab.gui;

import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.scenario.ScenarioTree;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JOptionPane;
import sim.util.Properties;

/**
 * The scenario's parameters as MASON properties, shown with their units in the Console's Model tab
 * and editable before a start: an edit becomes a {@code PATH=VALUE} change, checked by loading
 * the scenario again exactly as {@code --set} is, so a bad value is refused with the same message.
 */
final class ScenarioProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<Assignment> changes;
    private transient ResolvedScenario current;
    private transient List<ScenarioTree.Parameter> parameters;
    private transient Runnable onChange = () -> { };

    ScenarioProperties(Path file, List<Assignment> changes) {
        this.file = file;
        this.changes = new ArrayList<>(changes);
        reload(ScenarioLoader.load(file, this.changes));
    }

    /** Calls {@code action} after each accepted edit. */
    void onChange(Runnable action) {
        onChange = action;
    }

    /** The scenario with every edit so far. */
    ResolvedScenario scenario() {
        return current;
    }

    private void reload(ResolvedScenario s) {
        current = s;
        parameters = ScenarioTree.parameters(s.scenario()).stream().filter(p -> !p.value().startsWith("[")).toList();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return parameters.size();
    }

    @Override
    public Object getValue(int i) {
        String v = parameters.get(i).value();
        Class<?> type = getType(i);
        if (type == Boolean.class) {
            return Boolean.valueOf(v);
        }
        if (type == Long.class) {
            return Long.valueOf(v);
        }
        return type == Double.class ? Double.valueOf(v) : v;
    }

    @Override
    public boolean isReadWrite(int i) {
        return true;
    }

    @Override
    public String getName(int i) {
        ScenarioTree.Parameter p = parameters.get(i);
        return p.unit().isEmpty() || "1".equals(p.unit()) ? p.path() : p.path() + " [" + p.unit() + "]";
    }

    @Override
    public String getDescription(int i) {
        return parameters.get(i).doc();
    }

    @Override
    public Class<?> getType(int i) {
        String v = parameters.get(i).value();
        if (v.equals("true") || v.equals("false")) {
            return Boolean.class;
        }
        if (v.matches("-?[0-9]+")) {
            return Long.class;
        }
        return v.matches("-?[0-9.]+([eE][-+]?[0-9]+)?") ? Double.class : String.class;
    }

    /** Text from the inspector goes to the scenario loader as written, which parses it as YAML like --set. */
    @Override
    public Object setValue(int i, String value) {
        return _setValue(i, value);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        Object text = value instanceof Double d && d == Math.rint(d) && getType(i) == Long.class ? (long) (double) d : value;
        Assignment change = new Assignment(parameters.get(i).path() + "=" + text, "the Model tab: " + getName(i));
        List<Assignment> tried = new ArrayList<>(changes);
        tried.add(change);
        try {
            reload(ScenarioLoader.load(file, tried));
            changes.add(change);
            onChange.run();
        } catch (ScenarioException e) {
            if (!GraphicsEnvironment.isHeadless()) {
                JOptionPane.showMessageDialog(null, e.getMessage(), "Not a valid value", JOptionPane.ERROR_MESSAGE);
            }
        }
        return getValue(i);
    }
}
