package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a scenario file into a validated {@link Scenario}: reads the YAML, follows {@code extends}
 * to its parents (a child's values replace its parent's; mappings merge key by key, lists are
 * replaced whole), applies {@code --set PATH=VALUE} overrides, binds the result to records and
 * checks the rules that tie fields together. Any problem is a {@link ScenarioException}.
 */
public final class ScenarioLoader {
    /** Longest {@code extends} chain; deeper chains are almost certainly a mistake. */
    private static final int MAX_PARENTS = 16;

    private ScenarioLoader() {
    }

    /** Loads {@code file} with the given overrides, applied in order. */
    public static ResolvedScenario load(Path file, List<Assignment> overrides) {
        return load(file, overrides, false);
    }

    /** As {@link #load}, and every calibration target must also lie inside the horizon. */
    public static ResolvedScenario loadForCalibration(Path file, List<Assignment> overrides) {
        return load(file, overrides, true);
    }

    private static ResolvedScenario load(Path file, List<Assignment> overrides, boolean calibrating) {
        List<Path> chain = new ArrayList<>();
        SourceTree tree = readWithParents(file.toAbsolutePath().normalize(), file, chain, file.toString());
        if (!tree.root().isObject()) {
            throw new ScenarioException(file + ": a scenario must be a YAML mapping of fields, got "
                    + Binder.describe(tree.root()));
        }
        ObjectNode root = (ObjectNode) tree.root();
        for (Assignment override : overrides) {
            Overrides.apply(root, tree.origins(), override);
        }
        Map<String, Origin> origins = tree.origins();
        Origin fileOrigin = Origin.file(file.toString());
        Binder binder = new Binder(path -> originOf(origins, path, fileOrigin));
        Scenario scenario = binder.bindRecord(Scenario.class, root, "");
        ScenarioRules rules = new ScenarioRules(path -> originOf(origins, path, fileOrigin));
        rules.check(scenario);
        if (calibrating) {
            rules.checkTargetsInHorizon(scenario);
        }
        return new ResolvedScenario(scenario, file, List.copyOf(chain));
    }

    /** The origin recorded for the path or, failing that, its nearest ancestor. */
    static Origin originOf(Map<String, Origin> origins, String path, Origin fallback) {
        String p = path;
        while (true) {
            Origin o = origins.get(p);
            if (o != null) {
                return o;
            }
            if (p.isEmpty()) {
                return fallback;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
    }

    /**
     * @param file the absolute path, to detect loops
     * @param shown the path as the user would write it (relative to the first file's), for messages
     */
    private static SourceTree readWithParents(Path file, Path shown, List<Path> chain, String shownName) {
        if (chain.contains(file)) {
            StringBuilder loop = new StringBuilder();
            for (Path p : chain) {
                loop.append(p.getFileName()).append(" -> ");
            }
            throw new ScenarioException(shownName + ": field 'extends': the chain of parents loops back ("
                    + loop + file.getFileName() + ")");
        }
        if (chain.size() >= MAX_PARENTS) {
            throw new ScenarioException(shownName + ": field 'extends': more than " + MAX_PARENTS + " levels of parents");
        }
        chain.add(file);
        SourceTree tree = SourceTree.read(file, shown.toString());
        JsonNode ext = tree.root().isObject() ? tree.root().get("extends") : null;
        if (ext == null) {
            return tree;
        }
        Origin at = tree.origins().get("extends");
        if (!ext.isTextual() || ext.textValue().isBlank()) {
            throw ScenarioException.at(at, "extends", "expected the relative path of the parent scenario file, got "
                    + Binder.describe(ext));
        }
        Path parentFile = file.resolveSibling(ext.textValue()).normalize();
        Path parentShown = shown.resolveSibling(ext.textValue()).normalize();
        SourceTree parent;
        try {
            parent = readWithParents(parentFile, parentShown, chain, shownName);
        } catch (ScenarioException e) {
            if (e.getMessage().endsWith("no such file")) {
                throw ScenarioException.at(at, "extends", "parent scenario '" + ext.textValue()
                        + "' not found (looked for " + parentShown + ")");
            }
            throw e;
        }
        if (!parent.root().isObject()) {
            throw ScenarioException.at(at, "extends", "parent " + parentShown + " is not a YAML mapping");
        }
        ObjectNode child = (ObjectNode) tree.root();
        child.remove("extends");
        tree.origins().remove("extends");
        merge((ObjectNode) parent.root(), child, "", parent.origins(), tree.origins());
        return parent;
    }

    /** Deep-merges {@code child} into {@code base}; origins of replaced values follow the child. */
    private static void merge(ObjectNode base, ObjectNode child, String path,
                              Map<String, Origin> baseOrigins, Map<String, Origin> childOrigins) {
        for (Iterator<Map.Entry<String, JsonNode>> it = child.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = Names.join(path, e.getKey());
            JsonNode old = base.get(e.getKey());
            if (old instanceof ObjectNode oldObj && e.getValue() instanceof ObjectNode newObj) {
                merge(oldObj, newObj, p, baseOrigins, childOrigins);
                baseOrigins.put(p, childOrigins.get(p));
            } else {
                removeUnder(baseOrigins, p);
                copyUnder(childOrigins, baseOrigins, p);
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    static void removeUnder(Map<String, Origin> origins, String path) {
        origins.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "."));
    }

    private static void copyUnder(Map<String, Origin> from, Map<String, Origin> to, String path) {
        for (Map.Entry<String, Origin> e : from.entrySet()) {
            if (e.getKey().equals(path) || e.getKey().startsWith(path + ".")) {
                to.put(e.getKey(), e.getValue());
            }
        }
    }
}
