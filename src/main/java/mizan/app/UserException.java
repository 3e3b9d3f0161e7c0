package mizan.app;

/** A failure explained to the user, with the exit status the command ends with. */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(String message) {
        this(message, 1);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
