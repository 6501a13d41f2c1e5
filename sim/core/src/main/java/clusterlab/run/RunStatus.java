package clusterlab.run;

import java.util.Locale;

/** How a run ended, as written in the manifest's {@code status}. */
public enum RunStatus {
    RUNNING, COMPLETE, INTERRUPTED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
