package clusterlab.world;

/**
 * One process of the per-tick sequence (sim/ODD.md, section 3): it reads the world and writes the world.
 * Stages know nothing of MASON; the model puts them on the MASON schedule in a fixed order.
 */
public interface Stage {
    /** Short name, as printed in the stage order. */
    String name();

    /** What the stage does, in one line. */
    String description();

    void step(TickContext tick);
}
