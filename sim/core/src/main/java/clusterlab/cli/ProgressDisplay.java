package clusterlab.cli;

import clusterlab.run.RunProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (months done, the fiscal year, the ETA), drawn with the
 * progressbar library on standard error. Nothing is drawn under {@code --quiet} or when standard
 * output is not a terminal (pipes, CI logs).
 */
final class ProgressDisplay implements RunProgress {
    private ProgressBar bar;

    private ProgressDisplay() {
    }

    static RunProgress create(boolean quiet) {
        return quiet || System.console() == null ? RunProgress.NONE : new ProgressDisplay();
    }

    @Override
    public void started(int ticks) {
        bar = bar("Simulating", ticks, " months").clearDisplayOnFinish().build();
    }

    /** The look every progress bar of the command line shares: plain ASCII, at most 100 columns. */
    static ProgressBarBuilder bar(String task, int max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setMaxRenderedLength(100);
    }

    @Override
    public void tick(int ticksDone, int fiscalYear) {
        bar.stepTo(ticksDone);
        bar.setExtraMessage("FY" + fiscalYear);
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
        }
    }
}
