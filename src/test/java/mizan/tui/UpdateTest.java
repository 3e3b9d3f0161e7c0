package mizan.tui;

import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys in, state and effects out: the workbench's behaviour without a terminal or a database. */
class UpdateTest {

    private static Update.Result key(State s, String k) {
        return Update.update(s, new Msg.KeyPressed(Key.of(k)));
    }

    private static State fresh() {
        ParagraphData q = Fixtures.quoteWithLabels();
        ParagraphData empty = new ParagraphData(q.paragraph(), q.docTitle(), q.docParagraphs(), q.previous(), q.next(),
                java.util.Map.of(), List.of(), false, null, false, java.util.List.of());
        return Fixtures.state(empty, 80, 24);
    }

    @Test
    void aStanceKeyAsksForACommitAndShowsNothingAsSavedYet() {
        State s = fresh();
        assertThat(s.scheme().targets().get(s.target()).id()).isEqualTo("MILCOOP");
        Update.Result r = key(s, "1");
        assertThat(r.effects()).containsExactly(new Effect.SetStance(s.para().id(), "MILCOOP", "FAVOR"));
        assertThat(r.state().para().stance()).isEmpty();
        assertThat(r.state().pending()).isEqualTo(1);
        assertThat(r.state().message()).isEqualTo("saving…");
        // the next target becomes active, so three targets take three keys
        assertThat(r.state().target()).isEqualTo(1);
    }

    @Test
    void theSavedLabelAppearsOnlyWhenTheCommitIsReported() {
        State s = key(fresh(), "2").state();
        ParagraphData saved = withStance(s.para(), "MILCOOP", "AGAINST");
        State n = Update.update(s, new Msg.Loaded(7, saved, true, "saved ✓ MILCOOP = AGAINST", 12)).state();
        assertThat(n.para().stance()).containsEntry("MILCOOP", "AGAINST");
        assertThat(n.pending()).isZero();
        assertThat(n.sessionLabels()).isEqualTo(31);
        assertThat(View.render(n).textDump()).contains("[AGAINST  ]").contains("saved ✓ MILCOOP = AGAINST");
    }

    @Test
    void aFailedCommitIsReportedAndTheLabelIsNotShown() {
        State s = key(fresh(), "3").state();
        State n = Update.update(s, new Msg.Failed("not saved: the disk is full", true)).state();
        assertThat(n.error()).isTrue();
        assertThat(n.pending()).isZero();
        assertThat(n.para().stance()).isEmpty();
        assertThat(View.render(n).textDump()).contains("✗ not saved: the disk is full");
    }

    @Test
    void inRightToLeftTextLeftMovesForwardAndATwoWordEntityTakesTwoKeys() {
        State s = fresh();
        String text = s.para().text();
        assertThat(s.cursor()).isZero();
        State moved = key(s, "Left").state();
        assertThat(moved.cursor()).isEqualTo(1);
        assertThat(key(moved, "Right").state().cursor()).isZero();

        // cursor on ألكسندر (the second word), Shift+Left takes جابويف too, then p tags PERS
        State at = key(s, "Left").state();
        Update.Result r = key(key(at, "S-Left").state(), "p");
        assertThat(r.effects()).singleElement().isInstanceOfSatisfying(Effect.AddSpan.class, a -> {
            assertThat(a.span().kind()).isEqualTo(SpanKind.ENTITY);
            assertThat(a.span().label()).isEqualTo("PERS");
            assertThat(slice(text, a.span().start(), a.span().end())).isEqualTo("ألكسندر جابويف");
        });
    }

    @Test
    void edgeKeysMoveBySingleGraphemesSoAProcliticCanBeLeftOut() {
        // "وقال" is the first word: ] drops the و proclitic from the selection's start
        State s = fresh();
        State trimmed = key(s, "]").state();
        assertThat(slice(s.para().text(), trimmed.selStart(), trimmed.selEnd())).isEqualTo("قال");
        State back = key(trimmed, "[").state();
        assertThat(slice(s.para().text(), back.selStart(), back.selEnd())).isEqualTo("وقال");
        // a span keeps at least one letter
        State one = key(key(key(trimmed, "]").state(), "]").state(), "]").state();
        assertThat(one.selEnd() - one.selStart()).isEqualTo(1);
    }

    @Test
    void aGraphemeEdgeNeverSplitsALetterFromItsHarakat() {
        State s = fresh();
        String text = s.para().text();
        // "مشيراً" ends in alef + tanween: the end edge moves back over "اً" as one letter, then "ر"
        int w = indexOfWord(s, "مشيراً");
        State at = s.withCursor(w);
        State e1 = key(at, "{").state();
        assertThat(slice(text, e1.selStart(), e1.selEnd())).isEqualTo("مشير");
        State e2 = key(e1, "{").state();
        assertThat(slice(text, e2.selStart(), e2.selEnd())).isEqualTo("مشي");
        assertThat(key(e2, "}").state().selEnd()).isEqualTo(e1.selEnd());
        assertThat(key(e1, "}").state().selEnd() - e1.selEnd()).as("alef and its tanween move together").isEqualTo(2);
    }

    @Test
    void aClaimAsksCheckWorthinessClaimerAndStanceThenSavesOneSpan() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        String text = s.para().text();
        int first = indexOfWord(s, "الحرب");
        State sel = key(key(s.withCursor(first), "S-Left").state(), "S-Left").state();
        State q1 = key(sel, "c").state();
        assertThat(q1.mode()).isEqualTo(State.Mode.CLAIM_WORTHY);
        assertThat(View.render(q1).textDump()).contains("check-worthy?");
        State q2 = key(q1, "y").state();
        assertThat(View.render(q2).textDump()).contains("a AUTHOR").contains("n ANONYMOUS").contains("  1 ").contains("  2 ");
        State q3 = key(q2, "1").state();
        Update.Result r = key(q3, "a");
        assertThat(r.state().mode()).isEqualTo(State.Mode.NORMAL);
        assertThat(r.effects()).singleElement().isInstanceOfSatisfying(Effect.AddSpan.class, a -> {
            Span c = a.span();
            assertThat(c.kind()).isEqualTo(SpanKind.CLAIM);
            assertThat(c.checkWorthy()).isTrue();
            assertThat(c.claimer()).isEqualTo(Claimer.span(1));
            assertThat(c.claimerStance()).isEqualTo("AFFIRM");
            assertThat(slice(text, c.start(), c.end())).isEqualTo("الحرب أصبحت الآن");
        });
        assertThat(key(q2, "Esc").state().mode()).isEqualTo(State.Mode.NORMAL);
    }

    @Test
    void deleteTakesTheSmallestSpanUnderTheCursor() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        State onName = s.withCursor(indexOfWord(s, "جابويف"));
        assertThat(key(onName, "x").effects()).containsExactly(new Effect.DeleteSpan(s.para().id(), 1));
        State onClaim = s.withCursor(indexOfWord(s, "أصبحت"));
        assertThat(key(onClaim, "x").effects()).containsExactly(new Effect.DeleteSpan(s.para().id(), 3));
    }

    @Test
    void navigationUndoAndQuitAreEffectsForTheRuntime() {
        State s = fresh();
        assertThat(key(s, "PgDn").effects()).containsExactly(new Effect.Load(8));
        assertThat(key(s, "Enter").effects()).containsExactly(new Effect.Load(8));
        assertThat(key(s, "PgUp").effects()).containsExactly(new Effect.Load(6));
        assertThat(key(s, "u").effects()).containsExactly(new Effect.Undo());
        assertThat(key(s, "C-r").effects()).containsExactly(new Effect.Redo());
        assertThat(key(s, "b").effects()).containsExactly(new Effect.SetFlags(s.para().id(), true, null));
        assertThat(key(s, "q").effects()).containsExactly(new Effect.Quit());
        State search = key(key(key(s, "/").state(), "ب").state(), "Enter").state();
        assertThat(key(key(key(s, "/").state(), "ب").state(), "Enter").effects())
                .containsExactly(new Effect.Search("ب", 7));
        assertThat(search.mode()).isEqualTo(State.Mode.NORMAL);
        assertThat(key(key(key(s, "g").state(), "3").state(), "Enter").effects()).containsExactly(new Effect.Goto("3"));
        State comment = key(key(key(s, "m").state(), "ت").state(), "Enter").state();
        assertThat(comment.pending()).isEqualTo(1);
    }

    @Test
    void helpOpensFromTheKeyTableAndAnyOtherKeyClosesIt() {
        State help = key(fresh(), "?").state().withRows(80);
        assertThat(help.mode()).isEqualTo(State.Mode.HELP);
        String screen = View.render(help).textDump();
        for (Keymap.Binding b : help.keymap().bindings()) {
            if (b.action() == Action.CURSOR_LEFT || b.action() == Action.UNDO) {
                assertThat(screen).contains(b.action().help());
            }
        }
        assertThat(key(help, "q").state().mode()).isEqualTo(State.Mode.NORMAL);
        assertThat(key(help, "q").effects()).isEmpty();
    }

    @Test
    void aTinyTerminalShowsTheEnlargeMessageAndRecoversOnResize() {
        State s = fresh();
        State tiny = Update.update(s, new Msg.Resized(30, 8)).state();
        assertThat(View.render(tiny).textDump()).contains("too small").contains("60×16");
        State back = Update.update(tiny, new Msg.Resized(80, 24)).state();
        assertThat(View.render(back).textDump()).contains("── stance");
    }

    private static ParagraphData withStance(ParagraphData p, String target, String label) {
        return new ParagraphData(p.paragraph(), p.docTitle(), p.docParagraphs(), p.previous(), p.next(),
                java.util.Map.of(target, label), p.spans(), p.boilerplate(), p.comment(), false, java.util.List.of());
    }

    static String slice(String text, int start, int end) {
        int a = text.offsetByCodePoints(0, start);
        return text.substring(a, text.offsetByCodePoints(a, end - start));
    }

    static int indexOfWord(State s, String word) {
        var words = s.words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no word " + word);
    }
}
