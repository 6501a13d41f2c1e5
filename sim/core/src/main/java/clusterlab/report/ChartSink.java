package clusterlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/** Where a report's charts go: a PNG and an SVG file each in the charts folder, and the PNG into the page. */
final class ChartSink {
    private final Path dir;
    private final Html html;
    private int count;

    ChartSink(Path dir, Html html) {
        this.dir = dir;
        this.html = html;
    }

    void add(JFreeChart chart, String name) throws IOException {
        String file = String.format(Locale.ROOT, "%02d-%s", ++count, name.replaceAll("[^A-Za-z0-9_-]+", "-"));
        byte[] png = ChartFiles.write(chart, dir, file);
        html.png(png, chart.getTitle().getText());
    }
}
