package clusterlab.cli;

import clusterlab.firms.KernelKind;
import clusterlab.run.RunRequest;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.world.WorldBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The scenario and the options that shape one run (seed, horizon, scale, threads), shared by run and bench. */
final class RunOptions {
    /** Largest population a run may have: firm ids are ints, and the memory of a 2-core laptop. */
    private static final long MAX_FIRMS = 50_000_000L;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--years", paramLabel = "Y", description = "Horizon in fiscal years (default: the scenario's).")
    Integer years;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Multiply every population by F, greater than 0 and up to 100 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the firm kernel, 1 to 1024 (default: the number of processors). "
                    + "Results do not depend on it.")
    Integer threads;

    /**
     * A scenario as the options resolved it, with those options as the user gave them (the --set
     * overrides, then --seed and the horizon) for the manifest.
     */
    record Resolved(ResolvedScenario scenario, List<String> overrides) {
    }

    /**
     * Checks the options and loads the scenario with --set, --seed and --years applied.
     *
     * @throws ParameterException naming the option and its allowed range
     */
    Resolved resolve(CommandSpec spec) {
        return resolve(spec, years, "--years");
    }

    /**
     * As {@link #resolve(CommandSpec)}, with the horizon set by {@code horizonOption} instead of --years,
     * and {@code more} changes after it.
     */
    Resolved resolve(CommandSpec spec, Integer horizon, String horizonOption, Assignment... more) {
        if (!(scale > 0 && scale <= 100)) {
            throw new ParameterException(spec.commandLine(),
                    "option '--scale': value " + scale + " is out of range; allowed: greater than 0 and up to 100");
        }
        int threadCount = threadCount();
        if (threadCount < 1 || threadCount > 1024) {
            throw new ParameterException(spec.commandLine(),
                    "option '--threads': value " + threadCount + " is out of range; allowed: from 1 to 1024");
        }
        if (clusterlab.experiment.SweepFile.isSweep(scenario.file)) {
            throw new ParameterException(spec.commandLine(), scenario.file + " is a sweep file (it has 'base' or "
                    + "'design'); run it with 'clusterlab sweep " + scenario.file + "'");
        }
        List<Assignment> extra = new ArrayList<>();
        if (seed != null) {
            extra.add(new Assignment("seed=" + seed, "--seed " + seed));
        }
        if (horizon != null) {
            extra.add(new Assignment("years=" + horizon, horizonOption + " " + horizon));
        }
        extra.addAll(List.of(more));
        ResolvedScenario resolved = scenario.load(extra);
        long firms = WorldBuilder.totalFirms(resolved.scenario(), scale);
        if (firms > MAX_FIRMS) {
            throw new ParameterException(spec.commandLine(), "option '--scale': " + scale + " gives " + firms
                    + " firms; at most " + MAX_FIRMS + " are supported");
        }
        List<String> given = new ArrayList<>(scenario.sets);
        extra.forEach(a -> given.add(a.text()));
        return new Resolved(resolved, List.copyOf(given));
    }

    /** The request for one run of a resolved scenario at these options' scale and thread count. */
    RunRequest request(Resolved resolved, KernelKind kernel, Path out, boolean snapshots) {
        return new RunRequest(resolved.scenario(), scale, threadCount(), kernel, out, snapshots, resolved.overrides());
    }

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
