package clusterlab.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Japanese fiscal years: April to March, tick 0 = April of the first fiscal year. */
class CalendarTest {
    private static final int FY = 2000;

    @Test
    void tickZeroIsAprilOfTheStartYear() {
        assertEquals(FY, Calendar.year(FY, 0));
        assertEquals(4, Calendar.month(0));
        assertEquals(FY, Calendar.fiscalYear(FY, 0));
    }

    @Test
    void decemberAndJanuary() {
        // Tick 8 = December 2000; tick 9 = January 2001, still fiscal year 2000.
        assertEquals(12, Calendar.month(8));
        assertEquals(FY, Calendar.year(FY, 8));
        assertEquals(1, Calendar.month(9));
        assertEquals(FY + 1, Calendar.year(FY, 9));
        assertEquals(FY, Calendar.fiscalYear(FY, 9));
    }

    @Test
    void marchClosesTheFiscalYearAndAprilOpensTheNext() {
        assertEquals(3, Calendar.month(11));
        assertEquals(FY + 1, Calendar.year(FY, 11));
        assertEquals(FY, Calendar.fiscalYear(FY, 11));
        assertEquals(4, Calendar.month(12));
        assertEquals(FY + 1, Calendar.year(FY, 12));
        assertEquals(FY + 1, Calendar.fiscalYear(FY, 12));
    }

    @Test
    void everyTickOfThirtyYearsMapsToAConsistentDate() {
        for (int tick = 0; tick < 360; tick++) {
            int m = Calendar.month(tick);
            assertEquals((tick + 3) % 12 + 1, m);
            int fy = Calendar.fiscalYear(FY, tick);
            int y = Calendar.year(FY, tick);
            // April..December lie in the fiscal year's own calendar year, January..March in the next.
            assertEquals(m >= 4 ? fy : fy + 1, y, "tick " + tick);
            if (tick > 0) {
                int prev = Calendar.month(tick - 1);
                assertEquals(prev % 12 + 1, m, "months advance one at a time");
            }
        }
        assertEquals(FY + 29, Calendar.fiscalYear(FY, 359));
        assertEquals(3, Calendar.month(359));
    }
}
