package mizan.text;

/** A file's bytes could not be read as text; the message names the file and says why. */
public class EncodingException extends RuntimeException {

    private final String reason;

    public EncodingException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.reason = reason;
    }

    /** Why the bytes were refused, without the file name. */
    public String reason() {
        return reason;
    }
}
