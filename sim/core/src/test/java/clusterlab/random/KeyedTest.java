package clusterlab.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key derivation and bit mixing under every {@link KeyedStream}. */
class KeyedTest {
    private static final long SEED = 12345L;

    @Test
    void keyIsAPureFunctionOfItsInputs() {
        assertEquals(Keyed.key(SEED, 9, 77, Purpose.STARTUP), Keyed.key(SEED, 9, 77, Purpose.STARTUP));
        assertEquals(Keyed.bits(123L, 4), Keyed.bits(123L, 4));
    }

    @Test
    void tickAndAgentAreNotInterchangeable() {
        // A naive key such as tick + agent would make (1, 2) and (2, 1) collide.
        assertNotEquals(Keyed.key(SEED, 1, 2, Purpose.MARKET), Keyed.key(SEED, 2, 1, Purpose.MARKET));
        // Setup tick -1 is a legal tick distinct from tick 0.
        assertNotEquals(Keyed.key(SEED, -1, 0, Purpose.SETUP_FIRM), Keyed.key(SEED, 0, 0, Purpose.SETUP_FIRM));
    }

    @Test
    void keysOfAGridOfTicksAgentsAndPurposesAreAllDistinct() {
        // 50 ticks x 200 agents x 15 purposes = 150 000 keys; a 64-bit collision among them has
        // probability ~6e-10, so any repeat means the inputs are not all mixed into the key.
        Set<Long> keys = new HashSet<>();
        int n = 0;
        for (int tick = -1; tick < 49; tick++) {
            for (long agent = 0; agent < 200; agent++) {
                for (Purpose p : Purpose.values()) {
                    keys.add(Keyed.key(SEED, tick, agent, p));
                    n++;
                }
            }
        }
        assertEquals(n, keys.size());
    }

    @Test
    void mixIsBijectiveOnASampleAndScramblesNeighbours() {
        // The SplitMix64 finaliser is a bijection: consecutive inputs map to distinct outputs.
        Set<Long> out = new HashSet<>();
        for (long z = 0; z < 100_000; z++) {
            out.add(Keyed.mix(z));
        }
        assertEquals(100_000, out.size());
        // Avalanche: flipping one input bit flips about half (32) of the 64 output bits on average.
        long flipped = 0;
        for (long z = 1; z <= 1000; z++) {
            flipped += Long.bitCount(Keyed.mix(z) ^ Keyed.mix(z ^ 1L));
        }
        assertEquals(32.0, flipped / 1000.0, 1.0);
    }

    @Test
    void unitMapsExtremeBitPatternsIntoHalfOpenInterval() {
        // 53 zero bits give exactly 0; 53 one bits give the largest double below 1.
        assertEquals(0.0, Keyed.unit(0L));
        assertEquals(1.0 - 0x1.0p-53, Keyed.unit(-1L));
        assertTrue(Keyed.unit(-1L) < 1.0);
        // Only the top 53 bits count: the low 11 bits are dropped.
        assertEquals(Keyed.unit(0xFFFF_FFFF_FFFF_F800L), Keyed.unit(-1L));
    }
}
