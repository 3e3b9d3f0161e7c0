package mizan.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON Lines file written through one streaming generator: UTF-8, no escaping of Arabic, LF line
 * ends. Jackson encodes UTF-8 itself, which is several times faster than going through a Writer.
 */
final class Jsonl implements AutoCloseable {

    /** No separator between root values (each line ends in a raw LF) and no pretty printer, which would slow every token. */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    private static final int BUFFER = 1 << 16;

    final JsonGenerator g;
    Jsonl(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        g = FACTORY.createGenerator(new BufferedOutputStream(Files.newOutputStream(file), BUFFER), JsonEncoding.UTF8);
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
