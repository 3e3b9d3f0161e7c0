package mizan.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

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
    /** The workbench's named keys (mizan.tui.runtime.Keys names each key it reads so); anything else is one character. */
    private static final Set<String> KEY_NAMES = Set.of("Left", "Right", "Up", "Down", "Tab", "Enter", "Esc",
            "Backspace", "Delete", "PgUp", "PgDn", "Home", "End");

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

    /** What changes when {@code newer} replaces this scheme: ids added, removed, rekeyed or reworded, part by part. */
    public SchemeDiff diff(LabelScheme newer) {
        return SchemeDiff.between(this, newer);
    }

    /**
     * Reads and validates a scheme. Every field is type-checked: a value of the wrong type is
     * refused naming the field and the value, never read as text ({@code "version": "one"}, a
     * number where a key or a description belongs), and a member given twice is refused.
     *
     * @param source names the file in error messages
     * @throws SchemeException naming the problem: malformed JSON, a member given twice, unknown
     *                         section or field, a value of the wrong type, missing id, duplicate id
     *                         or key, a key that is neither one character nor a key name, unknown colour
     */
    public static LabelScheme parse(String json, String source) {
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (Json.DuplicateMember e) {
            throw new SchemeException(source + ":" + e.line() + ": " + e.problem());
        } catch (JsonProcessingException e) {
            throw new SchemeException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SchemeException(source + ": expected a JSON object at the top level");
        }
        checkFields(root, TOP_LEVEL, "", source);
        if (root.has("version") && !(root.get("version").isIntegralNumber() && root.get("version").canConvertToInt()
                && root.get("version").intValue() >= 1)) {
            throw wrongType(source, "version", root.get("version"), "a whole number, like 1");
        }
        JsonNode stance = required(root, "stance", source);
        checkFields(stance, Set.of("labels", "targets"), "stance", source);
        List<LabelDef> stanceLabels = labels(required(stance, "labels", source), "stance.labels", source, false);
        List<Target> targets = new ArrayList<>();
        JsonNode tnode = list(required(stance, "targets", source), "stance.targets", source);
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
                List<String> cs = strings(c.get("claimer_stances"), "claims.claimer_stances", source);
                for (int i = 0; i < cs.size(); i++) {
                    if (!cs.get(i).matches("[A-Z][A-Z0-9_]*") || cs.indexOf(cs.get(i)) != i) {
                        throw new SchemeException(source + ": claims.claimer_stances[" + i + "] '" + cs.get(i)
                                + "' must be an upper-case ASCII id, given once");
                    }
                }
                if (cs.isEmpty()) {
                    throw new SchemeException(source + ": claims.claimer_stances is empty; give at least one, like"
                            + " [\"AFFIRM\", \"REFUTE\"]");
                }
                claimerStances = List.copyOf(cs);
            }
        }
        List<String> guidelines = root.has("guidelines") ? strings(root.get("guidelines"), "guidelines", source) : List.of();
        String name = root.has("name") ? text(root, "name", "", source, false) : source;
        return new LabelScheme(name.isEmpty() ? source : name, stanceLabels, List.copyOf(targets), entities,
                claimerStances, List.copyOf(guidelines), json);
    }

    private static void claimKey(Map<String, String> keys, LabelDef d, String what, String source) {
        String prev = keys.put(d.key(), what + " " + d.id());
        if (prev != null) {
            throw new SchemeException(source + ": duplicate key '" + d.key() + "': bound to " + prev
                    + " and to " + what + " " + d.id());
        }
    }

    private static List<LabelDef> labels(JsonNode arr, String where, String source, boolean entity) {
        list(arr, where, source);
        if (arr.isEmpty()) {
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
            if (!isKey(key)) {
                throw new SchemeException(source + ": " + w + ": key '" + key + "' is not a key: give one character,"
                        + " like \"p\", or a key name such as " + String.join(", ", KEY_NAMES.stream().sorted().toList())
                        + " (C-, M- or S- before it for Ctrl, Alt or Shift)");
            }
            String color = n.has("color") ? text(n, "color", w, source, false) : "white";
            if (!COLORS.contains(color)) {
                throw new SchemeException(source + ": " + w + ": unknown colour '" + color + "' (expected one of "
                        + COLORS + ")");
            }
            String name = n.has("name") ? text(n, "name", w, source, false) : "";
            out.add(new LabelDef(id, key, name.isEmpty() ? id : name, color, text(n, "description", w, source, false)));
        }
        return List.copyOf(out);
    }

    /** One printable character (Ctrl or Alt may come with it), or one of the workbench's named keys. */
    private static boolean isKey(String key) {
        if (KEY_NAMES.contains(key.replaceFirst("^(C-)?(M-)?(S-)?", ""))) {
            return true;
        }
        String c = key.replaceFirst("^(C-)?(M-)?(?=.)", "");
        return c.codePointCount(0, c.length()) == 1 && !Character.isISOControl(c.codePointAt(0))
                && !Character.isWhitespace(c.codePointAt(0));
    }

    private static void checkFields(JsonNode n, Set<String> allowed, String where, String source) {
        if (!n.isObject()) {
            throw wrongType(source, where, n, "an object {...}");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new SchemeException(source + ": " + (where.isEmpty() ? "unknown section '" + f + "' (expected one of "
                        : where + ": unknown field '" + f + "' (expected ") + allowed + ")");
            }
        }
    }

    private static JsonNode list(JsonNode n, String where, String source) {
        if (!n.isArray()) {
            throw wrongType(source, where, n, "a list [...]");
        }
        return n;
    }

    private static List<String> strings(JsonNode n, String where, String source) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list(n, where, source).size(); i++) {
            if (!n.get(i).isTextual()) {
                throw wrongType(source, where + "[" + i + "]", n.get(i), "a string");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private static SchemeException wrongType(String source, String where, JsonNode value, String expected) {
        return new SchemeException(source + ": " + where + " is " + Json.show(value) + ": it must be " + expected);
    }

    private static JsonNode required(JsonNode n, String field, String source) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new SchemeException(source + ": missing '" + field + "'");
        }
        return v;
    }

    /** A string field; "" when an optional one is absent. */
    private static String text(JsonNode n, String field, String where, String source, boolean required) {
        JsonNode v = n.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw wrongType(source, where.isEmpty() ? field : where + "." + field, v, "a string");
        }
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
