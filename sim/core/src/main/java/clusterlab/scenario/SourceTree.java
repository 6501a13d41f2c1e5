package clusterlab.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as a Jackson tree together with the file position of every value, keyed by
 * dotted path ({@code regions.0.firms}). Jackson's own tree keeps no positions, so the tree is
 * built here from the token stream; this is also where duplicate keys are caught.
 */
public final class SourceTree {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Documents larger than this are refused: a scenario is a page of parameters, not data. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    /** Nesting deeper than this is refused instead of risking a stack overflow. */
    private static final int MAX_DEPTH = 64;

    private final JsonNode root;
    private final Map<String, Origin> origins;

    private SourceTree(JsonNode root, Map<String, Origin> origins) {
        this.root = root;
        this.origins = origins;
    }

    public JsonNode root() {
        return root;
    }

    /** Positions of values, by dotted path; mutable so that merges and overrides can update it. */
    public Map<String, Origin> origins() {
        return origins;
    }

    /** Reads a YAML file; any problem becomes a {@link ScenarioException} naming it {@code name}. */
    public static SourceTree read(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name + ": is a folder; give a scenario file (.yaml)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(name + ": no such file");
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(name + ": file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; a scenario file holds parameters, not data");
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot read file (" + e.getMessage() + ")");
        }
        return parse(text, name);
    }

    /** Parses YAML text; {@code source} names it in messages. */
    public static SourceTree parse(String text, String source) {
        Map<String, Origin> origins = new HashMap<>();
        try (Reader reader = new StringReader(text); JsonParser p = YAML.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioException(source + ": the file is empty; a scenario is a YAML mapping");
            }
            JsonNode root = readValue(p, source, "", origins, 0);
            if (p.nextToken() != null) {
                throw new ScenarioException(source + ": holds more than one YAML document; use one");
            }
            return new SourceTree(root, origins);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String pos = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw syntaxError(source, e.getCause(), pos, firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(source + ": cannot read YAML (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            // SnakeYAML reports some malformed input (bad escapes, tabs, aliases) as unchecked errors.
            throw syntaxError(source, e, "", firstLine(e.getMessage()));
        }
    }

    /**
     * A syntax error at the place SnakeYAML found the problem, where it says: Jackson's own
     * location is that of the last good token, which for a tab is the end of the line before.
     */
    private static ScenarioException syntaxError(String source, Throwable cause, String pos, String message) {
        if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            pos = ":" + (m.getProblemMark().getLine() + 1) + ":" + (m.getProblemMark().getColumn() + 1);
            String problem = m.getProblem() == null ? "" : m.getProblem();
            if (problem.contains("(TAB)")) {
                message = "found a tab: YAML does not allow tabs for indentation (use spaces)";
            } else if (!message.contains(problem)) {
                message += ": " + problem; // the context ("while parsing ...") alone does not say what is wrong
            }
        }
        return new ScenarioException(source + pos + ": YAML syntax error: " + message);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable input" : message.lines().findFirst().orElse("").trim();
    }

    private static JsonNode readValue(JsonParser p, String source, String path,
                                      Map<String, Origin> origins, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(source + ": nesting deeper than " + MAX_DEPTH + " levels");
        }
        JsonLocation loc = p.currentTokenLocation();
        origins.put(path, new Origin(source, loc.getLineNr(), loc.getColumnNr()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode obj = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (obj.has(key)) {
                        throw new ScenarioException(source + ":" + keyLoc.getLineNr() + ":"
                                + keyLoc.getColumnNr() + ": field '" + child + "' is given twice");
                    }
                    p.nextToken();
                    obj.set(key, readValue(p, source, child, origins, depth + 1));
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path.isEmpty() ? Integer.toString(i) : path + "." + i;
                    arr.add(readValue(p, source, child, origins, depth + 1));
                    i++;
                }
                return arr;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new ScenarioException(source + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                        + ": unexpected YAML content (" + t + ")");
        }
    }
}
