package mizan.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSON Lines file written through one streaming generator: UTF-8, no escaping of Arabic, LF line ends. */
final class Jsonl implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int BUFFER = 1 << 16;

    final JsonGenerator g;
    private final BufferedWriter out;

    Jsonl(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    /** Ends the current line's object. */
    void endLine() throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
