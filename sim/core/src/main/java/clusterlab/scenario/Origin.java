package clusterlab.scenario;

/**
 * Where a value came from: a file with line and column, or a command-line override. Used so that
 * an error about a merged, overridden parameter still names the place the user must edit.
 */
public record Origin(String source, int line, int column) implements java.io.Serializable {

    /** An origin for a command-line option, as the user wrote it. */
    public static Origin option(String shownAs) {
        return new Origin(shownAs, 0, 0);
    }

    /** An origin for a whole file, with no position. */
    public static Origin file(String file) {
        return new Origin(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
