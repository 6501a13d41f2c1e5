package clusterlab.world;

/**
 * A start-up decided by one stage and founded by the start-up stage, so that all new firm rows
 * are appended in one place and in one order. {@code key} keys the new firm's draws;
 * {@code programme} is the programme whose funded project spawned it, or -1.
 */
public record PendingStartup(int region, int field, boolean spinoff, double capability, long key, int programme) implements java.io.Serializable {
}
