package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Binds a YAML tree to immutable records, checking each value against the {@link Param} of its
 * record component: unknown fields (with a "did you mean"), wrong types, out-of-range numbers,
 * values outside an allowed set. Missing parameters take their documented defaults. Every failure
 * is a {@link ScenarioException} naming the source position, the dotted path and what is allowed.
 */
public final class Binder {
    private final Function<String, Origin> originOf;

    /** @param originOf where the value at a dotted path came from (file position or option) */
    public Binder(Function<String, Origin> originOf) {
        this.originOf = originOf;
    }

    /** Binds {@code node} (an object) at {@code path} to a record of {@code type}. */
    public <T extends Record> T bindRecord(Class<T> type, JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "expected a mapping of fields (" + String.join(", ", fieldNames(type))
                    + "), got " + describe(node));
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> known = fieldNames(type);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw fail(Names.join(path, key), "unknown field" + Names.knownFieldsHint(key, known));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = Names.snake(c.getName());
            String childPath = Names.join(path, name);
            Param param = c.getAnnotation(Param.class);
            if (param == null) {
                throw new IllegalStateException("record component without @Param: " + type.getName()
                        + "." + c.getName());
            }
            JsonNode value = node.get(name);
            if (value == null) {
                if (Param.REQUIRED.equals(param.def())) {
                    throw fail(childPath, "is required (" + expectation(c.getGenericType(), param) + ")");
                }
                value = Defaults.of(param);
            }
            args[i] = bindValue(c.getGenericType(), param, value, childPath);
            types[i] = c.getType();
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ScenarioException se) {
                throw se;
            }
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw fail(path, iae.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The snake_case field names of a record type, in declaration order. */
    public static List<String> fieldNames(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> Names.snake(c.getName())).toList();
    }

    private Object bindValue(Type type, Param param, JsonNode node, String path) {
        if (node.isNull()) {
            throw fail(path, "has no value; expected " + expectation(type, param));
        }
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (raw == List.class) {
                return bindList(pt.getActualTypeArguments()[0], param, node, path);
            }
            if (raw == Map.class) {
                return bindMap(pt.getActualTypeArguments()[1], param, node, path);
            }
        }
        Class<?> cls = (Class<?>) type;
        if (cls.isRecord()) {
            return bindRecord(cls.asSubclass(Record.class), node, path);
        }
        return bindScalar(cls, param, node, path);
    }

    private List<Object> bindList(Type element, Param param, JsonNode node, String path) {
        if (!node.isArray()) {
            throw fail(path, "expected a list, got " + describe(node));
        }
        if (node.size() < param.min() || node.size() > param.max()) {
            throw fail(path, "expected " + sizeRange(param) + " elements, got " + node.size());
        }
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(bindElement(element, param, node.get(i), Names.join(path, Integer.toString(i))));
        }
        return Collections.unmodifiableList(out);
    }

    private Map<String, Object> bindMap(Type element, Param param, JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "expected a mapping of name: value, got " + describe(node));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), bindElement(element, param, e.getValue(), Names.join(path, e.getKey())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Elements of lists and maps: records bind by their own annotations, scalars by the list's. */
    private Object bindElement(Type element, Param param, JsonNode node, String path) {
        Class<?> cls = (Class<?>) element;
        if (node.isNull()) {
            throw fail(path, "has no value");
        }
        if (cls.isRecord()) {
            return bindRecord(cls.asSubclass(Record.class), node, path);
        }
        Param elementParam = new ElementParam(param);
        return bindScalar(cls, elementParam, node, path);
    }

    private Object bindScalar(Class<?> cls, Param param, JsonNode node, String path) {
        if (cls == String.class || cls.isEnum()) {
            if (!node.isTextual()) {
                throw fail(path, "expected text" + allowedText(cls, param) + ", got " + describe(node));
            }
            String s = node.textValue();
            List<String> allowed = allowedValues(cls, param);
            if (!allowed.isEmpty() && !allowed.contains(s)) {
                String hint = Names.closest(s, allowed)
                        .map(v -> " (did you mean '" + v + "'?)").orElse("");
                throw fail(path, "'" + s + "' is not allowed; allowed values: "
                        + String.join(", ", allowed) + hint);
            }
            if (!param.pattern().isEmpty() && !Pattern.matches(param.pattern(), s)) {
                throw fail(path, "'" + s + "' does not match the allowed form " + param.pattern());
            }
            return cls.isEnum() ? cls.getEnumConstants()[allowed.indexOf(s)] : s;
        }
        if (cls == boolean.class || cls == Boolean.class) {
            if (!node.isBoolean()) {
                throw fail(path, "expected true or false, got " + describe(node));
            }
            return node.booleanValue();
        }
        if (!node.isNumber()) {
            throw fail(path, "expected " + expectation(cls, param) + ", got " + describe(node));
        }
        double v = node.doubleValue();
        boolean integral = cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class;
        if (integral && !(node.isIntegralNumber() || v == Math.rint(v))) {
            throw fail(path, "expected a whole number (" + rangeText(param) + "), got " + node.asText());
        }
        if (!Double.isFinite(v) || v < param.min() || v > param.max()
                || (param.exclusiveMin() && v == param.min())) {
            throw fail(path, "value " + node.asText() + " is out of range; allowed: " + rangeText(param));
        }
        if (cls == int.class || cls == Integer.class) {
            return (int) v;
        }
        if (cls == long.class || cls == Long.class) {
            return node.isIntegralNumber() ? node.longValue() : (long) v;
        }
        return v;
    }

    private ScenarioException fail(String path, String problem) {
        return ScenarioException.at(originOf.apply(path), path, problem);
    }

    /** A phrase such as "a number in oku/year, 0 to 1000". */
    static String expectation(Type type, Param p) {
        if (type instanceof ParameterizedType pt) {
            return ((Class<?>) pt.getRawType()) == Map.class ? "a mapping of name: value" : "a list";
        }
        Class<?> cls = (Class<?>) type;
        if (cls.isRecord()) {
            return "a mapping of fields";
        }
        if (cls == String.class || cls.isEnum()) {
            return "text" + allowedText(cls, p);
        }
        if (cls == boolean.class) {
            return "true or false";
        }
        String kind = cls == int.class || cls == long.class ? "a whole number" : "a number";
        return kind + " (" + rangeText(p) + ")";
    }

    private static String allowedText(Class<?> cls, Param p) {
        List<String> allowed = allowedValues(cls, p);
        return allowed.isEmpty() ? "" : " (one of " + String.join(", ", allowed) + ")";
    }

    /** The words a text parameter may take: an enum's constants, else the {@link Param}'s values (empty: any). */
    static List<String> allowedValues(Class<?> cls, Param p) {
        return cls.isEnum() ? Names.words(cls) : Arrays.asList(p.values());
    }

    /** "0 to 1 1/month" style range with its unit. */
    public static String rangeText(Param p) {
        String unit = "1".equals(p.unit()) ? "" : " " + p.unit();
        boolean lo = p.min() != Double.NEGATIVE_INFINITY;
        boolean hi = p.max() != Double.POSITIVE_INFINITY;
        String min = format(p.min());
        String max = format(p.max());
        String range;
        if (lo && hi) {
            range = (p.exclusiveMin() ? "greater than " + min + " and up to " : "from " + min + " to ") + max;
        } else if (lo) {
            range = (p.exclusiveMin() ? "greater than " : "at least ") + min;
        } else if (hi) {
            range = "at most " + max;
        } else {
            range = "any value";
        }
        return range + unit;
    }

    private static String sizeRange(Param p) {
        boolean hi = p.max() != Double.POSITIVE_INFINITY;
        return hi ? format(p.min()) + " to " + format(p.max()) : "at least " + format(Math.max(0, p.min()));
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text '" + node.textValue() + "'";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "nothing";
        }
        return node.asText();
    }
}
