package clusterlab.gui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the map writes region names so that no two overlap: a greedy, deterministic placement.
 * Labels are taken in order of priority (the region's firms; then by name); each tries eight
 * positions around its circle (right, left, above, below, then the four diagonals) and takes the
 * first that stays inside the bounds and clear of every label already placed, preferring one that
 * also leaves the other regions' centres uncovered. A label with no such position is left out: the
 * region is still drawn, and clicking it names it in the inspector.
 */
final class LabelPlacement {
    /** Pixels between a circle and its label, and kept clear around every label. */
    static final double GAP = 2;

    private LabelPlacement() {
    }

    /** A label to place: its text and size, and the circle (centre, radius) it names, in pixels. */
    record Anchor(String text, double x, double y, double radius, double width, double height, double priority) {
    }

    /** A placed label: its anchor and its box, in pixels. */
    record Placed(Anchor anchor, Rectangle2D.Double box) {
    }

    /** The labels that could be placed, in order of priority; {@code bounds} may be null (no limit). */
    static List<Placed> place(List<Anchor> anchors, Rectangle2D bounds) {
        List<Anchor> order = new ArrayList<>(anchors);
        order.sort(Comparator.comparingDouble(Anchor::priority).reversed().thenComparing(Anchor::text));
        List<Placed> placed = new ArrayList<>();
        for (Anchor a : order) {
            Rectangle2D.Double fallback = null;
            Rectangle2D.Double chosen = null;
            for (Rectangle2D.Double box : candidates(a)) {
                if (bounds != null && !bounds.contains(box) || collides(box, placed)) {
                    continue;
                }
                if (coversAnotherCentre(box, a, anchors)) {
                    if (fallback == null) {
                        fallback = box;
                    }
                    continue;
                }
                chosen = box;
                break;
            }
            Rectangle2D.Double box = chosen != null ? chosen : fallback;
            if (box != null) {
                placed.add(new Placed(a, box));
            }
        }
        return placed;
    }

    /** The eight positions tried, in order of preference. */
    static List<Rectangle2D.Double> candidates(Anchor a) {
        double w = a.width();
        double h = a.height();
        double r = a.radius() + GAP;
        double d = r * Math.sqrt(0.5);
        return List.of(
                new Rectangle2D.Double(a.x() + r, a.y() - h / 2, w, h),
                new Rectangle2D.Double(a.x() - r - w, a.y() - h / 2, w, h),
                new Rectangle2D.Double(a.x() - w / 2, a.y() - r - h, w, h),
                new Rectangle2D.Double(a.x() - w / 2, a.y() + r, w, h),
                new Rectangle2D.Double(a.x() + d, a.y() - d - h, w, h),
                new Rectangle2D.Double(a.x() + d, a.y() + d, w, h),
                new Rectangle2D.Double(a.x() - d - w, a.y() - d - h, w, h),
                new Rectangle2D.Double(a.x() - d - w, a.y() + d, w, h));
    }

    private static boolean collides(Rectangle2D.Double box, List<Placed> placed) {
        for (Placed p : placed) {
            Rectangle2D.Double o = p.box();
            if (box.x < o.x + o.width + GAP && o.x < box.x + box.width + GAP
                    && box.y < o.y + o.height + GAP && o.y < box.y + box.height + GAP) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversAnotherCentre(Rectangle2D.Double box, Anchor self, List<Anchor> anchors) {
        for (Anchor o : anchors) {
            if (o != self && box.contains(o.x(), o.y())) {
                return true;
            }
        }
        return false;
    }
}
