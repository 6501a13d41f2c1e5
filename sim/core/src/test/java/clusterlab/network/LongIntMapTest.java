package clusterlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Open addressing with linear probing and backward-shift deletion, against a HashMap model. */
class LongIntMapTest {
    @Test
    void getPutOverwriteRemove() {
        LongIntMap m = new LongIntMap(4);
        assertEquals(-1, m.get(42));
        m.put(42, 7);
        m.put(-5, 9);  // negative keys other than the reserved one are ordinary
        assertEquals(7, m.get(42));
        assertEquals(9, m.get(-5));
        m.put(42, 8);
        assertEquals(8, m.get(42));
        assertEquals(2, m.size());
        m.remove(42);
        m.remove(1234);  // absent: no effect
        assertEquals(-1, m.get(42));
        assertEquals(9, m.get(-5));
        assertEquals(1, m.size());
    }

    @Test
    void reservedEmptyKeyIsRefused() {
        LongIntMap m = new LongIntMap(4);
        assertThrows(IllegalArgumentException.class, () -> m.put(Long.MIN_VALUE, 1));
    }

    @Test
    void randomOperationsMatchAHashMapModel() {
        // A small key space (500 keys) and a map that starts at 32 slots: probe runs are long and
        // wrap around the end of the table, which is where backward-shift deletion can go wrong.
        Random rnd = new Random(99);
        LongIntMap m = new LongIntMap(16);
        Map<Long, Integer> model = new HashMap<>();
        for (int op = 0; op < 20_000; op++) {
            long key = rnd.nextInt(500) * 0x1_0000_0001L;  // tie-like keys: both halves set
            if (rnd.nextInt(100) < 45) {
                m.remove(key);
                model.remove(key);
            } else {
                m.put(key, op);
                model.put(key, op);
            }
            assertEquals(model.size(), m.size(), "op " + op);
            if (op % 97 == 0) {
                for (int k = 0; k < 500; k++) {
                    long q = k * 0x1_0000_0001L;
                    assertEquals(model.getOrDefault(q, -1), m.get(q), "key " + k + " after op " + op);
                }
            }
        }
    }
}
