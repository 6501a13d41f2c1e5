package clusterlab.cli;

import clusterlab.metrics.Indicator;
import clusterlab.policy.ProgrammeIndicator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code clusterlab indicators}: the indicator dictionary (name, kind, unit, definition) as a
 * Markdown table; the dictionary of docs/outputs.md is this output, and a test keeps the two equal.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Print the indicator dictionary of the output tables (Markdown).", ""})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("| indicator | kind | unit | definition |");
        out.println("| --- | --- | --- | --- |");
        for (Indicator i : Indicator.values()) {
            out.printf("| `%s` | %s | %s | %s |%n", i.column(), i.kind.name().toLowerCase(java.util.Locale.ROOT),
                    i.unit, i.definition);
        }
        out.println("| `regional_concentration_hhi` | stock | 0..1 | National fiscal-year file only: "
                + "Herfindahl-Hirschman index of patent applications across regions (empty when there are none). |");
        out.println();
        out.println("| programme indicator | unit | definition |");
        out.println("| --- | --- | --- |");
        out.println("| `regions_funded` | regions | Regions that received the programme's money in the fiscal year. |");
        for (ProgrammeIndicator i : ProgrammeIndicator.values()) {
            out.printf("| `%s` | %s | %s |%n", i.column(), i.unit, i.definition);
        }
        out.flush();
        return Main.OK;
    }
}
