package mizan.export;

/** An export or import that cannot go on; the message names the file, paragraph or span and what to do. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
