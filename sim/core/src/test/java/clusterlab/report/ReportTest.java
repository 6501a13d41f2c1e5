package clusterlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.cli.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import clusterlab.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a run, a sweep with arms and its comparison: self-contained, with real charts, and it renders. */
class ReportTest {
    private static final String TINY = Path.of("src/test/resources/tiny.yaml").toAbsolutePath().toString();
    private static final Pattern IMG = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path dir;

    private static int cli(String... args) {
        return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    private Path report() {
        assertEquals(0, cli("run", TINY, "--years", "3", "--out", dir.resolve("run").toString(), "-q"));
        assertEquals(0, cli("sweep", "src/test/resources/sweep-tiny.yaml", "--out", dir.resolve("sweep").toString(), "-q"));
        assertEquals(0, cli("compare", dir.resolve("sweep").toString(), "--out", dir.resolve("cmp").toString(), "-q"));
        assertEquals(0, cli("report", dir.resolve("run").toString(), dir.resolve("sweep").toString(),
                dir.resolve("cmp").toString(), "--out", dir.resolve("report").toString(), "-q"));
        return dir.resolve("report").resolve(Report.HTML);
    }

    @Test
    void theReportIsOnePageWithItsChartsInlinedAndEveryChartAsPngAndSvg() throws Exception {
        String html = Files.readString(report());
        assertTrue(html.contains("Run: tiny (seed 11)") && html.contains("Sweep: ") && html.contains("Comparison: "));
        assertTrue(html.contains("Crossover map"), "a sweep with arms shows its crossover map");
        assertTrue(html.contains("Additionality: "), "a comparison shows the programmes' additionality");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing fetched from a network");
        Matcher m = IMG.matcher(html);
        int images = 0;
        while (m.find()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertEquals(Charts.WIDTH, img.getWidth());
            assertEquals(Charts.HEIGHT, img.getHeight());
            assertTrue(darkShare(img) > 0.01, "chart " + images + " has something drawn on it");
            images++;
        }
        // run: 10 national + 3 by region; sweep: 5 fans; comparison: 6 differences and 3 outputs per oku
        assertEquals(10 + 3 + 5 + 6 + 3, images);
        List<Path> svgs;
        try (Stream<Path> files = Files.list(dir.resolve("report").resolve("charts"))) {
            svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
        }
        assertEquals(images, svgs.size());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // Batik names the SVG 1.0 DTD; a parser must not fetch it.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : svgs) {
            assertEquals("svg", xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getNodeName());
        }
    }

    /** Each crossover cell sits under its own heading: the value is that indicator's paired difference. */
    @Test
    void theCrossoverMapPutsEachIndicatorUnderItsHeading() throws IOException {
        report();
        clusterlab.experiment.Comparison c = clusterlab.experiment.Comparison.of(List.of(dir.resolve("sweep")), null);
        List<List<String>> rows = SweepSection.crossoverRows(c);
        assertEquals(2, rows.size(), "two points, one variant against the reference");
        int first = 1 + c.parameters().size() + 1;
        List<clusterlab.metrics.Indicator> order = List.of(clusterlab.metrics.Indicator.PATENT_APPLICATIONS,
                clusterlab.metrics.Indicator.COMMERCIALISATIONS, clusterlab.metrics.Indicator.NEW_BUSINESSES,
                clusterlab.metrics.Indicator.EMPLOYMENT, clusterlab.metrics.Indicator.SALES_OKU);
        for (int k = 0; k < order.size(); k++) {
            clusterlab.metrics.Indicator ind = order.get(k);
            clusterlab.experiment.Comparison.Line line = c.horizon().stream()
                    .filter(l -> l.point().equals("0") && l.indicator() == ind).findFirst().orElseThrow();
            assertTrue(rows.get(0).get(first + k).startsWith(Headline.number(line.difference().mean())),
                    ind + ": " + rows.get(0));
        }
    }

    private static double darkShare(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 128 ? 1 : 0;
            }
        }
        return dark / (img.getWidth() * img.getHeight() / 4.0);
    }

    /** Headless Chromium (Debian's chromium, where installed) opens the file and draws it. */
    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        Path chromium = ExternalTool.require("/usr/bin/chromium", "chromium");
        Path page = report();
        Path shot = dir.resolve("shot.png");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,3000",
                "--screenshot=" + shot, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.isRegularFile(shot), Files.readString(dir.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1400, img.getWidth());
        assertTrue(darkShare(img) > 0.01, "the page shows text and charts");
    }

    @Test
    void aFolderOfAnotherKindIsRefusedWithExitCode2() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "report",
                dir.resolve("empty").toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("not a run, sweep, comparison or calibration folder"), err.toString());
    }
}
