package clusterlab.cli;

import clusterlab.scenario.JsonSchema;
import clusterlab.scenario.Scenario;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code clusterlab schema}: prints the JSON Schema of scenario files (types, units, ranges,
 * defaults, meanings), for editors and for {@code scenarios/scenario.schema.json}.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of scenario files, with units in x-unit.", ""})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(JsonSchema.of(Scenario.class)));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
