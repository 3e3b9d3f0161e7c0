package mizan.model;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file could not be read or written, in words a person can act on. Java's file exceptions
 * carry little more than a path ({@code NoSuchFileException: notes.txt}) or the system's terse
 * reason, and their class name is the only place the cause is said; a message built from
 * {@code getMessage()} therefore reads "cannot read: notes.txt". Callers name the file; this says why.
 */
public final class FileProblem {

    /** The words every command uses for a full disk (or an exhausted quota), so a user learns one phrase. */
    public static final String DISK_FULL = "the disk is full";

    /** Failures whose class is the only place Java says what went wrong. */
    private static final List<Map.Entry<Class<? extends IOException>, String>> KNOWN = List.of(
            Map.entry(NoSuchFileException.class, "no such file or folder"),
            Map.entry(NotDirectoryException.class, "it is a file, not a folder"),
            Map.entry(FileAlreadyExistsException.class, "it already exists"),
            Map.entry(DirectoryNotEmptyException.class, "the folder is not empty"),
            Map.entry(AccessDeniedException.class, "permission denied (mizan may not read or write it)"),
            Map.entry(CharacterCodingException.class, "not valid UTF-8 text; save it as UTF-8 and try again"),
            Map.entry(EOFException.class, "the file ends too early (it is cut short)"));

    private FileProblem() {
    }

    /** The reason, without the path (callers name the file), never an exception class name. */
    public static String why(IOException e) {
        if (isDiskFull(e)) {
            return DISK_FULL;
        }
        for (Map.Entry<Class<? extends IOException>, String> known : KNOWN) {
            if (known.getKey().isInstance(e)) {
                return known.getValue();
            }
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return reason(f.getReason());
        }
        String m = e.getMessage();
        if (e instanceof FileNotFoundException && m != null && m.endsWith(")") && m.lastIndexOf(" (") > 0) {
            return reason(m.substring(m.lastIndexOf(" (") + 2, m.length() - 1)); // java.io says "PATH (REASON)"
        }
        if (e.getCause() instanceof IOException cause && cause != e) {
            return why(cause);
        }
        return m == null || m.isBlank() || m.contains("Exception") ? "an input/output error" : reason(m);
    }

    /** The file the failure is about, when Java recorded it, then why: for messages with no other context. */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        return (file == null ? "" : file + ": ") + why(e);
    }

    /** True for a full disk or an exhausted quota, whichever way Java reports it. */
    public static boolean isDiskFull(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("Disk quota"))) {
                return true;
            }
        }
        return false;
    }

    /** The operating system's reason (strerror), in mizan's words where it is terse. */
    private static String reason(String r) {
        return switch (r) {
            case "Read-only file system" -> "the file system is mounted read-only";
            case "Operation not permitted" -> "not permitted (it is read-only or protected)";
            case "Permission denied" -> "permission denied (mizan may not read or write it)";
            case "Is a directory" -> "it is a folder, not a file";
            case "Not a directory" -> "a part of the path is a file, not a folder";
            case "File exists" -> "it already exists";
            default -> r.isEmpty() ? r : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        };
    }
}
