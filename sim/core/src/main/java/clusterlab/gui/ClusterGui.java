package clusterlab.gui;

import clusterlab.model.ClusterModel;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The model in MASON's Console. Before a start the Model tab shows the scenario's parameters,
 * with units, for editing; each start builds a fresh {@link ClusterModel} from the scenario as
 * edited, so the model itself stays free of Swing and runs exactly as on the command line. The run
 * stops at the scenario's horizon.
 */
public final class ClusterGui extends GUIState {
    private final ScenarioProperties parameters;
    private final double scale;
    private final int threads;
    private final RegionMap map = new RegionMap();
    private final LiveCharts charts = new LiveCharts();
    private Display2D display;
    private JFrame displayFrame;

    public ClusterGui(Path scenario, List<Assignment> changes, double scale, int threads) {
        this(new ScenarioProperties(scenario, changes), scale, threads);
    }

    private ClusterGui(ScenarioProperties parameters, double scale, int threads) {
        // A placeholder until the first start builds the model to run; one thread, so it holds no pool.
        super(model(parameters.scenario().scenario(), scale, 1, null));
        this.parameters = parameters;
        this.scale = scale;
        this.threads = threads;
    }

    private static ClusterModel model(Scenario s, double scale, int threads, LiveCharts charts) {
        return new ClusterModel(s, s.seed(), scale, threads, charts == null ? new LiveCharts().sink() : charts.sink());
    }

    public static String getName() {
        return "clusterlab";
    }

    /** The Console's About tab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>clusterlab</h2>"
                + "<p>How regional innovation clusters form over 10-30 years under cluster policies: firms, "
                + "universities and institutes, venture funds and banks, and coordinators who match firms' needs "
                + "with universities' seeds. One step is one month.</p>"
                + "<p><b>Model</b> tab, before pressing play: the scenario's parameters with their units; edits "
                + "apply to the next start. <b>Map</b>: regions sized by firms, darker with higher cluster "
                + "maturity, and their strongest links; click one to inspect it. The model is described in "
                + "sim/ODD.md.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ScenarioSettings(parameters);
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 5000;
    }

    @Override
    public void start() {
        // A fresh model from the scenario as edited: a finished model has released its threads.
        state = model(parameters.scenario().scenario(), scale, threads, charts);
        super.start();
        ClusterModel m = (ClusterModel) state;
        map.build(m.world());
        charts.clear();
        int horizon = m.scenario().ticks();
        scheduleRepeatingImmediatelyAfter(s -> {
            ClusterModel model = (ClusterModel) s;
            int done = model.ticksDone();
            charts.update(done);
            if (done % 12 == 0) {
                map.refreshLinks(model.world());
            }
            if (done >= horizon) {
                s.kill();
            }
        });
        display.reset();
        display.repaint();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(760, 560, this);
        display.setBackdrop(Color.WHITE);
        display.attach(map.linksPortrayal, "Links between regions (most-tied pairs)");
        display.attach(map.placesPortrayal, "Regions, universities and institutes");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Regions: size = firms, darker = more mature cluster");
        displayFrame.setLocation(520, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts.create(c, 0, 640);
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ClusterModel;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        charts.dispose();
    }
}
