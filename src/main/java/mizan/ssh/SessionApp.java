package mizan.ssh;

import mizan.model.Annotator;
import mizan.store.Store;
import mizan.tui.runtime.TerminalIo;

import java.io.IOException;

/**
 * What one SSH session runs once the key has told us who is connecting: a full-screen program on
 * the session's own terminal and its own store, returning when the person quits or the input ends.
 */
@FunctionalInterface
public interface SessionApp {

    void run(TerminalIo term, Store store, Annotator who) throws IOException;
}
