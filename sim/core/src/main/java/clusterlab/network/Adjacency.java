package clusterlab.network;

/**
 * The collaboration network as of the last network stage, addressed by actor id: a {@link Csr}
 * whose node numbers are the actor ids themselves, so an actor's partners are found by indexing,
 * with no lookup table. Actors newer than the network (ids past its end) have no partners yet.
 * Stages use it to find an actor's partners (partners of partners for introductions, partners in
 * other regions for sales) without maps of boxed objects.
 */
public final class Adjacency {
    private final Csr graph;

    /** @param graph the network with actor ids as node numbers */
    public Adjacency(Csr graph) {
        this.graph = graph;
    }

    /** An empty network. */
    public static Adjacency empty() {
        return new Adjacency(Csr.of(0, new int[0], new int[0], 0));
    }

    /** Number of partners of an actor (0 for one the network has not seen). */
    public int degree(int actorId) {
        return actorId < graph.nodes() ? graph.degree(actorId) : 0;
    }

    /** The actor id of the {@code k}-th partner of an actor, {@code 0 <= k < degree(actorId)}. */
    public int partner(int actorId, int k) {
        return graph.neighbour(actorId, k);
    }
}
