package mizan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embedded {@code schema.sql}: its text, its version and its statements. */
public final class Schema {

    public static final String RESOURCE = "/mizan/store/schema.sql";
    private static final Pattern VERSION = Pattern.compile("--\\s*schema_version:\\s*(\\d+)");

    private static final String TEXT = load();

    private Schema() {
    }

    public static String text() {
        return TEXT;
    }

    /** The version number {@code schema.sql} declares; databases carry it in user_version. */
    public static int version() {
        Matcher m = VERSION.matcher(TEXT);
        if (!m.find()) {
            throw new IllegalStateException("schema.sql declares no schema_version");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String load() {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is not embedded in the jar at " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
