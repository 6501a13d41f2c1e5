package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records back to a tree with the file's snake_case names (for the manifest, which stores every
 * resolved parameter), and the flat, unit-annotated listing that {@code validate} prints.
 */
public final class ScenarioTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioTree() {
    }

    /** The record as a tree, defaults included. */
    public static ObjectNode toTree(Record record) {
        ObjectNode obj = NODES.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            obj.set(Names.snake(c.getName()), toNode(value(c, record)));
        }
        return obj;
    }

    private static JsonNode toNode(Object v) {
        if (v instanceof Record r) {
            return toTree(r);
        }
        if (v instanceof List<?> list) {
            ArrayNode arr = NODES.arrayNode();
            list.forEach(e -> arr.add(toNode(e)));
            return arr;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode obj = NODES.objectNode();
            map.forEach((k, e) -> obj.set(k.toString(), toNode(e)));
            return obj;
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(Names.word(e));
        }
        return NODES.textNode(String.valueOf(v));
    }

    /** One parameter as resolved: its dotted path, its value as text, its unit and its meaning. */
    public record Parameter(String path, String value, String unit, String doc) implements java.io.Serializable {
    }

    /** Every parameter of {@code record} (lists of records by index), in schema order. */
    public static List<Parameter> parameters(Record record) {
        List<Parameter> rows = new ArrayList<>();
        collect(record, "", rows);
        return rows;
    }

    /** One line per parameter: {@code path = value unit}, in schema order. */
    public static List<String> listing(Record record) {
        List<Parameter> rows = parameters(record);
        int width = rows.stream().mapToInt(r -> r.path().length()).max().orElse(0);
        List<String> lines = new ArrayList<>(rows.size());
        for (Parameter r : rows) {
            String unit = r.unit().isEmpty() || "1".equals(r.unit()) ? "" : "  [" + r.unit() + "]";
            lines.add(String.format("%-" + width + "s = %s%s", r.path(), r.value(), unit));
        }
        return lines;
    }

    private static void collect(Record record, String path, List<Parameter> rows) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            String p = Names.join(path, Names.snake(c.getName()));
            Object v = value(c, record);
            Param param = c.getAnnotation(Param.class);
            if (v instanceof Record r) {
                collect(r, p, rows);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
                for (int i = 0; i < list.size(); i++) {
                    collect((Record) list.get(i), p + "." + i, rows);
                }
            } else if (v instanceof List<?> list && list.isEmpty()) {
                rows.add(new Parameter(p, "[]", "", param.doc()));
            } else {
                rows.add(new Parameter(p, toNode(v).toString().replace("\"", ""), param.unit(), param.doc()));
            }
        }
    }

    private static Object value(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
