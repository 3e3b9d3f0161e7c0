package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import mizan.model.Claimer;
import mizan.model.Json;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an annotation file, read into code-point spans: the master JSONL this project
 * exports, or doccano's JSONL ({@code "label": [[start, end, "TYPE"], ...]} or
 * {@code "entities": [{"start_offset", "end_offset", "label"}]}), whose offsets count UTF-16
 * units, as JavaScript does, and are converted here.
 *
 * @param spans   with line-local negative ids: a claim's SPAN claimer names its entity by that id
 * @param texts   the span texts the line states (master only), by span id, for the check
 */
record AnnotationLine(String id, String docId, Integer paraIndex, String text, boolean boilerplate,
                      List<Span> spans, Map<Long, String> texts, Map<String, String> stance, List<String> annotators) {

    /**
     * Reads a line strictly: every member of the wrong type is refused naming it (offsets are whole
     * numbers, {@code stance} is a list of {@code {target, label}} objects), span ids are unique
     * within the line, and a target has one stance per line.
     *
     * @throws ExportException with the problem and the field (the caller adds FILE:LINE)
     */
    static AnnotationLine parse(JsonNode n) {
        if (n == null || !n.isObject() || !n.path("text").isTextual()) {
            throw new ExportException("expected a JSON object with \"text\" (a string)");
        }
        LineFields line = LineFields.of(n, "");
        String text = line.string("text");
        JsonNode entities = line.list("entities");
        boolean doccano = line.given("label") || (entities.size() > 0 && entities.get(0).has("start_offset"));
        List<Span> spans = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        if (doccano) {
            String field = line.given("label") ? "label" : "entities";
            JsonNode list = line.list(field);
            for (int i = 0; i < list.size(); i++) {
                spans.add(doccanoEntity(text, list.get(i), field + "[" + i + "]", spans));
            }
        } else {
            masterSpans(line, spans, texts);
        }
        return new AnnotationLine(lineId(line), line.optionalString("doc_id"), line.index("para_index"), text,
                line.bool("boilerplate", false), spans, texts, stance(line), annotators(line));
    }

    /** A doccano span: {@code [start, end, "TYPE"]} or {@code {"start_offset", "end_offset", "label"}}, in UTF-16 units. */
    private static Span doccanoEntity(String text, JsonNode e, String where, List<Span> spans) {
        int start;
        int end;
        String label;
        if (e.isArray()) {
            if (e.size() != 3) {
                throw new ExportException(where + " is " + Json.show(e) + ": it must be [start, end, \"TYPE\"]");
            }
            start = LineFields.offset(e.get(0), where + "[0]");
            end = LineFields.offset(e.get(1), where + "[1]");
            label = LineFields.string(e.get(2), where + "[2]");
        } else {
            LineFields f = LineFields.of(e, where);
            start = f.offset("start_offset");
            end = f.offset("end_offset");
            label = f.string("label");
        }
        return entity(spans, utf16ToCp(text, start), utf16ToCp(text, end), label, where);
    }

    /** The master layout's entities and claims; ids are unique within the line, claimers name an entity id. */
    private static void masterSpans(LineFields line, List<Span> spans, Map<Long, String> texts) {
        Map<String, Long> localIds = new HashMap<>();
        Map<String, String> idAt = new HashMap<>();
        JsonNode entities = line.list("entities");
        for (int i = 0; i < entities.size(); i++) {
            String where = "entities[" + i + "]";
            LineFields e = LineFields.of(entities.get(i), where);
            Span s = entity(spans, e.offset("start"), e.offset("end"), e.string("label"), where);
            spans.add(s);
            String id = spanId(e, idAt);
            if (id != null) {
                localIds.put(id, s.id());
            }
            texts.put(s.id(), e.optionalString("text"));
        }
        JsonNode claims = line.list("claims");
        for (int i = 0; i < claims.size(); i++) {
            String where = "claims[" + i + "]";
            LineFields c = LineFields.of(claims.get(i), where);
            spanId(c, idAt);
            String claimerField = c.optionalString("claimer");
            Claimer claimer = claimer(claimerField == null ? "AUTHOR" : claimerField, localIds, c.path("claimer"));
            long id = -(spans.size() + 1);
            int start = c.offset("start");
            int end = c.offset("end");
            checkOffsets(start, end, where);
            spans.add(new Span(id, null, null, SpanKind.CLAIM, start, end, null,
                    c.bool("check_worthy", false), claimer, c.optionalString("claimer_stance")));
            texts.put(id, c.optionalString("text"));
        }
    }

    /** A span's id, or null when it has none; refused when another span of the line has it. */
    private static String spanId(LineFields span, Map<String, String> idAt) {
        String id = span.optionalString("id");
        if (id != null) {
            String first = idAt.putIfAbsent(id, span.path("id"));
            if (first != null) {
                throw new ExportException(span.path("id") + " is '" + id + "', as " + first + " is: span ids must be"
                        + " unique within a line, or a claim's claimer could mean either span");
            }
        }
        return id;
    }

    /** The line's stance: a list of {@code {"target", "label"}} objects, one per target. */
    private static Map<String, String> stance(LineFields line) {
        Map<String, String> stance = new LinkedHashMap<>();
        Map<String, Integer> at = new HashMap<>();
        JsonNode list = line.list("stance");
        for (int i = 0; i < list.size(); i++) {
            LineFields s = LineFields.of(list.get(i), "stance[" + i + "]");
            String target = s.string("target");
            Integer first = at.putIfAbsent(target, i);
            if (first != null) {
                throw new ExportException(s.path("target") + " is " + target + ", as stance[" + first + "].target"
                        + " is: a line gives one stance per target");
            }
            stance.put(target, s.string("label"));
        }
        return stance;
    }

    private static List<String> annotators(LineFields line) {
        List<String> annotators = new ArrayList<>();
        JsonNode list = line.list("annotators");
        for (int i = 0; i < list.size(); i++) {
            annotators.add(LineFields.string(list.get(i), "annotators[" + i + "]"));
        }
        return annotators;
    }

    /** The paragraph id a master line gives; doccano's own numeric line ids name no paragraph. */
    private static String lineId(LineFields line) {
        JsonNode id = line.raw("id");
        if (line.given("id") && !id.isTextual() && !id.isIntegralNumber()) {
            throw new ExportException("id is " + Json.show(id) + ": it must be a paragraph id (a string)");
        }
        return id.isTextual() ? id.asText() : null;
    }

    private static Span entity(List<Span> spans, int start, int end, String label, String where) {
        checkOffsets(start, end, where + " (" + label + ")");
        return Span.entity(-(spans.size() + 1), null, null, start, end, label);
    }

    private static void checkOffsets(int start, int end, String what) {
        if (end <= start) {
            throw new ExportException(what + " has offsets [" + start + ", " + end
                    + "): the end must come after the start");
        }
    }

    private static Claimer claimer(String claimer, Map<String, Long> localIds, String path) {
        if (claimer.equals("AUTHOR")) {
            return Claimer.AUTHOR;
        }
        if (claimer.equals("ANONYMOUS")) {
            return Claimer.ANONYMOUS;
        }
        Long id = localIds.get(claimer);
        if (id == null) {
            throw new ExportException(path + " is '" + claimer + "': a claim's claimer is an entity id of the line,"
                    + " AUTHOR or ANONYMOUS");
        }
        return Claimer.span(id);
    }

    /** A doccano (UTF-16) offset in code points; one past the end stays past it, for the check to report. */
    private static int utf16ToCp(String text, int utf16) {
        if (utf16 > text.length()) {
            return utf16 + text.codePointCount(0, text.length()) - text.length();
        }
        if (utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1))) {
            throw new ExportException("offset " + utf16 + " falls inside a surrogate pair (an emoji's two UTF-16 units)");
        }
        return text.codePointCount(0, utf16);
    }
}
