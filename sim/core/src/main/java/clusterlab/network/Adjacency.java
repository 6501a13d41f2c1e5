package clusterlab.network;

import java.util.Arrays;

/**
 * The collaboration network as of the last network stage, addressed by actor id: a {@link Csr}
 * over nodes plus the actor of each node, in ascending order so that an actor's node is found by
 * binary search. Stages use it to find an actor's partners (partners of partners for introductions,
 * partners in other regions for sales) without maps of boxed objects.
 */
public final class Adjacency {
    private final Csr graph;
    private final int[] actorOfNode;

    /** @param actorOfNode actor id of each node of {@code graph}, strictly ascending */
    public Adjacency(Csr graph, int[] actorOfNode) {
        if (actorOfNode.length != graph.nodes()) {
            throw new IllegalArgumentException("one actor per node needed");
        }
        this.graph = graph;
        this.actorOfNode = actorOfNode;
    }

    /** An empty network. */
    public static Adjacency empty() {
        return new Adjacency(Csr.of(0, new int[0], new int[0], 0), new int[0]);
    }

    /** The node of an actor, or -1 if the actor was not in the network when it was built. */
    public int node(int actorId) {
        int n = Arrays.binarySearch(actorOfNode, actorId);
        return n >= 0 ? n : -1;
    }

    public int degree(int node) {
        return graph.degree(node);
    }

    /** The actor id of the {@code k}-th partner of {@code node}. */
    public int partner(int node, int k) {
        return actorOfNode[graph.neighbour(node, k)];
    }
}
