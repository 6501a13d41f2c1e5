package clusterlab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The windows' layout: inside the screen, none over another (GuiTest checks the real windows). */
class WindowLayoutTest {
    @Test
    void everyWindowFitsA1600By1000ScreenWithoutOverlap() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1600, 1000), new Rectangle(0, 0, 1366, 768),
                new Rectangle(0, 27, 1920, 1053))) {
            WindowLayout layout = WindowLayout.of(screen, LiveCharts.count());
            List<Rectangle> all = layout.all();
            assertEquals(2 + LiveCharts.count(), all.size());
            for (int i = 0; i < all.size(); i++) {
                assertTrue(screen.contains(all.get(i)), all.get(i) + " inside " + screen);
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " and " + all.get(j));
                }
            }
            long area = all.stream().mapToLong(r -> (long) r.width * r.height).sum();
            assertEquals((long) screen.width * screen.height, area, "the windows fill the screen");
        }
        WindowLayout layout = WindowLayout.of(new Rectangle(0, 0, 1600, 1000), 3);
        assertEquals(new Rectangle(380, 0, 695, 1000), layout.map());
        assertEquals(new Rectangle(1075, 0, 525, 333), layout.charts().get(0));
    }
}
