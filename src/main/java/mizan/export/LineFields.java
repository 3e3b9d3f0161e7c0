package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import mizan.model.Json;

/**
 * The members of one object of an annotation line, read with their types checked: a value of
 * the wrong type is refused naming the field ({@code entities[2].start is false: ...}), never
 * coerced (Jackson would read {@code false} as 0, {@code 0.9} as 0 and {@code "3"} as 3). An
 * optional member that is absent or null counts as not given.
 */
final class LineFields {

    private final JsonNode node;
    private final String where;

    private LineFields(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** The object at {@code where} ("" for the line itself), refused when it is not an object. */
    static LineFields of(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new ExportException((where.isEmpty() ? "the line" : where) + " is " + Json.show(node)
                    + ": it must be an object {...}");
        }
        return new LineFields(node, where);
    }

    String path(String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    JsonNode raw(String field) {
        JsonNode v = node.get(field);
        return v == null ? MissingNode.getInstance() : v;
    }

    boolean given(String field) {
        return !raw(field).isMissingNode() && !raw(field).isNull();
    }

    int offset(String field) {
        return offset(raw(field), path(field));
    }

    /** A span offset: a whole number, 0 or more, nothing else. */
    static int offset(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new ExportException(path + " is " + Json.show(v) + ": offsets are whole numbers of code points,"
                    + " 0 or more, like 5");
        }
        return v.intValue();
    }

    /** A whole number 0 or more, or null when not given. */
    Integer index(String field) {
        return given(field) ? offset(raw(field), path(field)) : null;
    }

    String string(String field) {
        return string(raw(field), path(field));
    }

    static String string(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw new ExportException(path + " is " + Json.show(v) + ": it must be a string");
        }
        return v.asText();
    }

    /** A string, or null when not given. */
    String optionalString(String field) {
        return given(field) ? string(field) : null;
    }

    boolean bool(String field, boolean otherwise) {
        if (!given(field)) {
            return otherwise;
        }
        JsonNode v = raw(field);
        if (!v.isBoolean()) {
            throw new ExportException(path(field) + " is " + Json.show(v) + ": it must be true or false");
        }
        return v.booleanValue();
    }

    /** A list, empty when not given. */
    JsonNode list(String field) {
        if (!given(field)) {
            return MissingNode.getInstance();
        }
        JsonNode v = raw(field);
        if (!v.isArray()) {
            throw new ExportException(path(field) + " is " + Json.show(v) + ": it must be a list [...]");
        }
        return v;
    }
}
