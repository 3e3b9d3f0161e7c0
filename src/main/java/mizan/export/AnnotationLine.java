package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import mizan.model.Claimer;
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

    /** @throws ExportException with the problem (the caller adds FILE:LINE) */
    static AnnotationLine parse(JsonNode n) {
        if (n == null || !n.isObject() || !n.path("text").isTextual()) {
            throw new ExportException("expected a JSON object with \"text\" (a string)");
        }
        String text = n.get("text").asText();
        JsonNode entities = n.path("entities");
        boolean doccano = n.path("label").isArray() || (entities.isArray() && entities.size() > 0
                && entities.get(0).has("start_offset"));
        List<Span> spans = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        Map<String, Long> localIds = new HashMap<>();
        if (doccano) {
            JsonNode list = n.path("label").isArray() ? n.get("label") : entities;
            for (JsonNode e : list) {
                boolean triple = e.isArray();
                int start = utf16ToCp(text, (triple ? e.path(0) : e.path("start_offset")).asInt(-1));
                int end = utf16ToCp(text, (triple ? e.path(1) : e.path("end_offset")).asInt(-1));
                spans.add(entity(spans, start, end, (triple ? e.path(2) : e.path("label")).asText()));
            }
        } else {
            for (JsonNode e : entities) {
                Span s = entity(spans, e.path("start").asInt(-1), e.path("end").asInt(-1), e.path("label").asText());
                spans.add(s);
                localIds.put(e.path("id").asText(), s.id());
                texts.put(s.id(), e.path("text").isTextual() ? e.get("text").asText() : null);
            }
            for (JsonNode c : n.path("claims")) {
                Claimer claimer = claimer(c.path("claimer").asText("AUTHOR"), localIds);
                long id = -(spans.size() + 1);
                int start = c.path("start").asInt(-1);
                int end = c.path("end").asInt(-1);
                checkOffsets(start, end, "claim " + c.path("id").asText());
                spans.add(new Span(id, null, null, SpanKind.CLAIM, start, end, null,
                        c.path("check_worthy").asBoolean(false), claimer,
                        c.path("claimer_stance").isTextual() ? c.get("claimer_stance").asText() : null));
                texts.put(id, c.path("text").isTextual() ? c.get("text").asText() : null);
            }
        }
        Map<String, String> stance = new LinkedHashMap<>();
        for (JsonNode s : n.path("stance")) {
            stance.put(s.path("target").asText(), s.path("label").asText());
        }
        List<String> annotators = new ArrayList<>();
        n.path("annotators").forEach(a -> annotators.add(a.asText()));
        return new AnnotationLine(n.path("id").isTextual() ? n.get("id").asText() : null,
                n.path("doc_id").isTextual() ? n.get("doc_id").asText() : null,
                n.path("para_index").isInt() ? n.get("para_index").asInt() : null,
                text, n.path("boilerplate").asBoolean(false), spans, texts, stance, annotators);
    }

    private static Span entity(List<Span> spans, int start, int end, String label) {
        checkOffsets(start, end, "entity " + label);
        return Span.entity(-(spans.size() + 1), null, null, start, end, label);
    }

    private static void checkOffsets(int start, int end, String what) {
        if (start < 0 || end <= start) {
            throw new ExportException(what + " has offsets [" + start + ", " + end
                    + "): start and end must be whole numbers with 0 <= start < end");
        }
    }

    private static Claimer claimer(String claimer, Map<String, Long> localIds) {
        if (claimer.equals("AUTHOR")) {
            return Claimer.AUTHOR;
        }
        if (claimer.equals("ANONYMOUS")) {
            return Claimer.ANONYMOUS;
        }
        Long id = localIds.get(claimer);
        if (id == null) {
            throw new ExportException("a claim's claimer '" + claimer + "' is not an entity id of the line,"
                    + " AUTHOR or ANONYMOUS");
        }
        return Claimer.span(id);
    }

    /** A doccano (UTF-16) offset in code points; -1 stays -1 for the offsets check to report. */
    private static int utf16ToCp(String text, int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            return utf16 < 0 ? -1 : utf16 + text.codePointCount(0, text.length()) - text.length();
        }
        if (utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1))) {
            throw new ExportException("offset " + utf16 + " falls inside a surrogate pair (an emoji's two UTF-16 units)");
        }
        return text.codePointCount(0, utf16);
    }
}
