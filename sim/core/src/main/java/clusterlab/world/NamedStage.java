package clusterlab.world;

/** A {@link Stage} whose name and description are fixed when it is made. */
public abstract class NamedStage implements Stage {
    private final String name;
    private final String description;

    protected NamedStage(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }
}
