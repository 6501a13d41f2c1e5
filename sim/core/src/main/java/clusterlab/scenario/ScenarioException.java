package clusterlab.scenario;

/**
 * Bad input: a scenario file, a sweep file or an option value that cannot be used. Its message is
 * complete and meant for the user as it stands (file, field, allowed values), so the command line
 * prints it without a stack trace and exits with code 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    /** A message of the form {@code FILE[:LINE:COL]: field PATH: PROBLEM}. */
    public static ScenarioException at(Origin origin, String path, String problem) {
        String where = origin == null ? "" : origin + ": ";
        String field = path == null || path.isEmpty() ? "" : "field '" + path + "': ";
        return new ScenarioException(where + field + problem);
    }
}
