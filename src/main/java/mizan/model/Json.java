package mizan.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way mizan reads JSON a person wrote or another tool made (labels.json, key files,
 * JSONL documents and annotations). Strict: a member given twice is refused, because mizan would
 * take the last value while SQLite's {@code json_extract} takes the first, and the file's author
 * cannot know which one counts; anything after the value is refused too.
 */
public final class Json {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Jackson's own wording for a repeated member, the only place the member's name is given. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
    private static final int SHOWN = 40;

    private Json() {
    }

    /** The strict mapper (thread-safe, shared). Read through {@link #readTree} for messages that name the member. */
    public static ObjectMapper strictMapper() {
        return STRICT;
    }

    /**
     * Parses strictly.
     *
     * @throws DuplicateMember when an object gives a member twice; its message names the member and line
     * @throws JsonProcessingException when the text is not one JSON value; {@link #problem} says why in words
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        try {
            return STRICT.readTree(json);
        } catch (MismatchedInputException e) {
            // Jackson's words for this name its own classes and settings
            throw new JsonParseException(null, "something follows the JSON value; give one value", e.getLocation());
        } catch (JsonParseException e) {
            Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
            if (m.matches()) {
                JsonParser at = e.getProcessor();
                throw new DuplicateMember(m.group(1), at == null ? m.group(1) : path(at.getParsingContext()),
                        e.getLocation());
            }
            throw e;
        }
    }

    /** Where the parser is, as a person would write it: {@code entities[3].key}. */
    private static String path(JsonStreamContext at) {
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
            b.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    /**
     * What is wrong with unreadable JSON, in words, without the line (for callers that name the
     * line themselves, as FILE:LINE): the repeated member, or the parser's own account.
     */
    public static String problem(JsonProcessingException e) {
        return e instanceof DuplicateMember d ? d.problem() : "malformed JSON: " + e.getOriginalMessage();
    }

    /** A value as it is written in the file, shortened, for messages: {@code "one"}, {@code false}, {@code 0.9}. */
    public static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String s = value.toString();
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }

    /** An object in the input gives the same member twice. */
    public static final class DuplicateMember extends JsonParseException {

        private final String member;
        private final String path;

        DuplicateMember(String member, String path, JsonLocation where) {
            super(null, "'" + member + "' is given twice (" + (path.equals(member) ? "" : path + ", ") + "line "
                    + where.getLineNr() + "); give each member once", where);
            this.member = member;
            this.path = path;
        }

        public String member() {
            return member;
        }

        /** Where the second one is: {@code entities[3].key}. */
        public String path() {
            return path;
        }

        /** The line of the second occurrence, counted from 1 within the text parsed. */
        public int line() {
            return getLocation().getLineNr();
        }

        /** The problem without the line, for callers that name the line themselves. */
        public String problem() {
            return "'" + member + "' is given twice" + (path.equals(member) ? "" : " (" + path + ")")
                    + "; give each member once";
        }
    }
}
