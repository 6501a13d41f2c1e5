package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import clusterlab.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Console under a virtual display (Debian's xvfb, where installed): it starts, runs and draws;
 * the screenshot shows the map window and the live charts with lines in them.
 */
class GuiTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleStartsUnderXvfbAndDrawsChartsWhileRunning() throws Exception {
        Path xvfb = ExternalTool.require("/usr/bin/xvfb-run", "xvfb");
        Path shot = dir.resolve("gui.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(xvfb.toString(), "-a", "-s", "-screen 0 1720x1080x24", java, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "gui", "src/test/resources/tiny.yaml",
                "--set", "years=30", "--play", "--screenshot", shot.toString(), "--after", "8")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the gui quit after its screenshot");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1720, img.getWidth());
        // The chart windows sit in a row along the bottom from y = 640; each plots coloured lines.
        assertTrue(colouredPixels(img, 0, 640, 1720, 1080) > 500, "live charts have coloured lines");
        // The map window (from x = 520) draws the regions and their labels on white.
        assertTrue(colouredPixels(img, 520, 40, 1290, 590) > 20, "the map shows labelled regions");
    }

    /** Pixels whose channels differ clearly (red, green, blue lines or labels), not greys. */
    private static int colouredPixels(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                n += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80 ? 1 : 0;
            }
        }
        return n;
    }
}
