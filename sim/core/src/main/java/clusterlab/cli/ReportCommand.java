package clusterlab.cli;

import clusterlab.output.RunFolder;
import clusterlab.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clusterlab report}: one self-contained HTML page of runs, sweeps, comparisons and calibrations. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a self-contained HTML report (report.html: charts inlined, opens without a network) "
                + "of run, sweep, comparison or calibration folders, with every chart also as PNG and SVG "
                + "under charts/ for slides and print.", ""})
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders written by run, sweep, compare or calibrate.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for report.html and charts/; must not exist or be empty (default: a new folder under results/).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Report.check(dirs);
        Path dir = out != null ? out : ResultsFolder.fresh("report");
        RunFolder.prepare(dir);
        Path page = Report.write(dirs, dir);
        if (!quiet) {
            spec.commandLine().getOut().println("report: " + page + " (charts as PNG and SVG in " + dir.resolve("charts") + ")");
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
