package clusterlab.experiment;

import clusterlab.metrics.Indicator;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.Binder;
import clusterlab.scenario.Names;
import clusterlab.scenario.Origin;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.scenario.SourceTree;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks a sweep file (see docs/experiments.md, "Sweeps"). Every problem is a
 * {@link ScenarioException} naming the file, the line, the field and what is allowed; whether the
 * swept paths are real parameters is checked later, by loading the scenario at every point.
 */
public final class SweepFile {
    static final List<String> FIELDS = List.of("description", "base", "set", "design", "samples", "levels",
            "parameters", "replications", "seed", "arms", "scale", "common_random_numbers", "outputs", "warmup_years");
    /** Arm names become parts of folder names: letters, digits, '_' and '-' only, so no path can escape. */
    private static final Pattern ARM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final int MAX_SAMPLES = 100_000;
    private static final int MAX_REPLICATIONS = 10_000;
    private static final long MAX_RUNS = 1_000_000;
    private static final List<Indicator> DEFAULT_OUTPUTS = List.of(Indicator.PATENT_APPLICATIONS,
            Indicator.COMMERCIALISATIONS, Indicator.NEW_BUSINESSES, Indicator.EMPLOYMENT);

    private final String name;
    private final JsonNode root;
    private final Map<String, Origin> origins;

    private SweepFile(String name, SourceTree tree) {
        this.name = name;
        this.root = tree.root();
        this.origins = tree.origins();
    }

    /**
     * Whether {@code file} is a sweep file rather than a scenario: it names a {@code base} or a
     * {@code design}, fields no scenario has, so that a sweep lacking one is checked as a sweep.
     *
     * @throws ScenarioException for a mapping with no field of either kind, saying what each needs
     */
    public static boolean isSweep(Path file) {
        SourceTree tree;
        try {
            tree = SourceTree.read(file, file.toString());
        } catch (ScenarioException e) {
            return false; // loading it as a scenario reports the problem
        }
        JsonNode root = tree.root();
        if (!root.isObject()) {
            return false;
        }
        if (root.has("base") || root.has("design")) {
            return true;
        }
        List<String> known = new ArrayList<>(Binder.fieldNames(Scenario.class));
        known.add("extends");
        known.addAll(FIELDS);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            if (known.contains(it.next())) {
                return false;
            }
        }
        throw new ScenarioException(tree.origins().get("") + ": neither a scenario nor a sweep file: a scenario has "
                + "'name' and 'regions' (or 'extends' naming a scenario file that has them; see scenarios/*.yaml); "
                + "a sweep has 'base' (the scenario file it varies), 'design' (" + Design.labels()
                + ") and 'parameters' (see scenarios/sweeps/)");
    }

    /**
     * Loads {@code file}; {@code extra} are command-line {@code --set} changes applied after the
     * file's own {@code set}.
     */
    public static SweepSpec load(Path file, List<Assignment> extra) {
        SweepFile f = new SweepFile(file.toString(), SourceTree.read(file, file.toString()));
        return f.spec(file, extra);
    }

    private SweepSpec spec(Path file, List<Assignment> extra) {
        if (!root.isObject()) {
            throw new ScenarioException(name + ": a sweep file must be a YAML mapping of fields, got "
                    + Binder.describe(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw error(field, "unknown field" + Names.closest(field, FIELDS).map(c -> "; did you mean '" + c + "'?")
                        .orElse("; allowed: " + String.join(", ", FIELDS)));
            }
        }
        JsonNode baseNode = required("base", "the path of the base scenario file, relative to the sweep file");
        if (!baseNode.isTextual() || baseNode.textValue().isBlank()) {
            throw error("base", "expected the path of the base scenario file, relative to the sweep file, got "
                    + Binder.describe(baseNode));
        }
        Path base = file.toAbsolutePath().normalize().resolveSibling(baseNode.textValue()).normalize();
        if (!java.nio.file.Files.isRegularFile(base)) {
            throw error("base", "base scenario '" + baseNode.textValue() + "' not found (looked for " + base + ")");
        }
        Design design = design();
        int samples = design.samplesRanges() ? (int) whole("samples", 1, MAX_SAMPLES, -1)
                : absent("samples", "only sampling designs (lhs, sobol, morris) take samples");
        int levels = design == Design.MORRIS ? levels()
                : absent("levels", "only the morris design takes levels");
        List<SweptParameter> parameters = parameters(design);
        List<Assignment> fixed = new ArrayList<>(changes(root.get("set"), "set"));
        fixed.addAll(extra);
        List<Arm> arms = arms();
        int replications = (int) whole("replications", 1, MAX_REPLICATIONS, 1);
        long seed = whole("seed", 0, Long.MAX_VALUE, 1);
        double scale = number("scale", 1.0);
        boolean crn = flag("common_random_numbers", true);
        SweepSpec spec = new SweepSpec(file, base, List.copyOf(fixed),
                extra.stream().map(Assignment::text).toList(), design, samples, levels, parameters, arms,
                replications, seed, scale, crn, outputs(), warmupYears(crn));
        long runs = (long) SweepPlan.pointCount(spec) * arms.size() * replications;
        if (runs > MAX_RUNS) {
            throw error("replications", "the sweep would make " + runs + " runs; at most " + MAX_RUNS
                    + " are allowed (fewer values, samples or replications)");
        }
        return spec;
    }

    /** Years of the shared warm-up; it needs common random numbers, since one warm-up serves every point. */
    private int warmupYears(boolean crn) {
        int years = (int) whole("warmup_years", 0, 199, 0);
        if (years > 0 && !crn) {
            throw error("warmup_years", "a shared warm-up needs common_random_numbers: true (every point of a "
                    + "replication forks from the same warm-up, so they share its seed)");
        }
        return years;
    }

    private Design design() {
        JsonNode node = required("design", "one of " + Design.labels());
        for (Design d : Design.values()) {
            if (node.isTextual() && d.label().equals(node.textValue())) {
                return d;
            }
        }
        throw error("design", "expected one of " + Design.labels() + ", got " + Binder.describe(node));
    }

    private int levels() {
        int levels = (int) whole("levels", 2, 20, 4);
        if (levels % 2 != 0) {
            throw error("levels", "expected an even number of levels from 2 to 20 (Morris steps cross half the grid), got "
                    + levels);
        }
        return levels;
    }

    private List<SweptParameter> parameters(Design design) {
        String expected = "a mapping of dotted parameter paths to "
                + (design.samplesRanges() ? "ranges {min: ..., max: ...}" : "lists of values");
        JsonNode node = required("parameters", expected);
        if (!node.isObject() || node.isEmpty()) {
            throw error("parameters", "expected " + expected + ", got " + Binder.describe(node));
        }
        List<SweptParameter> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "parameters." + e.getKey();
            JsonNode v = e.getValue();
            if (design.samplesRanges()) {
                out.add(range(path, e.getKey(), v, design));
            } else {
                if (!v.isArray() || v.isEmpty()) {
                    throw error(path, "a grid needs a non-empty list of values, e.g. [1, 2, 3], got " + Binder.describe(v));
                }
                List<String> values = new ArrayList<>();
                v.forEach(x -> values.add(text(x)));
                out.add(SweptParameter.listed(e.getKey(), values));
            }
        }
        return List.copyOf(out);
    }

    private SweptParameter range(String path, String param, JsonNode v, Design design) {
        if (!v.isObject() || !v.has("min") || !v.has("max")) {
            throw error(path, "the " + design.label() + " design samples ranges; expected {min: ..., max: ...}, got "
                    + Binder.describe(v));
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("min", "max", "whole").contains(k)) {
                throw error(path + "." + k, "unknown field of a range; allowed: min, max, whole");
            }
        }
        JsonNode min = v.get("min");
        JsonNode max = v.get("max");
        if (!min.isNumber() || !max.isNumber() || !Double.isFinite(min.doubleValue())
                || !Double.isFinite(max.doubleValue()) || !(min.doubleValue() < max.doubleValue())) {
            throw error(path, "expected numbers with min < max, got min " + Binder.describe(min) + " and max "
                    + Binder.describe(max));
        }
        JsonNode whole = v.get("whole");
        if (whole != null && !whole.isBoolean()) {
            throw error(path + ".whole", "expected true or false, got " + Binder.describe(whole));
        }
        boolean isWhole = whole != null && whole.booleanValue();
        if (isWhole && (min.doubleValue() != Math.rint(min.doubleValue()) || max.doubleValue() != Math.rint(max.doubleValue()))) {
            throw error(path, "a whole-number range needs whole-number min and max");
        }
        return SweptParameter.range(param, min.doubleValue(), max.doubleValue(), isWhole);
    }

    private List<Arm> arms() {
        JsonNode node = root.get("arms");
        if (node == null) {
            return List.of(new Arm("", List.of()));
        }
        if (!node.isObject() || node.size() < 2) {
            throw error("arms", "expected a mapping of at least two arm names to their changes, e.g. "
                    + "{concentrated: {programmes.0.regions_selected: 3}, dispersed: {...}}, got "
                    + (node.isObject() ? node.size() + " arm" : Binder.describe(node)));
        }
        List<Arm> arms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!ARM_NAME.matcher(e.getKey()).matches()) {
                throw error("arms." + e.getKey(), "an arm name may hold only letters, digits, '_' and '-' "
                        + "(1 to 40 characters, starting with a letter or digit)");
            }
            arms.add(new Arm(e.getKey(), changes(e.getValue(), "arms." + e.getKey())));
        }
        return List.copyOf(arms);
    }

    /** A mapping of dotted paths to values, as changes that name their place in this file. */
    private List<Assignment> changes(JsonNode node, String path) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            throw error(path, "expected a mapping of dotted parameter paths to values, e.g. {years: 10}, got "
                    + Binder.describe(node));
        }
        List<Assignment> out = new ArrayList<>();
        flatten(node, "", path, out);
        return out;
    }

    /**
     * Nested mappings become dotted paths ({@code {knowledge: {x: 1}}} is {@code knowledge.x=1}), so a
     * change never replaces a whole group of parameters and resets the rest to their defaults.
     */
    private void flatten(JsonNode node, String prefix, String path, List<Assignment> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            String at = path + "." + e.getKey();
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                flatten(e.getValue(), key, at, out);
            } else {
                out.add(new Assignment(key + "=" + text(e.getValue()), where(at).toString()));
            }
        }
    }

    private List<Indicator> outputs() {
        JsonNode node = root.get("outputs");
        if (node == null) {
            return DEFAULT_OUTPUTS;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw error("outputs", "expected a list of indicator names, e.g. [patent_applications], got "
                    + Binder.describe(node));
        }
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode x = node.get(i);
            Indicator found = Arrays.stream(Indicator.values())
                    .filter(ind -> x.isTextual() && ind.column().equals(x.textValue())).findFirst()
                    .orElseThrow(() -> error("outputs", "unknown indicator " + Binder.describe(x)
                            + "; see 'clusterlab indicators' for the names"));
            out.add(found);
        }
        return List.copyOf(out);
    }

    /** A value as YAML text for an override: numbers in plain decimals, lists and mappings in flow style. */
    static String text(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return SweptParameter.text(v.doubleValue());
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** A field the file must give; {@code expected} says what it takes. */
    private JsonNode required(String field, String expected) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw missing(field, "; expected " + expected);
        }
        return node;
    }

    /** A missing field, named at the file's top-level mapping since it has no line of its own. */
    private ScenarioException missing(String field, String what) {
        return new ScenarioException(where("") + ": field '" + field + "' is required" + what);
    }

    private int absent(String field, String why) {
        if (root.has(field)) {
            throw error(field, why);
        }
        return 0;
    }

    private long whole(String field, long min, long max, long fallback) {
        JsonNode node = root.get(field);
        if (node == null && fallback >= 0) {
            return fallback;
        }
        if (node == null) {
            throw missing(field, " for this design; expected a whole number from " + min + " to " + max);
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            throw error(field, "expected a whole number from " + min + " to " + max + ", got " + Binder.describe(node));
        }
        return node.longValue();
    }

    private double number(String field, double fallback) {
        JsonNode node = root.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || !(node.doubleValue() > 0 && node.doubleValue() <= 100)) {
            throw error(field, "expected a number greater than 0 and up to 100, got " + Binder.describe(node));
        }
        return node.doubleValue();
    }

    private boolean flag(String field, boolean fallback) {
        JsonNode node = root.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error(field, "expected true or false, got " + Binder.describe(node));
        }
        return node.booleanValue();
    }

    private Origin where(String path) {
        Origin o = origins.get(path);
        return o != null ? o : Origin.file(name);
    }

    private ScenarioException error(String path, String problem) {
        return ScenarioException.at(where(path), path, problem);
    }
}
