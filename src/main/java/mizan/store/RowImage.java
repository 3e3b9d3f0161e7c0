package mizan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON image of one label row, as kept in the event log's before/after columns. Undo writes
 * the before image back, redo the after image; an absent image means "no row".
 */
final class RowImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowImage() {
    }

    static String toJson(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("the event log holds a malformed row image: " + json, e);
        }
    }

    static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
