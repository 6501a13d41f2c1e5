package clusterlab.run;

/** Receives progress of a run, e.g. to draw a progress bar. Called on the run's thread. */
public interface RunProgress {
    RunProgress NONE = new RunProgress() {
        @Override
        public void started(int ticks) {
        }

        @Override
        public void tick(int ticksDone, int fiscalYear) {
        }

        @Override
        public void finished() {
        }
    };

    void started(int ticks);

    void tick(int ticksDone, int fiscalYear);

    void finished();
}
