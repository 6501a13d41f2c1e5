package clusterlab.cli;

import clusterlab.experiment.RunOutcome;
import clusterlab.experiment.SweepListener;
import clusterlab.run.RunStatus;
import me.tongfei.progressbar.ProgressBar;

/**
 * A sweep's progress bar on the terminal: runs done of all planned (those finished by an earlier
 * start included), failures, and the ETA. Silent under {@code --quiet} or without a terminal.
 */
final class SweepProgressDisplay implements SweepListener {
    private ProgressBar bar;
    private int failed;

    private SweepProgressDisplay() {
    }

    static SweepListener create(boolean quiet) {
        return quiet || System.console() == null ? SweepListener.NONE : new SweepProgressDisplay();
    }

    @Override
    public void started(int planned, int alreadyDone) {
        bar = ProgressDisplay.bar("Sweep", planned, " runs").startsFrom(alreadyDone, java.time.Duration.ZERO).build();
        bar.setExtraMessage("failed 0");
    }

    @Override
    public void finished(RunOutcome outcome) {
        if (outcome.status() == RunStatus.INTERRUPTED) {
            return;
        }
        if (outcome.status() == RunStatus.FAILED) {
            failed++;
        }
        bar.step();
        bar.setExtraMessage("failed " + failed);
    }

    @Override
    public void ended() {
        if (bar != null) {
            bar.close();
        }
    }
}
