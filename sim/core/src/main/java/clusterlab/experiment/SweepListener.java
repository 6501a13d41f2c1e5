package clusterlab.experiment;

/** Hears how a sweep advances, e.g. to draw a progress bar. Calls come from one thread at a time. */
public interface SweepListener {
    SweepListener NONE = new SweepListener() {
        @Override
        public void started(int planned, int alreadyDone) {
        }

        @Override
        public void finished(RunOutcome outcome) {
        }

        @Override
        public void ended() {
        }
    };

    /** The sweep starts: runs planned in all, and how many of them a previous start finished. */
    void started(int planned, int alreadyDone);

    /** A run ended (completed, failed or interrupted). */
    void finished(RunOutcome outcome);

    /** No more runs will end. */
    void ended();
}
