package clusterlab.network;

/**
 * The collaboration network as of the last network stage, addressed by actor id: a {@link Csr}
 * over the tied actors (see {@link TiedActors}) with the translation between actor ids and node
 * numbers. Actors without ties, and actors newer than the network, have no partners. Stages use
 * it to find an actor's partners (partners of partners for introductions, partners in other
 * regions for sales) without maps of boxed objects; partners come in ascending order of id.
 */
public final class Adjacency implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    private final Csr graph;
    private final TiedActors actors;

    /** @param graph the network, its node numbers those of {@code actors} */
    public Adjacency(Csr graph, TiedActors actors) {
        if (graph.nodes() != actors.size()) {
            throw new IllegalArgumentException("one node per tied actor needed");
        }
        this.graph = graph;
        this.actors = actors;
    }

    /** An empty network. */
    public static Adjacency empty() {
        return new Adjacency(Csr.of(0, new int[0], new int[0], 0), TiedActors.none());
    }

    /** Number of partners of an actor (0 for one without ties). */
    public int degree(int actorId) {
        int node = actors.node(actorId);
        return node < 0 ? 0 : graph.degree(node);
    }

    /** The actor id of the {@code k}-th partner of an actor, {@code 0 <= k < degree(actorId)}. */
    public int partner(int actorId, int k) {
        return actors.actor(graph.neighbour(actors.node(actorId), k));
    }
}
