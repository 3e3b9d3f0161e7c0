package mizan.text;

/** A file's bytes could not be read as text; the message names the file and says why. */
public class EncodingException extends RuntimeException {

    public EncodingException(String fileName, String reason) {
        super(fileName + ": " + reason);
    }
}
