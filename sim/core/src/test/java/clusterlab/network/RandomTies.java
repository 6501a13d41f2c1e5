package clusterlab.network;

import clusterlab.random.KeyedStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Random simple graphs for tests, drawn from one keyed stream: each tie joins a random node to a
 * near one (within {@code reach} steps along a ring) with chance {@code nearShare}, else to any
 * node; self-ties and repeats are drawn again.
 */
public final class RandomTies {
    public final int nodes;
    public final int[] a;
    public final int[] b;

    private RandomTies(int nodes, int[] a, int[] b) {
        this.nodes = nodes;
        this.a = a;
        this.b = b;
    }

    public static RandomTies draw(long seed, int nodes, int ties, double nearShare, int reach) {
        KeyedStream rng = new KeyedStream(seed);
        int[] a = new int[ties];
        int[] b = new int[ties];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ties; ) {
            int u = rng.below(nodes);
            int v = rng.chance(nearShare) ? (u + 1 + rng.below(reach)) % nodes : rng.below(nodes);
            if (u != v && seen.add((long) Math.min(u, v) * nodes + Math.max(u, v))) {
                a[i] = u;
                b[i++] = v;
            }
        }
        return new RandomTies(nodes, a, b);
    }

    public Csr graph() {
        return Csr.of(nodes, a, b, a.length);
    }
}
