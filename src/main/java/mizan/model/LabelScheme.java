package mizan.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's label scheme: stance labels and targets, entity types, claimer stances and the
 * guidelines shown in help. Keys and labels are data; the default ships as {@code labels.json}
 * and a project may install its own. {@link #parse} validates and names what is wrong.
 */
public record LabelScheme(String name, List<LabelDef> stanceLabels, List<Target> targets,
                          List<LabelDef> entityTypes, List<String> claimerStances, List<String> guidelines,
                          String json) {

    /** A label with the key that sets it. */
    public record LabelDef(String id, String key, String name, String color, String description) {
    }

    /** A stance target: an ASCII id, an English name and an Arabic description. */
    public record Target(String id, String name, String description) {
    }

    private static final Set<String> TOP_LEVEL = Set.of("name", "version", "stance", "entities", "claims", "guidelines");
    private static final Set<String> COLORS = Set.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static LabelScheme defaults() {
        try (InputStream in = LabelScheme.class.getResourceAsStream("/mizan/labels.json")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in labels.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<LabelDef> entityType(String id) {
        return entityTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> stanceLabelIds() {
        return stanceLabels.stream().map(LabelDef::id).toList();
    }

    public List<String> targetIds() {
        return targets.stream().map(Target::id).toList();
    }

    public List<String> entityTypeIds() {
        return entityTypes.stream().map(LabelDef::id).toList();
    }

    /**
     * Reads and validates a scheme.
     *
     * @param source names the file in error messages
     * @throws SchemeException naming the problem: malformed JSON, unknown section or field, missing
     *                         id, duplicate id or key, unknown colour
     */
    public static LabelScheme parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SchemeException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SchemeException(source + ": expected a JSON object at the top level");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP_LEVEL.contains(f)) {
                throw new SchemeException(source + ": unknown section '" + f + "' (expected one of " + TOP_LEVEL + ")");
            }
        }
        JsonNode stance = required(root, "stance", source);
        List<LabelDef> stanceLabels = labels(required(stance, "labels", source), "stance.labels", source, false);
        List<Target> targets = new ArrayList<>();
        JsonNode tnode = required(stance, "targets", source);
        Map<String, String> seenTargets = new HashMap<>();
        for (int i = 0; i < tnode.size(); i++) {
            JsonNode t = tnode.get(i);
            String where = "stance.targets[" + i + "]";
            checkFields(t, Set.of("id", "name", "description"), where, source);
            String id = text(t, "id", where, source, true);
            if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new SchemeException(source + ": " + where + ": target id '" + id + "' must be ASCII letters, digits and _");
            }
            if (seenTargets.put(id, where) != null) {
                throw new SchemeException(source + ": duplicate target id '" + id + "' (" + where + ")");
            }
            targets.add(new Target(id, text(t, "name", where, source, false), text(t, "description", where, source, false)));
        }
        if (targets.isEmpty()) {
            throw new SchemeException(source + ": stance.targets is empty; a scheme needs at least one target");
        }
        List<LabelDef> entities = labels(required(root, "entities", source), "entities", source, true);
        Map<String, String> keys = new HashMap<>();
        for (LabelDef d : stanceLabels) {
            claimKey(keys, d, "stance label", source);
        }
        for (LabelDef d : entities) {
            claimKey(keys, d, "entity type", source);
        }
        List<String> claimerStances = List.of("AFFIRM", "REFUTE");
        if (root.has("claims")) {
            JsonNode c = root.get("claims");
            checkFields(c, Set.of("claimer_stances"), "claims", source);
            if (c.has("claimer_stances")) {
                List<String> cs = new ArrayList<>();
                c.get("claimer_stances").forEach(n -> cs.add(n.asText()));
                claimerStances = List.copyOf(cs);
            }
        }
        List<String> guidelines = new ArrayList<>();
        if (root.has("guidelines")) {
            root.get("guidelines").forEach(n -> guidelines.add(n.asText()));
        }
        String name = root.has("name") ? root.get("name").asText() : source;
        return new LabelScheme(name, stanceLabels, List.copyOf(targets), entities, claimerStances,
                List.copyOf(guidelines), json);
    }

    private static void claimKey(Map<String, String> keys, LabelDef d, String what, String source) {
        String prev = keys.put(d.key(), what + " " + d.id());
        if (prev != null) {
            throw new SchemeException(source + ": duplicate key '" + d.key() + "': bound to " + prev
                    + " and to " + what + " " + d.id());
        }
    }

    private static List<LabelDef> labels(JsonNode arr, String where, String source, boolean entity) {
        if (!arr.isArray() || arr.isEmpty()) {
            throw new SchemeException(source + ": " + where + " must be a non-empty array");
        }
        List<LabelDef> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String w = where + "[" + i + "]";
            checkFields(n, Set.of("id", "key", "name", "color", "description"), w, source);
            String id = text(n, "id", w, source, true);
            if (!id.matches("[A-Z][A-Z0-9_]*")) {
                throw new SchemeException(source + ": " + w + ": label id '" + id + "' must be upper-case ASCII");
            }
            if (ids.put(id, w) != null) {
                throw new SchemeException(source + ": duplicate label id '" + id + "' in " + where);
            }
            String key = text(n, "key", w, source, true);
            if (key.codePointCount(0, key.length()) != 1) {
                throw new SchemeException(source + ": " + w + ": key '" + key + "' must be a single character");
            }
            String color = n.has("color") ? n.get("color").asText() : "white";
            if (!COLORS.contains(color)) {
                throw new SchemeException(source + ": " + w + ": unknown colour '" + color + "' (expected one of "
                        + COLORS + ")");
            }
            String name = n.has("name") ? n.get("name").asText() : id;
            out.add(new LabelDef(id, key, name, color, n.has("description") ? n.get("description").asText() : ""));
        }
        return List.copyOf(out);
    }

    private static void checkFields(JsonNode n, Set<String> allowed, String where, String source) {
        if (!n.isObject()) {
            throw new SchemeException(source + ": " + where + " must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new SchemeException(source + ": " + where + ": unknown field '" + f + "' (expected " + allowed + ")");
            }
        }
    }

    private static JsonNode required(JsonNode n, String field, String source) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new SchemeException(source + ": missing '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String field, String where, String source, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new SchemeException(source + ": " + where + ": missing " + field);
            }
            return "";
        }
        return v.asText();
    }

    /** A scheme that cannot be used; the message names the file and the problem. */
    public static final class SchemeException extends RuntimeException {
        public SchemeException(String message) {
            super(message);
        }
    }
}
