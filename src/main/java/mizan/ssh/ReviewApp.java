package mizan.ssh;

import mizan.model.Annotator;
import mizan.model.LabelScheme;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.store.AdjudicationQueue;
import mizan.tui.Keymap;
import mizan.tui.runtime.Runtime;
import mizan.tui.runtime.TerminalIo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A reviewer's session: adjudication when there are disagreements to decide (unanimous
 * paragraphs are accepted into gold first, as {@code mizan adjudicate} does), the workbench when
 * there are none or when the client asks for it with {@code ssh -o SetEnv=MIZAN_APP=annotate}.
 */
public final class ReviewApp implements SessionApp {

    private final AnnotateApp workbench;
    private final BidiLayout.Mode bidi;

    public ReviewApp(AnnotateApp workbench, BidiLayout.Mode bidi) {
        this.workbench = workbench;
        this.bidi = bidi;
    }

    @Override
    public void run(TerminalIo term, Store store, Annotator who) throws IOException {
        boolean wantsWorkbench = term instanceof ChannelTerminal ssh
                && ssh.requestedApp().filter(a -> a.equals("annotate")).isPresent();
        if (wantsWorkbench) {
            workbench.run(term, store, who);
            return;
        }
        AdjudicationQueue.Result queue = AdjudicationQueue.build(store, who.name(),
                Set.of("stance", "entities", "claims"), true);
        if (queue.items().isEmpty()) {
            term.write(("nothing to adjudicate (" + queue.acceptedUnanimous() + " unanimous paragraph(s) accepted);"
                    + " opening the workbench\r\n").getBytes(StandardCharsets.UTF_8));
            workbench.run(term, store, who);
            return;
        }
        LabelScheme scheme = store.settings().labelScheme();
        BidiLayout.Mode mode = term instanceof ChannelTerminal ssh ? ssh.requestedBidi().orElse(bidi) : bidi;
        new Runtime(term, store, new Runtime.Config(who.name(), Annotator.GOLD, scheme, Keymap.defaults(scheme), mode,
                "Nothing to adjudicate."), queue::ids).run();
    }
}
