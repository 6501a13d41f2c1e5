package clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ConcurrentHashMap;

/** Parses and caches the YAML default text of each {@link Param}. */
final class Defaults {
    private static final ConcurrentHashMap<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private Defaults() {
    }

    static JsonNode of(Param p) {
        return CACHE.computeIfAbsent(p.def(), text -> SourceTree.parse(text, "default").root()).deepCopy();
    }
}
