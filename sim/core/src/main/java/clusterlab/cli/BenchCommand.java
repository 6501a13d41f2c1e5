package clusterlab.cli;

import clusterlab.firms.KernelKind;
import clusterlab.model.StageClock;
import clusterlab.output.FolderComparison;
import clusterlab.run.MemoryMeter;
import clusterlab.run.RunResult;
import clusterlab.run.RunStatus;
import clusterlab.run.Runner;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Scenario;
import clusterlab.world.WorldBuilder;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code clusterlab bench}: the whole-run benchmark of docs/performance.md. Times one complete run
 * (all outputs written), then runs the first years with each kernel to measure their speed ratio
 * in the same JVM and to check that their tables are byte-identical.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time a whole run of a scenario: wall time, peak memory, firm-updates per second, "
                + "time by stage, and the optimised kernel's speed against the reference (one MASON Steppable "
                + "per firm) with a check that both give byte-identical tables. See BENCHMARKS.md.", ""})
final class BenchCommand implements Callable<Integer> {
    private static final double GIB = 1024.0 * 1024 * 1024;

    @Mixin
    RunOptions options = new RunOptions();

    @Option(names = "--compare-years", paramLabel = "Y", defaultValue = "1",
            description = "Fiscal years run with each kernel to measure their speed ratio and compare their tables, "
                    + "0 to 100; 0 skips (default: ${DEFAULT-VALUE}).")
    int compareYears;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the benchmark's run folders run/, compare-optimised/ and compare-reference/; "
                    + "must not exist or be empty (default: a new folder under results/).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (compareYears < 0 || compareYears > 100) {
            throw new ParameterException(spec.commandLine(),
                    "option '--compare-years': value " + compareYears + " is out of range; allowed: from 0 to 100");
        }
        RunOptions.Resolved resolved = options.resolve(spec);
        Scenario s = resolved.scenario().scenario();
        Path dir = out != null ? out : ResultsFolder.fresh("bench-" + s.name());
        PrintWriter w = spec.commandLine().getOut();
        int threads = options.threadCount();
        w.printf("benchmark of %s: %,d firms at the start, %d months, %d threads%n", s.name(),
                WorldBuilder.totalFirms(s, options.scale), s.ticks(), threads);
        w.printf("JVM %s (%s), flags %s, max heap %.2f GiB, %d processors%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                MemoryMeter.maxHeapBytes() / GIB, Runtime.getRuntime().availableProcessors());
        w.flush();
        SignalGuard guard = new SignalGuard();
        int code;
        try (guard) {
            code = measure(resolved, dir, threads, guard, w);
        }
        guard.finished();
        return code;
    }

    private int measure(RunOptions.Resolved resolved, Path dir, int threads, SignalGuard guard, PrintWriter w)
            throws Exception {
        MemoryMeter.reset();
        long gcBefore = MemoryMeter.gcMillis();
        long start = System.nanoTime();
        RunResult run = Runner.run(options.request(resolved, KernelKind.optimised, dir.resolve("run"), false),
                ProgressDisplay.create(false), guard.stop);
        double wall = (System.nanoTime() - start) / 1e9;
        if (run.status() != RunStatus.COMPLETE) {
            return stopped(run);
        }
        StageClock clock = run.clock();
        w.printf("%-20s %.1f s wall, all outputs written (world built in %.1f s) -> %s%n", "whole run", wall,
                clock.buildSeconds(), run.dir());
        int spinupYears = resolved.scenario().scenario().spinupYears();
        w.printf("%-20s %.1f s for %d fiscal years before the first (not reported); %.1f s for the %d reported years%n",
                "spin-up", clock.spinupSeconds(), spinupYears, wall - clock.buildSeconds() - clock.spinupSeconds(),
                resolved.scenario().scenario().years());
        String rss = MemoryMeter.peakResidentBytes().stream().mapToObj(b -> String.format("%.2f GiB", b / GIB))
                .findFirst().orElse("n/a");
        w.printf("%-20s heap %.2f GiB at most (sum of the heap pools' peaks), resident set %s, GC %.1f s%n",
                "peak memory", MemoryMeter.peakHeapBytes() / GIB, rss, (MemoryMeter.gcMillis() - gcBefore) / 1e3);
        w.printf("%-20s %,d: %.1f M per second of wall time%n", "firm-updates", clock.firmUpdates(),
                clock.firmUpdates() / wall / 1e6);
        double perSecond = clock.firmUpdates() / clock.kernelSeconds();
        w.printf("%-20s %.1f s: %.1f M firm-updates per second, %.1f M per thread%n", "firm kernel",
                clock.kernelSeconds(), perSecond / 1e6, perSecond / threads / 1e6);
        w.printf("%-20s %s%n", "time by stage", byStage(clock, wall));
        w.flush();
        return compareYears == 0 ? Main.OK : compareKernels(dir, guard, w);
    }

    /** Runs the first years with each kernel: the speed ratio of the kernels, and whether the tables agree. */
    private int compareKernels(Path dir, SignalGuard guard, PrintWriter w) throws Exception {
        // The kernels are compared on the same first months from the built world, without a spin-up.
        RunOptions.Resolved first = options.resolve(spec, compareYears, "--compare-years",
                new Assignment("spinup_years=0", "--compare-years (no spin-up)"));
        RunResult optimised = Runner.run(options.request(first, KernelKind.optimised, dir.resolve("compare-optimised"), false),
                ProgressDisplay.create(false), guard.stop);
        if (optimised.status() != RunStatus.COMPLETE) {
            return stopped(optimised);
        }
        RunResult reference = Runner.run(options.request(first, KernelKind.reference, dir.resolve("compare-reference"), false),
                ProgressDisplay.create(false), guard.stop);
        if (reference.status() != RunStatus.COMPLETE) {
            return stopped(reference);
        }
        double fast = optimised.clock().kernelSeconds();
        double slow = reference.clock().kernelSeconds();
        w.printf("%-20s first %d months, firm kernel %.2f s optimised vs %.2f s reference: %.1fx%n",
                "kernel vs reference", optimised.ticksDone(), fast, slow, slow / fast);
        FolderComparison.Result same = FolderComparison.compareTables(optimised.dir(), reference.dir());
        if (!same.identical()) {
            w.printf("%-20s DIFFER: %s (compare %s and %s)%n", "outputs", same.differing(), optimised.dir(),
                    reference.dir());
            w.flush();
            return Main.INTERNAL;
        }
        w.printf("%-20s %d tables byte-identical between the kernels%n", "outputs", same.compared().size());
        w.flush();
        return Main.OK;
    }

    private static String byStage(StageClock clock, double wall) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < clock.names().size(); i++) {
            parts.add(String.format("%s %.1f s (%.0f%%)", clock.names().get(i), clock.seconds(i),
                    100 * clock.seconds(i) / wall));
        }
        return String.join(", ", parts);
    }

    private int stopped(RunResult result) {
        if (result.status() == RunStatus.INTERRUPTED) {
            spec.commandLine().getErr().println("clusterlab: benchmark interrupted; partial results in " + result.dir());
            return Main.INTERRUPTED;
        }
        throw new IllegalStateException("benchmark run failed after " + result.ticksDone() + " months", result.failure());
    }
}
