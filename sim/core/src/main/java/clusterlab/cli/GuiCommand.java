package clusterlab.cli;

import clusterlab.gui.ClusterGui;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ScenarioException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sim.display.Console;

/** {@code clusterlab gui}: the model in MASON's Console, with a map, live charts and inspectors. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the model in MASON's Console: start, stop and step it; edit the scenario's parameters "
                + "(with units) in the Model tab before starting; watch the map of regions and their links and "
                + "live charts; click a region or a university to inspect it. Needs a display "
                + "(on a server: xvfb-run).", ""})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a scenario parameter (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Multiply every population by F, greater than 0 and up to 100 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
            description = "Threads for the firm kernel, 1 to 1024 (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--play", description = "Start the simulation at once.")
    boolean play;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Save a PNG of the screen after --after seconds, then quit (for documentation and checks).")
    Path screenshot;

    @Option(names = "--after", paramLabel = "SECONDS", defaultValue = "15",
            description = "Seconds before --screenshot is taken (default: ${DEFAULT-VALUE}).")
    int after;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= 100) || threads < 1 || threads > 1024 || after < 0) {
            throw new ParameterException(spec.commandLine(),
                    "options: --scale must be greater than 0 and up to 100, --threads from 1 to 1024, --after at least 0");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new ScenarioException("gui: no display here (DISPLAY is not set or the JVM is headless); "
                    + "on a server run it under a virtual display: xvfb-run ./clusterlab gui");
        }
        ClusterGui gui = new ClusterGui(file, sets.stream().map(Assignment::set).toList(), scale, threads);
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(gui);
            console.setLocation(0, 0);
            console.setVisible(true);
            if (play) {
                console.pressPlay();
            }
        });
        if (screenshot != null) {
            Thread.sleep(after * 1000L);
            BufferedImage screen = new Robot().createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
            ImageIO.write(screen, "png", screenshot.toFile());
            spec.commandLine().getOut().println("screenshot: " + screenshot);
            spec.commandLine().getOut().flush();
            System.exit(Main.OK);
        }
        // The windows live on Swing's thread; MASON ends the process when its last Console is closed.
        new CountDownLatch(1).await();
        return Main.OK;
    }
}
