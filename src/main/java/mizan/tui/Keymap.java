package mizan.tui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.LabelScheme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table from keys to actions. Built from {@link Action}'s defaults and the label
 * scheme's keys, optionally overridden by a user key file, and validated when built: a key bound
 * twice is an error naming both bindings. Help and the footer are generated from it.
 */
public final class Keymap {

    /** One binding: an action, and for STANCE and TAG_ENTITY the label it applies. */
    public record Binding(Action action, String arg, String key) {
        public String id() {
            return arg == null ? action.name() : action.name() + ":" + arg;
        }
    }

    private final Map<String, Binding> byKey;
    private final List<Binding> bindings;

    private Keymap(List<Binding> bindings) {
        Map<String, Binding> map = new LinkedHashMap<>();
        for (Binding b : bindings) {
            Binding clash = map.put(b.key(), b);
            if (clash != null) {
                throw new KeymapException("key '" + b.key() + "' is bound twice: to " + clash.id() + " and to " + b.id());
            }
        }
        this.byKey = Collections.unmodifiableMap(map);
        this.bindings = List.copyOf(bindings);
    }

    public static Keymap defaults(LabelScheme scheme) {
        return withOverrides(scheme, Map.of());
    }

    /**
     * @param overrides binding id (e.g. {@code UNDO}, {@code TAG_ENTITY:PERS}, {@code STANCE:FAVOR}) to its key,
     *                  or to several keys separated by spaces
     */
    public static Keymap withOverrides(LabelScheme scheme, Map<String, String> overrides) {
        List<Binding> list = new ArrayList<>();
        for (Action a : Action.values()) {
            if (a == Action.STANCE) {
                for (LabelScheme.LabelDef d : scheme.stanceLabels()) {
                    list.add(new Binding(a, d.id(), d.key()));
                }
            } else if (a == Action.TAG_ENTITY) {
                for (LabelScheme.LabelDef d : scheme.entityTypes()) {
                    list.add(new Binding(a, d.id(), d.key()));
                }
            } else {
                for (String k : a.defaultKeys()) {
                    list.add(new Binding(a, null, k));
                }
            }
        }
        Map<String, String> left = new LinkedHashMap<>(overrides);
        List<Binding> out = new ArrayList<>();
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (Binding b : list) {
            String key = left.remove(b.id());
            if (key != null) {
                // a key file names one key or several, separated by spaces, for the whole action
                replaced.add(b.id());
                for (String k : key.strip().split("\\s+")) {
                    out.add(new Binding(b.action(), b.arg(), k));
                }
            } else if (!replaced.contains(b.id())) {
                out.add(b);
            }
        }
        if (!left.isEmpty()) {
            throw new KeymapException("unknown action(s) in the key file: " + String.join(", ", left.keySet()));
        }
        return new Keymap(out);
    }

    /** Reads a user key file: a JSON object of binding id to key. */
    public static Keymap fromJson(LabelScheme scheme, String json, String source) {
        Map<String, String> overrides = new LinkedHashMap<>();
        try {
            JsonNode root = mizan.model.Json.readTree(json);
            if (root == null || !root.isObject()) {
                throw new KeymapException(source + ": expected a JSON object of action to key");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual() || e.getValue().asText().isEmpty()) {
                    throw new KeymapException(source + ": the key for " + e.getKey() + " must be a non-empty string");
                }
                overrides.put(e.getKey(), e.getValue().asText());
            }
        } catch (JsonProcessingException e) {
            throw new KeymapException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return withOverrides(scheme, overrides);
        } catch (KeymapException e) {
            throw new KeymapException(source + ": " + e.getMessage());
        }
    }

    public Optional<Binding> lookup(Key key) {
        return Optional.ofNullable(byKey.get(key.name()));
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** Every key bound to an action, in table order. */
    public List<String> keysOf(Action action) {
        return bindings.stream().filter(b -> b.action() == action).map(Binding::key).toList();
    }

    /** The key bound to an action (the first, when it has several). */
    public String keyOf(Action action) {
        return bindings.stream().filter(b -> b.action() == action).map(Binding::key).findFirst().orElse("");
    }

    public String keyOf(Action action, String arg) {
        return bindings.stream().filter(b -> b.action() == action && arg.equals(b.arg())).map(Binding::key)
                .findFirst().orElse("");
    }

    /** A key table that cannot be used; the message names the clash. */
    public static final class KeymapException extends RuntimeException {
        public KeymapException(String message) {
            super(message);
        }
    }
}
