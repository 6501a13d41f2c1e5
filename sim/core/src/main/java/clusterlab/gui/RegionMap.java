package clusterlab.gui;

import clusterlab.world.Region;
import clusterlab.world.World;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The map: regions at their positions (km), drawn larger with more firms and darker with higher
 * cluster maturity; universities and institutes as small squares around them; and the strongest
 * links of the collaboration network between regions (ties summed by region pair), refreshed each
 * fiscal year; and the regions' names, placed by {@link LabelPlacement} so that none overlap (the
 * larger regions first; a name with no free place is left out). Clicking a region or an academic
 * opens its inspector. The field keeps the map's proportions: it is padded to the display's aspect,
 * since MASON stretches a field to fill its display.
 */
final class RegionMap {
    /** Region pairs drawn: the most-tied ones, so the map stays readable. */
    private static final int LINKS = 60;
    private static final double MARGIN_KM = 120;
    /** A region's circle: diameter (km) of the smallest and the largest by firms. */
    private static final double MIN_DIAMETER_KM = 30;
    private static final double MAX_DIAMETER_KM = 120;
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color LABEL_COLOUR = new Color(0x1a, 0x3c, 0xa0);

    final Continuous2D places = new Continuous2D(50, 1, 1);
    final Network links = new Network(false);
    final ContinuousPortrayal2D placesPortrayal = new ContinuousPortrayal2D();
    final NetworkPortrayal2D linksPortrayal = new NetworkPortrayal2D();
    final FieldPortrayal2D labelsPortrayal = new RegionLabels();
    private final List<RegionView> regions = new ArrayList<>();
    private double minX;
    private double maxY;
    private double padX;
    private double padY;

    /**
     * Lays out a new world (as built, or running) for a display {@code aspect} times as wide as it
     * is tall, and draws its strongest links at once.
     */
    void build(World w, double aspect) {
        regions.clear();
        minX = Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Region r : w.regions) {
            minX = Math.min(minX, r.xKm);
            maxX = Math.max(maxX, r.xKm);
            minY = Math.min(minY, r.yKm);
            maxY = Math.max(maxY, r.yKm);
        }
        places.clear();
        double width = maxX - minX + 2 * MARGIN_KM;
        double height = maxY - minY + 2 * MARGIN_KM;
        places.width = Math.max(width, height * aspect);
        places.height = Math.max(height, width / aspect);
        padX = (places.width - width) / 2;
        padY = (places.height - height) / 2;
        links.clear();
        for (Region r : w.regions) {
            RegionView v = new RegionView(r, w);
            regions.add(v);
            places.setObjectLocation(v, at(r.xKm, r.yKm));
            links.addNode(v);
        }
        for (int i = 0; i < w.academics.length; i++) {
            Region r = w.regions[w.academics[i].region];
            double angle = 2.399963 * i;
            double radius = 25 + (i % 5) * 6;
            places.setObjectLocation(new AcademicView(w.academics[i], r.name),
                    at(r.xKm + radius * Math.cos(angle), r.yKm + radius * Math.sin(angle)));
        }
        placesPortrayal.setField(places);
        placesPortrayal.setPortrayalForClass(RegionView.class, new RegionPortrayal());
        placesPortrayal.setPortrayalForClass(AcademicView.class, new RectanglePortrayal2D(new Color(0x44, 0x44, 0x44), 6));
        linksPortrayal.setField(new SpatialNetwork2D(places, links));
        SimpleEdgePortrayal2D edge = new SimpleEdgePortrayal2D(new Color(0x88, 0x88, 0x88), null);
        edge.setShape(SimpleEdgePortrayal2D.SHAPE_THIN_LINE);
        linksPortrayal.setPortrayalForAll(edge);
        labelsPortrayal.setField(places);
        refreshLinks(w);
    }

    private Double2D at(double xKm, double yKm) {
        return new Double2D(xKm - minX + MARGIN_KM + padX, maxY - yKm + MARGIN_KM + padY);
    }

    /** A region's circle (km): its area grows with its firms, relative to the largest region now. */
    private double diameterKm(RegionView v, double largest) {
        return MIN_DIAMETER_KM + (MAX_DIAMETER_KM - MIN_DIAMETER_KM) * Math.sqrt(v.getFirms() / largest);
    }

    private double largestFirms() {
        return Math.max(1, regions.stream().mapToInt(RegionView::getFirms).max().orElse(1));
    }

    /**
     * The region names placed for a drawing of the field into {@code draw} (pixels), with text
     * measured by {@code metrics}: none overlaps another, and all lie inside {@code draw}.
     */
    List<LabelPlacement.Placed> labels(Rectangle2D.Double draw, FontMetrics metrics) {
        double xScale = draw.width / places.width;
        double yScale = draw.height / places.height;
        double largest = largestFirms();
        List<LabelPlacement.Anchor> anchors = new ArrayList<>();
        for (RegionView v : regions) {
            Double2D loc = places.getObjectLocation(v);
            anchors.add(new LabelPlacement.Anchor(v.getName(), draw.x + xScale * loc.x, draw.y + yScale * loc.y,
                    diameterKm(v, largest) / 2 * xScale, metrics.stringWidth(v.getName()), metrics.getHeight(),
                    v.getFirms()));
        }
        return LabelPlacement.place(anchors, draw);
    }

    /** Redraws the strongest region-to-region links from the ties of the world. */
    void refreshLinks(World w) {
        Map<Long, Integer> count = new HashMap<>();
        for (int i = 0; i < w.ties.size(); i++) {
            int a = w.ties.regionA(i);
            int b = w.ties.regionB(i);
            if (a != b) {
                count.merge((long) Math.min(a, b) * w.regions.length + Math.max(a, b), 1, Integer::sum);
            }
        }
        links.removeAllEdges();
        count.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).limit(LINKS)
                .forEach(e -> links.addEdge(new Edge(regions.get((int) (e.getKey() / w.regions.length)),
                        regions.get((int) (e.getKey() % w.regions.length)), e.getValue())));
    }

    /** A region: area grows with its firms, grey darkens with its maturity (lightest: least mature now). */
    private final class RegionPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            RegionView v = (RegionView) object;
            scale = diameterKm(v, largestFirms());
            // Shaded across the regions' current range of maturity, so differences show even when all are similar.
            double low = regions.stream().mapToDouble(RegionView::maturity).min().orElse(0);
            double high = regions.stream().mapToDouble(RegionView::maturity).max().orElse(1);
            double relative = high > low ? (v.maturity() - low) / (high - low) : 0.5;
            int grey = (int) (220 - 190 * relative);
            paint = new Color(grey, grey, grey);
            filled = true;
            super.draw(object, graphics, info);
        }
    }

    /** The names of the regions, drawn above everything else where {@link #labels} places them. */
    private final class RegionLabels extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
            if (graphics == null || regions.isEmpty()) {
                return; // names are not hit: a click on a name's region inspects the region
            }
            graphics.setFont(LABEL_FONT);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics metrics = graphics.getFontMetrics();
            for (LabelPlacement.Placed p : labels(info.draw, metrics)) {
                Rectangle2D.Double box = p.box();
                graphics.setColor(new Color(255, 255, 255, 190));
                graphics.fill(box);
                graphics.setColor(LABEL_COLOUR);
                graphics.drawString(p.anchor().text(), (float) box.x, (float) (box.y + metrics.getAscent()));
            }
        }
    }
}
