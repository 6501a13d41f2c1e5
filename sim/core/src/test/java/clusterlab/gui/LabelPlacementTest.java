package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.world.World;
import clusterlab.world.WorldBuilder;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The map's region names: placed so that no two overlap, the larger regions first. */
class LabelPlacementTest {
    /** The map's drawing area in the 1600 x 1000 layout (pixels). */
    private static final Rectangle2D.Double MAP = new Rectangle2D.Double(0, 0, 678, 959);

    private static FontMetrics metrics() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(RegionMap.LABEL_FONT);
    }

    private static void assertNoTwoIntersect(List<LabelPlacement.Placed> placed) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        placed.get(i).anchor().text() + " overlaps " + placed.get(j).anchor().text());
            }
        }
    }

    @Test
    void crowdedLabelsNeverOverlapAndTheLargestTakesTheFirstPlace() {
        // Four circles almost on one spot (like Tokyo, Kanagawa, Saitama and Chiba at a national scale).
        List<LabelPlacement.Anchor> anchors = List.of(
                new LabelPlacement.Anchor("tokyo", 100, 100, 10, 40, 12, 600),
                new LabelPlacement.Anchor("kanagawa", 99, 102, 6, 60, 12, 290),
                new LabelPlacement.Anchor("saitama", 99, 98, 6, 50, 12, 240),
                new LabelPlacement.Anchor("chiba", 102, 99, 5, 40, 12, 190));
        // Written where each would go alone (right of its circle), they overlap: the case to solve.
        assertTrue(LabelPlacement.candidates(anchors.get(0)).get(0).intersects(LabelPlacement.candidates(anchors.get(1)).get(0)));
        List<LabelPlacement.Placed> placed = LabelPlacement.place(anchors, new Rectangle2D.Double(0, 0, 400, 400));
        assertNoTwoIntersect(placed);
        assertEquals("tokyo", placed.get(0).anchor().text());
        assertEquals(LabelPlacement.candidates(anchors.get(0)).get(0), placed.get(0).box(), "the largest goes right of its circle");
        assertTrue(placed.size() >= 3, "the others find places around the circles");
        // The same input gives the same placement.
        assertEquals(placed, LabelPlacement.place(anchors, new Rectangle2D.Double(0, 0, 400, 400)));
    }

    @Test
    void aLabelWithNoFreePlaceIsLeftOutAndNoneLeavesTheBounds() {
        List<LabelPlacement.Anchor> anchors = List.of(
                new LabelPlacement.Anchor("big", 50, 50, 5, 200, 100, 2),
                new LabelPlacement.Anchor("small", 50, 50, 5, 200, 100, 1));
        List<LabelPlacement.Placed> placed = LabelPlacement.place(anchors, new Rectangle2D.Double(0, 0, 500, 400));
        assertEquals(List.of("big"), placed.stream().map(p -> p.anchor().text()).toList());
        assertTrue(new Rectangle2D.Double(0, 0, 500, 400).contains(placed.get(0).box()));
    }

    @Test
    void theBaselinesFortySevenPrefecturesAreNamedWithoutOverlapAndTheLargestAreAllNamed() {
        Scenario s = ScenarioLoader.load(Path.of("../../scenarios/baseline.yaml"), List.of()).scenario();
        World w = WorldBuilder.build(s, 0.02, s.seed());
        RegionMap map = new RegionMap();
        map.build(w, MAP.width / MAP.height);
        List<LabelPlacement.Placed> placed = map.labels(MAP, metrics());
        assertNoTwoIntersect(placed);
        placed.forEach(p -> assertTrue(MAP.contains(p.box()), p.anchor().text() + " inside the map"));
        Set<String> named = placed.stream().map(p -> p.anchor().text()).collect(Collectors.toSet());
        assertTrue(named.containsAll(List.of("tokyo", "osaka", "aichi", "kanagawa", "hokkaido", "fukuoka", "okinawa")), named.toString());
        assertTrue(named.size() >= 40, named.size() + " of 47 named");
        // Each name touches the circle it names: it lies within a label's height of the circle's edge.
        for (LabelPlacement.Placed p : placed) {
            LabelPlacement.Anchor a = p.anchor();
            Rectangle2D.Double b = p.box();
            double dx = Math.max(Math.max(b.x - a.x(), a.x() - (b.x + b.width)), 0);
            double dy = Math.max(Math.max(b.y - a.y(), a.y() - (b.y + b.height)), 0);
            assertTrue(Math.hypot(dx, dy) <= a.radius() + LabelPlacement.GAP + 1e-9, a.text() + " next to its circle");
        }
    }
}
