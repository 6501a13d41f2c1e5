package clusterlab.gui;

import clusterlab.world.Region;
import clusterlab.world.World;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.LabelledPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Double2D;

/**
 * The map: regions at their positions (km), drawn larger with more firms and darker with higher
 * cluster maturity; universities and institutes as small squares around them; and the strongest
 * links of the collaboration network between regions (ties summed by region pair), refreshed each
 * fiscal year. Clicking a region or an academic opens its inspector.
 */
final class RegionMap {
    /** Region pairs drawn: the most-tied ones, so the map stays readable. */
    private static final int LINKS = 60;
    private static final double MARGIN_KM = 120;

    final Continuous2D places = new Continuous2D(50, 1, 1);
    final Network links = new Network(false);
    final ContinuousPortrayal2D placesPortrayal = new ContinuousPortrayal2D();
    final NetworkPortrayal2D linksPortrayal = new NetworkPortrayal2D();
    private final List<RegionView> regions = new ArrayList<>();
    private double minX;
    private double maxY;

    /** Lays out a new world. */
    void build(World w) {
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
        places.width = maxX - minX + 2 * MARGIN_KM;
        places.height = maxY - minY + 2 * MARGIN_KM;
        links.clear();
        for (Region r : w.regions) {
            RegionView v = new RegionView(r);
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
        placesPortrayal.setPortrayalForClass(RegionView.class, new LabelledPortrayal2D(new RegionPortrayal(), null));
        placesPortrayal.setPortrayalForClass(AcademicView.class, new RectanglePortrayal2D(new Color(0x44, 0x44, 0x44), 6));
        linksPortrayal.setField(new SpatialNetwork2D(places, links));
        SimpleEdgePortrayal2D edge = new SimpleEdgePortrayal2D(new Color(0x88, 0x88, 0x88), null);
        edge.setShape(SimpleEdgePortrayal2D.SHAPE_THIN_LINE);
        linksPortrayal.setPortrayalForAll(edge);
    }

    private Double2D at(double xKm, double yKm) {
        return new Double2D(xKm - minX + MARGIN_KM, maxY - yKm + MARGIN_KM);
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
            // Relative to the largest region now (firm counts change, and are 0 before the first month).
            double largest = Math.max(1, regions.stream().mapToInt(RegionView::getFirms).max().orElse(1));
            scale = 30 + 90 * Math.sqrt(v.getFirms() / largest);
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
}
