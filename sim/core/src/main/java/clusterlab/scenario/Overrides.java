package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * {@code --set PATH=VALUE}: replaces one value of the merged scenario tree by its dotted path.
 * The value is read as YAML, so {@code 5}, {@code true}, {@code ict} and {@code [a, b]} all work.
 * Whether the last segment names a real parameter is left to the binder, which knows the schema.
 */
final class Overrides {
    private Overrides() {
    }

    static void apply(ObjectNode root, Map<String, Origin> origins, Assignment change) {
        String override = change.text();
        Origin origin = Origin.option(change.shownAs());
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(origin + ": expected PATH=VALUE, e.g. --set years=5");
        }
        String path = override.substring(0, eq).trim();
        String text = override.substring(eq + 1);
        if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new ScenarioException(origin + ": '" + path + "' is not a dotted parameter path");
        }
        if (path.equals("extends")) {
            throw new ScenarioException(origin + ": 'extends' cannot be overridden; name the parent file instead");
        }
        JsonNode value = text.isBlank() ? null : SourceTree.parse(text, origin.toString()).root();
        if (value == null || value.isNull()) {
            throw ScenarioException.at(origin, path, "no value given after '='");
        }
        String[] parts = path.split("\\.");
        JsonNode node = root;
        Type type = Scenario.class;
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            at.append(i == 0 ? "" : ".").append(parts[i]);
            type = memberType(type, parts[i], path, origin);
            node = child(node, parts[i], at.toString(), origin, type);
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode obj) {
            obj.set(last, value);
        } else if (node instanceof ArrayNode arr) {
            int index = index(arr, last, path, origin);
            arr.set(index, value);
        } else {
            throw ScenarioException.at(origin, path, "'" + at + "' holds a single value, not fields");
        }
        ScenarioLoader.removeUnder(origins, path);
        origins.put(path, origin);
    }

    /**
     * The schema's type one segment down. An unknown segment before the last is refused here, with
     * the whole path: the binder would only see the empty mapping made for it below, and name it
     * alone at the file's position. The last segment is the binder's to check. Null below a value.
     */
    private static Type memberType(Type type, String key, String path, Origin origin) {
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                if (Names.snake(component.getName()).equals(key)) {
                    return component.getGenericType();
                }
            }
            List<String> known = Binder.fieldNames(c);
            throw ScenarioException.at(origin, path, "unknown field '" + key + "'" + Names.knownFieldsHint(key, known));
        }
        if (type instanceof ParameterizedType generic) {
            Type[] args = generic.getActualTypeArguments();
            return args[args.length - 1]; // a list's element, a map's value
        }
        return null;
    }

    /** The member {@code key} of {@code node}; a missing one is made empty, a list where the schema has a list. */
    private static JsonNode child(JsonNode node, String key, String path, Origin origin, Type type) {
        if (node instanceof ObjectNode obj) {
            JsonNode c = obj.get(key);
            if (c == null) {
                boolean list = type instanceof ParameterizedType generic && generic.getRawType() == List.class;
                c = list ? obj.putArray(key) : obj.putObject(key);
            }
            return c;
        }
        if (node instanceof ArrayNode arr) {
            return arr.get(index(arr, key, path, origin));
        }
        throw ScenarioException.at(origin, path, "cannot descend into a single value");
    }

    private static int index(ArrayNode arr, String key, String path, Origin origin) {
        int i;
        try {
            i = Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ScenarioException.at(origin, path, "this is a list; use an index from 0 to "
                    + (arr.size() - 1) + " instead of '" + key + "'");
        }
        if (arr.isEmpty()) {
            // Elements cannot be made one field at a time: the user has to write the list.
            String list = path.substring(0, path.lastIndexOf('.'));
            String name = list.substring(list.lastIndexOf('.') + 1);
            throw ScenarioException.at(origin, path, "the scenario has no " + list + "; --set changes only what "
                    + "the scenario has, so add a '" + name + ":' list in a scenario file that extends it "
                    + "(see scenarios/*.yaml for examples)");
        }
        if (i < 0 || i >= arr.size()) {
            throw ScenarioException.at(origin, path, "index " + i + " is out of range; the list has "
                    + arr.size() + " elements (0 to " + (arr.size() - 1) + ")");
        }
        return i;
    }
}
