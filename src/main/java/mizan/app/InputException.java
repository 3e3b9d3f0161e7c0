package mizan.app;

/**
 * Something about the user's input (a file, a row, an option value) that stops the command; its
 * message is printed as is, so it names the file, line or value and says what to do.
 */
final class InputException extends Exception {

    InputException(String message) {
        super(message);
    }
}
