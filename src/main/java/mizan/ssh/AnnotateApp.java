package mizan.ssh;

import mizan.model.Annotator;
import mizan.model.LabelScheme;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.tui.Keymap;
import mizan.tui.runtime.Runtime;
import mizan.tui.runtime.TerminalIo;

import java.io.IOException;

/**
 * The labeling workbench, as {@code mizan annotate} shows it, for the connected annotator. The
 * layout is the server's default unless the client set {@code MIZAN_BIDI}.
 */
public final class AnnotateApp implements SessionApp {

    private final BidiLayout.Mode bidi;

    public AnnotateApp(BidiLayout.Mode bidi) {
        this.bidi = bidi;
    }

    @Override
    public void run(TerminalIo term, Store store, Annotator who) throws IOException {
        // Read per session: a lead may install a new scheme while the server runs.
        LabelScheme scheme = store.settings().labelScheme();
        // Terminals that reorder Arabic themselves (Konsole, PuTTY, Terminal.app) ask for logical order.
        BidiLayout.Mode mode = term instanceof ChannelTerminal ssh ? ssh.requestedBidi().orElse(bidi) : bidi;
        new Runtime(term, store, Runtime.Config.workbench(who.name(), scheme, Keymap.defaults(scheme), mode,
                store.path().toString())).run();
    }
}
