package clusterlab.gui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the windows go on a screen (its usable bounds): the Console down the left, the map in the
 * middle at the screen's full height (Japan is taller than wide), and the charts stacked in a
 * column on the right. Every window lies inside the screen and none overlaps another; on a
 * 1600 × 1000 screen the map is 695 × 1000 and each chart 525 × 333.
 */
record WindowLayout(Rectangle console, Rectangle map, List<Rectangle> charts) {
    /** The Console's width: MASON's default, which its tabs are laid out for. */
    static final int CONSOLE_WIDTH = 380;
    /** The charts' column: this share of the width beside the Console. */
    static final double CHARTS_SHARE = 0.43;

    static WindowLayout of(Rectangle screen, int chartCount) {
        int x = screen.x;
        int y = screen.y;
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width / 3);
        int rest = screen.width - consoleWidth;
        int chartsWidth = (int) Math.round(rest * CHARTS_SHARE);
        int mapWidth = rest - chartsWidth;
        List<Rectangle> charts = new ArrayList<>();
        for (int k = 0; k < chartCount; k++) {
            int top = screen.height * k / chartCount;
            int bottom = screen.height * (k + 1) / chartCount;
            charts.add(new Rectangle(x + consoleWidth + mapWidth, y + top, chartsWidth, bottom - top));
        }
        return new WindowLayout(new Rectangle(x, y, consoleWidth, screen.height),
                new Rectangle(x + consoleWidth, y, mapWidth, screen.height), List.copyOf(charts));
    }

    /** Every window's bounds: the Console, the map, then the charts. */
    List<Rectangle> all() {
        List<Rectangle> all = new ArrayList<>(List.of(console, map));
        all.addAll(charts);
        return all;
    }
}
