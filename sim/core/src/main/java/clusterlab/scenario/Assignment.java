package clusterlab.scenario;

/**
 * One command-line change to a scenario: {@code PATH=VALUE}, and how the user wrote it (for
 * messages), e.g. {@code --set years=5} or {@code --years 5}.
 */
public record Assignment(String text, String shownAs) implements java.io.Serializable {
    /** An override given as {@code --set PATH=VALUE}. */
    public static Assignment set(String text) {
        return new Assignment(text, "--set " + text);
    }
}
