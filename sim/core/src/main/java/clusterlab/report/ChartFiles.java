package clusterlab.report;

import clusterlab.output.AtomicFile;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;

/** A chart as PNG (for slides and the report) and as SVG (Batik; scales without loss, for print). */
public final class ChartFiles {
    private ChartFiles() {
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtilities.writeChartAsPNG(out, chart, Charts.WIDTH, Charts.HEIGHT);
        return out.toByteArray();
    }

    public static byte[] svg(JFreeChart chart) throws IOException {
        DOMImplementation dom;
        try {
            // The JDK's own DOM: Batik's SVG generator writes into any DOM document.
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is missing", e);
        }
        org.w3c.dom.Document doc = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(Charts.WIDTH, Charts.HEIGHT));
        chart.draw(g, new Rectangle(Charts.WIDTH, Charts.HEIGHT));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(w, true);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns the PNG's bytes. */
    public static byte[] write(JFreeChart chart, Path dir, String name) throws IOException {
        byte[] png = png(chart);
        AtomicFile.write(dir.resolve(name + ".png"), png);
        AtomicFile.write(dir.resolve(name + ".svg"), svg(chart));
        return png;
    }
}
