package mizan.store;

/** A store operation that failed; the message is written for the person at the keyboard. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
