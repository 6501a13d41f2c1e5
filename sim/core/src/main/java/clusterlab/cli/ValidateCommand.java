package clusterlab.cli;

import clusterlab.model.ClusterModel;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioTree;
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
        description = {"Check a scenario file and print every resolved parameter with its unit, "
                + "and the per-tick stage order. Runs nothing.", ""})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResolvedScenario resolved = scenario.load(List.of());
        Scenario s = resolved.scenario();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + resolved.file() + ": valid");
        if (resolved.chain().size() > 1) {
            out.println("# extends: " + String.join(" <- ",
                    resolved.chain().stream().map(Path::toString).toList()));
        }
        out.printf("# %d regions, %d fields, %d firms, %d programmes, %d fiscal years from FY%d (%d monthly ticks)%n",
                s.regions().size(), s.fields().size(), s.regions().stream().mapToLong(r -> r.firms()).sum(),
                s.programmes().size(), s.years(), s.startFiscalYear(), s.ticks());
        out.println("#");
        out.println("# stage order (every tick):");
        ClusterModel.describe(ClusterModel.stages(s, null, clusterlab.firms.KernelKind.optimised)).forEach(line -> out.println("#   " + line));
        out.println();
        ScenarioTree.listing(s).forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
