package mizan.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;

/**
 * A paragraph's text escaped and UTF-8 encoded for JSON once, then copied into every JSON file
 * that holds it (master, stance once per target, claims): encoding Arabic text is the largest
 * single cost of an export.
 */
final class JsonText {

    private JsonText() {
    }

    static byte[] quoted(String text) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(text);
    }

    /** Writes {@code "text": "<the text>"} from the pre-encoded bytes. */
    static void field(JsonGenerator g, DatasetWriter.Item item) throws IOException {
        g.writeFieldName("text");
        g.writeRawUTF8String(item.textJson(), 0, item.textJson().length);
    }
}
