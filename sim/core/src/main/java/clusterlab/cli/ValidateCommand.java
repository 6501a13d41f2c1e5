package clusterlab.cli;

import clusterlab.experiment.Arm;
import clusterlab.experiment.SweepFile;
import clusterlab.experiment.SweepPlan;
import clusterlab.experiment.SweepSpec;
import clusterlab.experiment.SweptParameter;
import clusterlab.model.ClusterModel;
import clusterlab.output.CsvTable;
import clusterlab.scenario.ScenarioLoader;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioTree;
import clusterlab.world.WorldBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clusterlab validate}: checks a scenario and prints it fully resolved, with units; runs nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file (or a sweep file, with every arm and listed value) and print every "
                + "resolved parameter with its unit, and the per-tick stage order. Runs nothing.", ""})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResolvedScenario resolved;
        if (SweepFile.isSweep(scenario.file)) {
            SweepPlan plan = SweepPlan.of(SweepFile.load(scenario.file, scenario.assignments()));
            describe(plan, out);
            resolved = ScenarioLoader.load(plan.spec().base(), plan.spec().fixed());
            out.println("# the base scenario with the sweep's fixed changes:");
        } else {
            resolved = scenario.load(List.of());
        }
        Scenario s = resolved.scenario();
        out.println("# " + resolved.file() + ": valid");
        if (resolved.chain().size() > 1) {
            out.println("# extends: " + String.join(" <- ",
                    resolved.chain().stream().map(Path::toString).toList()));
        }
        out.printf("# %d regions, %d fields, %d programmes, %d fiscal years from FY%d (%d monthly ticks)%n",
                s.regions().size(), s.fields().size(), s.programmes().size(), s.years(), s.startFiscalYear(), s.ticks());
        // Regions may hold real counts (census establishments) of which only a sample is simulated.
        out.printf("# firms: %d firm agents simulated (at --scale 1), representing %d establishments "
                        + "(the regions' firms; population.firm_sample %s)%n",
                WorldBuilder.totalFirms(s, 1.0), s.regions().stream().mapToLong(r -> r.firms()).sum(),
                CsvTable.format(s.population().firmSample()));
        // Money a design cannot spend lapses; say so before anyone reads its effect per oku.
        for (String warning : clusterlab.policy.SpendingCheck.warnings(s)) {
            spec.commandLine().getErr().println("clusterlab: warning: " + warning);
        }
        out.println("#");
        out.println("# stage order (every tick):");
        ClusterModel.describe(ClusterModel.stages(s, null, clusterlab.firms.KernelKind.optimised)).forEach(line -> out.println("#   " + line));
        out.println();
        ScenarioTree.listing(s).forEach(out::println);
        out.flush();
        return Main.OK;
    }

    private static void describe(SweepPlan plan, PrintWriter out) {
        SweepSpec s = plan.spec();
        out.printf("# sweep %s: valid; %s design, %d points x %d arm(s) x %d replication(s) = %d runs, master seed %d%n",
                s.file(), s.design().label(), plan.points().size(), s.arms().size(), s.replications(),
                plan.runs().size(), s.seed());
        for (SweptParameter p : s.parameters()) {
            out.printf("#   varies %s: %s%n", p.path(), p.values().isEmpty()
                    ? "from " + p.at(0) + " to " + p.at(1) + (p.whole() ? " (whole numbers)" : "") : String.join(", ", p.values()));
        }
        for (Arm a : s.arms()) {
            if (!a.name().isEmpty()) {
                out.printf("#   arm %s: %s%n", a.name(), String.join(", ", a.changes().stream().map(c -> c.text()).toList()));
            }
        }
        out.println("#");
    }
}
