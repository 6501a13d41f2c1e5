package clusterlab.gui;

import clusterlab.model.ClusterModel;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.world.World;
import clusterlab.world.WorldBuilder;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The model in MASON's Console. Before a start the Model tab shows the scenario's parameters,
 * with units, for editing; each start builds a fresh {@link ClusterModel} from the scenario as
 * edited, so the model itself stays free of Swing and runs exactly as on the command line. The run
 * stops at the scenario's horizon. Until a start, the map shows the world as the scenario builds it
 * (the same world a start builds; rebuilt after each edit in the Model tab) and the charts show
 * their empty axes over the scenario's fiscal years. The windows are laid out on the screen by
 * {@link WindowLayout}.
 */
public final class ClusterGui extends GUIState {
    private final ScenarioProperties parameters;
    private final double scale;
    private final int threads;
    private final RegionMap map = new RegionMap();
    private final LiveCharts charts = new LiveCharts();
    private Display2D display;
    private JFrame displayFrame;
    private boolean running;
    private static final String MAP_TITLE = "Regions: size = firms, darker = more mature cluster";

    public ClusterGui(Path scenario, List<Assignment> changes, double scale, int threads) {
        this(new ScenarioProperties(scenario, changes), scale, threads);
    }

    private ClusterGui(ScenarioProperties parameters, double scale, int threads) {
        // A placeholder until the first start builds the model to run; one thread, so it holds no pool.
        super(model(parameters.scenario().scenario(), scale, 1, null));
        this.parameters = parameters;
        this.scale = scale;
        this.threads = threads;
        parameters.onChange(this::showScenario);
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
                + "apply to the next start. <b>Map</b> (the world as built until play): regions sized by firms, "
                + "darker with higher cluster maturity, and their strongest links; where names would overlap only "
                + "the larger region is named: click any region to inspect it. <b>Charts</b>: national indicators "
                + "month by month over the scenario's fiscal years (April to March). The model is described in "
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

    /** The world a start would build from the scenario as edited, on the map; the charts' axes over its years. */
    private void showScenario() {
        if (display == null || running) {
            return;
        }
        Scenario s = parameters.scenario().scenario();
        show(WorldBuilder.build(s, scale, s.seed()), s);
    }

    private void show(World w, Scenario s) {
        map.build(w, display.insideDisplay.width / display.insideDisplay.height);
        charts.clear(s.startFiscalYear(), s.years());
        display.repaint();
    }

    @Override
    public void start() {
        // A fresh model from the scenario as edited: a finished model has released its threads.
        state = model(parameters.scenario().scenario(), scale, threads, charts);
        super.start();
        running = true;
        ClusterModel m = (ClusterModel) state;
        show(m.world(), m.scenario());
        int horizon = m.scenario().ticks();
        scheduleRepeatingImmediatelyAfter(s -> {
            ClusterModel model = (ClusterModel) s;
            int done = model.ticksDone();
            charts.update(done);
            if (done % 12 == 0) {
                map.refreshLinks(model.world());
                showYear(model.scenario(), done);
            }
            if (done >= horizon) {
                s.kill();
            }
        });
        display.reset();
        display.repaint();
    }

    /**
     * Says in the map's title which fiscal year is next: during the spin-up the charts stay empty (its
     * months are not reported), so the title is where a user sees that the model is running.
     */
    private void showYear(Scenario s, int ticksDone) {
        if (displayFrame == null) {
            return;
        }
        int fy = clusterlab.world.Calendar.fiscalYear(s.startFiscalYear(), ticksDone);
        javax.swing.SwingUtilities.invokeLater(() -> displayFrame.setTitle(ticksDone < 0
                ? MAP_TITLE + " \u2014 spin-up, FY" + fy + " (not reported; charts start at FY" + s.startFiscalYear() + ")"
                : MAP_TITLE + " \u2014 FY" + fy));
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        WindowLayout layout = WindowLayout.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(),
                LiveCharts.count());
        if (c instanceof Console console) {
            console.setBounds(layout.console());
        }
        display = new Display2D(layout.map().width, layout.map().height, this);
        display.setBackdrop(Color.WHITE);
        display.attach(map.linksPortrayal, "Links between regions (most-tied pairs)");
        display.attach(map.placesPortrayal, "Regions, universities and institutes");
        display.attach(map.labelsPortrayal, "Region names (the larger regions where names would overlap)");
        displayFrame = display.createFrame();
        displayFrame.setTitle(MAP_TITLE);
        fit(displayFrame, display, layout.map());
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts.create(c, layout.charts());
        showScenario();
    }

    /** Puts the map's window at {@code bounds}, its drawing area sized to fill the window without scroll bars. */
    private static void fit(JFrame frame, Display2D display, Rectangle bounds) {
        frame.setBounds(bounds);
        // Smaller than the window first, so no scroll bar takes room; then as large as the room it has.
        display.insideDisplay.width = 100;
        display.insideDisplay.height = 100;
        frame.validate();
        Dimension room = display.display.getViewport().getExtentSize();
        display.insideDisplay.width = Math.max(100, room.width);
        display.insideDisplay.height = Math.max(100, room.height);
        display.insideDisplay.revalidate();
        frame.validate();
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
