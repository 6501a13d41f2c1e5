package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Exports the scenario schema as JSON Schema (draft 2020-12) from the {@link Param} annotations,
 * with the unit in {@code x-unit}. Editors use it for completion and checks; the repository keeps
 * a copy in {@code scenarios/scenario.schema.json} that a test holds equal to this output.
 */
public final class JsonSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchema() {
    }

    public static ObjectNode of(Class<? extends Record> type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "clusterlab scenario");
        schema.setAll(recordSchema(type));
        // A scenario may name its parent; the field disappears once parents are merged.
        ((ObjectNode) schema.get("properties")).putObject("extends").put("type", "string")
                .put("description", "Relative path of the parent scenario this file refines.");
        return schema;
    }

    private static ObjectNode recordSchema(Class<?> type) {
        ObjectNode obj = NODES.objectNode();
        obj.put("type", "object");
        obj.put("additionalProperties", false);
        ObjectNode props = obj.putObject("properties");
        var required = obj.putArray("required");
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            ObjectNode prop = typeSchema(c.getGenericType(), p);
            prop.put("description", p.doc());
            prop.put("x-unit", p.unit());
            if (Param.REQUIRED.equals(p.def())) {
                required.add(Names.snake(c.getName()));
            } else {
                prop.set("default", Defaults.of(p));
            }
            props.set(Names.snake(c.getName()), prop);
        }
        if (required.isEmpty()) {
            obj.remove("required");
        }
        return obj;
    }

    private static ObjectNode typeSchema(Type type, Param p) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type element = pt.getActualTypeArguments()[raw == Map.class ? 1 : 0];
            ObjectNode items = elementSchema(element, p);
            ObjectNode out = NODES.objectNode();
            if (raw == List.class) {
                out.put("type", "array");
                bound(out, "minItems", p.min());
                bound(out, "maxItems", p.max());
                out.set("items", items);
            } else {
                out.put("type", "object");
                out.set("additionalProperties", items);
            }
            return out;
        }
        Class<?> cls = (Class<?>) type;
        if (cls.isRecord()) {
            return recordSchema(cls);
        }
        ObjectNode out = NODES.objectNode();
        if (cls == String.class || cls.isEnum()) {
            out.put("type", "string");
            List<String> allowed = Binder.allowedValues(cls, p);
            if (!allowed.isEmpty()) {
                var e = out.putArray("enum");
                allowed.forEach(e::add);
            }
            if (!p.pattern().isEmpty()) {
                out.put("pattern", "^" + p.pattern() + "$");
            }
        } else if (cls == boolean.class) {
            out.put("type", "boolean");
        } else {
            out.put("type", cls == double.class || cls == Double.class ? "number" : "integer");
            bound(out, p.exclusiveMin() ? "exclusiveMinimum" : "minimum", p.min());
            bound(out, "maximum", p.max());
        }
        return out;
    }

    private static ObjectNode elementSchema(Type element, Param p) {
        Class<?> cls = (Class<?>) element;
        return cls.isRecord() ? recordSchema(cls) : typeSchema(cls, new ElementParam(p));
    }

    private static void bound(ObjectNode out, String key, double v) {
        if (Double.isFinite(v)) {
            JsonNode n = v == Math.rint(v)
                    ? NODES.numberNode(new java.math.BigDecimal(v).toBigInteger()) : NODES.numberNode(v);
            out.set(key, n);
        }
    }
}
