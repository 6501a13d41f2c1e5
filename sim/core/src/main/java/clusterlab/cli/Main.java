package clusterlab.cli;

import clusterlab.output.RunFolder;
import clusterlab.run.Manifest;
import clusterlab.scenario.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code clusterlab} command. Exit codes: 0 success; 2 bad input (usage, a scenario file, an
 * option value), with a message naming the file, the field and what is allowed, and no stack
 * trace; 1 an internal failure; 130 interrupted.
 */
@Command(name = "clusterlab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {RunCommand.class, SweepCommand.class, CompareCommand.class, ReportCommand.class, GuiCommand.class, BenchCommand.class, ValidateCommand.class, CalibrateCommand.class, SchemaCommand.class, IndicatorsCommand.class,
                CommandLine.HelpCommand.class},
        description = {"Agent-based simulation of regional innovation clusters under cluster policies.", ""},
        footer = {"", "Exit codes: 0 success, 1 internal failure, 2 bad input, 130 interrupted.",
                "Run 'clusterlab COMMAND --help' for a command's options."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, validate, calibrate)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with the given standard output and error (for tests and embedding). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(Main::badUsage);
        cl.setExecutionExceptionHandler((e, line, parsed) -> failure(e, line.getErr()));
        return cl;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("clusterlab: error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return BAD_INPUT;
    }

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof ScenarioException || e instanceof RunFolder.OutputFolderException) {
            err.println("clusterlab: error: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("clusterlab: internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug; please report it with the command line and scenario file.");
        err.flush();
        return INTERNAL;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clusterlab " + Manifest.version()};
        }
    }
}
