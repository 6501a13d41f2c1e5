package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.testing.ExternalTool;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Console under a virtual 1600 x 1000 screen (Debian's xvfb, where installed), launched twice:
 * before play, the map already draws the world as built and every window lies on the screen; while
 * running, the live charts draw lines. The windows' bounds come from {@link WindowsAtExit}.
 */
class GuiTest {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final String MAP_TITLE = "Regions";

    @TempDir
    Path dir;

    /** A window on the screen: its bounds and title. */
    private record Window(Rectangle bounds, String title) {
    }

    /** The screenshot taken after {@code after} seconds, and the windows on the screen then. */
    private record Shot(BufferedImage image, List<Window> windows) {
        Window map() {
            return windows.stream().filter(w -> w.title().startsWith(MAP_TITLE)).findFirst().orElseThrow();
        }

        List<Window> charts() {
            return windows.stream().filter(w -> w.title().contains("national")).toList();
        }
    }

    private Shot launch(String name, int after, String... options) throws Exception {
        Path xvfb = ExternalTool.require("/usr/bin/xvfb-run", "xvfb");
        Path shot = dir.resolve(name + ".png");
        Path windows = dir.resolve(name + "-windows.tsv");
        Path log = dir.resolve(name + "-log.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(xvfb.toString(), "-a", "-s", "-screen 0 " + WIDTH + "x" + HEIGHT + "x24",
                java, "-cp", System.getProperty("java.class.path"), WindowsAtExit.class.getName(), windows.toString(),
                "gui", "src/test/resources/tiny.yaml", "--screenshot", shot.toString(), "--after", String.valueOf(after)));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the gui quit after its screenshot");
        assertEquals(0, p.exitValue(), Files.readString(log));
        List<Window> shown = new ArrayList<>();
        for (String line : Files.readAllLines(windows)) {
            String[] f = line.split("\t", 5);
            shown.add(new Window(new Rectangle(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3])), f[4]));
        }
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(WIDTH, img.getWidth());
        assertEquals(HEIGHT, img.getHeight());
        return new Shot(img, shown);
    }

    /** The Console, the map and the three charts, each wholly on the screen. */
    private static void assertEveryWindowOnTheScreen(Shot shot) {
        assertEquals(2 + LiveCharts.count(), shot.windows().size(), shot.windows().toString());
        Rectangle screen = new Rectangle(0, 0, WIDTH, HEIGHT);
        shot.windows().forEach(w -> assertTrue(screen.contains(w.bounds()),
                w + " lies within the " + WIDTH + "x" + HEIGHT + " screen"));
    }

    @Test
    void beforePlayTheMapShowsTheWorldAsBuiltAndEveryWindowFitsTheScreen() throws Exception {
        Shot shot = launch("initial", 4);
        Rectangle map = shot.map().bounds();
        // Below the map's tool bar and inside its scroll bars: the regions (grey discs) and their names (blue) on white.
        Rectangle drawing = new Rectangle(map.x, map.y + 40, map.width - 20, map.height - 60);
        assertTrue(darkPixels(shot.image(), drawing) > 2000, "the map draws the regions before play");
        assertTrue(colouredPixels(shot.image(), drawing) > 20, "the map names the regions before play");
        assertEveryWindowOnTheScreen(shot);
    }

    @Test
    void whileRunningTheChartsDrawLines() throws Exception {
        Shot shot = launch("running", 8, "--set", "years=30", "--play");
        assertEveryWindowOnTheScreen(shot);
        assertEquals(LiveCharts.count(), shot.charts().size());
        for (Window chart : shot.charts()) {
            assertTrue(colouredPixels(shot.image(), chart.bounds()) > 150, chart.title() + " has coloured lines");
        }
        Rectangle map = shot.map().bounds();
        assertTrue(colouredPixels(shot.image(), new Rectangle(map.x, map.y + 40, map.width - 20, map.height - 60)) > 20,
                "the map shows labelled regions");
    }

    /** Pixels of a clear grey or darker: shapes drawn on the map's white backdrop. */
    private static int darkPixels(BufferedImage img, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < Math.min(r.y + r.height, img.getHeight()); y++) {
            for (int x = r.x; x < Math.min(r.x + r.width, img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                n += (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 3 * 200 ? 1 : 0;
            }
        }
        return n;
    }

    /** Pixels whose channels differ clearly (red, green, blue lines or labels), not greys. */
    private static int colouredPixels(BufferedImage img, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < Math.min(r.y + r.height, img.getHeight()); y++) {
            for (int x = r.x; x < Math.min(r.x + r.width, img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                n += Math.max(red, Math.max(g, b)) - Math.min(red, Math.min(g, b)) > 80 ? 1 : 0;
            }
        }
        return n;
    }
}
