package mizan.tui;

import mizan.model.Claimer;
import mizan.model.ClaimerRef;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.model.SpanKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys in, state and effects out: the workbench's behaviour without a terminal or a database. */
class UpdateTest {

    private static Update.Result key(State s, String k) {
        return Update.update(s, new Msg.KeyPressed(Key.of(k)));
    }

    private static State fresh() {
        return Fixtures.state(Fixtures.quoteUnlabeled(), 80, 24);
    }

    private static List<Change> changes(Update.Result r) {
        return r.effects().stream().filter(e -> e instanceof Effect.Write).map(e -> ((Effect.Write) e).change()).toList();
    }

    @Test
    void aStanceKeyShowsTheLabelAtOnceAndSendsItToTheStore() {
        State s = fresh();
        assertThat(s.scheme().targets().get(s.target()).id()).isEqualTo("MILCOOP");
        Update.Result r = key(s, "1");
        assertThat(changes(r)).containsExactly(new Change.SetStance(s.para().id(), "MILCOOP", "FAVOR"));
        assertThat(r.state().para().labels().stance()).containsEntry("MILCOOP", "FAVOR");
        assertThat(r.state().writes().saving()).isTrue();
        assertThat(r.state().message()).startsWith("saving…");
        assertThat(r.state().target()).as("the next target becomes active: three targets, three keys").isEqualTo(1);
        assertThat(View.render(r.state()).textDump()).contains("[FAVOR    ]");
    }

    @Test
    void twoStanceKeysOnOneTargetBothCountTheSecondIsNotDroppedAsAlreadySo() {
        State s = fresh();
        State one = key(s, "4").state().withCursor(s.cursor()); // back on MILCOOP, as after S-Tab
        Update.Result r = key(one, "3");
        assertThat(changes(r)).containsExactly(new Change.SetStance(s.para().id(), "MILCOOP", "NEUTRAL"));
        assertThat(r.state().para().labels().stance()).containsEntry("MILCOOP", "NEUTRAL");
        // the same key twice is "already so", judged against what was asked, not what was confirmed
        assertThat(changes(key(r.state().withCursor(s.cursor()), "3"))).isEmpty();
    }

    @Test
    void theStoresAnswerConfirmsWithoutUndoingLaterKeys() {
        State s = fresh();
        Update.Result a = key(s, "1");
        long first = ((Effect.Write) a.effects().get(0)).seq();
        State b = key(a.state(), "2").state(); // WAR_SUPPORT = AGAINST, not yet answered
        // the store answers the first change with what it holds then: MILCOOP only
        State n = Update.update(b, new Msg.Saved(first, s.para().id(),
                new ParaLabels(Map.of("MILCOOP", "FAVOR"), List.of(), false, null), false)).state();
        assertThat(n.para().labels().stance()).containsEntry("MILCOOP", "FAVOR").containsEntry("WAR_SUPPORT", "AGAINST");
        assertThat(n.writes().unconfirmed()).hasSize(1);
        assertThat(n.writes().sessionLabels()).isEqualTo(31);
    }

    @Test
    void aFailedWriteRollsBackThatChangeOnlyAndSaysWhichLabelOnWhichParagraph() {
        State s = fresh();
        Update.Result a = key(s, "3");
        long seq = ((Effect.Write) a.effects().get(0)).seq();
        State b = key(a.state(), "1").state();
        State n = Update.update(b, new Msg.WriteFailed(seq, s.para().id(), ParaLabels.EMPTY, false,
                "the disk is full")).state();
        assertThat(n.error()).isTrue();
        assertThat(n.para().labels().stance()).doesNotContainKey("MILCOOP").containsEntry("WAR_SUPPORT", "FAVOR");
        String screen = View.render(n).textDump();
        assertThat(screen).contains("✗ not saved: MILCOOP = NEUTRAL on ¶ 5").contains("the disk is full");
        assertThat(screen.lines().skip(1).findFirst().orElseThrow()).contains("✗ not saved");
    }

    @Test
    void pagingMovesAtOnceAndKeysForTheNextParagraphWaitUntilItArrives() {
        State s = fresh();
        Update.Result down = key(s, "PgDn");
        String next = s.queue().idAt(8);
        assertThat(down.state().queue().index()).isEqualTo(8);
        assertThat(down.effects()).contains(new Effect.Remember(next), new Effect.Load(s.queue().idAt(10)));
        assertThat(down.state().waiting().loading()).as("asked for when ¶ 7 was opened").contains(next);
        State held = key(down.state(), "2").state();
        assertThat(held.waiting().keys()).extracting(Key::name).containsExactly("2");
        assertThat(held.paragraphs().get(s.para().id()).labels().stance()).as("not the paragraph left behind").isEmpty();
        Paragraph p = new Paragraph(next, "0000000000000000", 108, "نص الفقرة التالية.", false, null);
        Update.Result arrived = Update.update(held, new Msg.Loaded(new ParagraphData(p, "t", 200, null, null, List.of()),
                ParaLabels.EMPTY));
        assertThat(changes(arrived)).containsExactly(new Change.SetStance(next, "MILCOOP", "AGAINST"));
        assertThat(arrived.state().waiting().keys()).isEmpty();
    }

    @Test
    void aTypeKeyOnATaggedSpanChangesItsTypeInsteadOfAddingASecondSpan() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        String text = s.para().text();
        Span pers = s.para().labels().entities().stream().filter(e -> e.label().equals("PERS")).findFirst().orElseThrow();
        State sel = s.withCursor(new State.Cursor(0, 0, pers.start(), pers.end(), 0));
        Update.Result r = key(sel, "o");
        assertThat(changes(r)).containsExactly(new Change.TagEntity(s.para().id(), pers.start(), pers.end(), "ORG"));
        List<Span> now = r.state().para().labels().entities();
        assertThat(now).hasSize(2).extracting(Span::label).containsExactlyInAnyOrder("ORG", "ORG");
        assertThat(r.state().message()).contains("PERS → ORG").contains(UpdateTest.slice(text, pers.start(), pers.end()));
        assertThat(changes(key(sel.withCursor(sel.cursor()), "p"))).as("same type: nothing to write").isEmpty();
    }

    @Test
    void crossingEntitiesAreRefusedButNestedOnesAreTaken() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        Span org = s.para().labels().entities().stream().filter(e -> e.label().equals("ORG")).findFirst().orElseThrow();
        // from inside the ORG span to past its end: crosses it
        State crossing = s.withCursor(new State.Cursor(0, 0, org.start() + 5, org.end() + 3, 0));
        Update.Result r = key(crossing, "s");
        assertThat(changes(r)).isEmpty();
        assertThat(r.state().error()).isTrue();
        assertThat(r.state().message()).contains("not tagged").contains("cross");
        // a word inside the ORG span nests
        int inside = UpdateTest.indexOfWord(s, "كارنيجي");
        assertThat(changes(key(s.withCursor(new State.Cursor(inside, -1, -1, -1, 0)), "l"))).hasSize(1);
    }

    @Test
    void aSpanThatBeginsOnASpaceIsRefused() {
        State s = fresh();
        var w = s.words().get(1);
        Update.Result r = key(s.withCursor(new State.Cursor(1, 1, w.start() - 1, w.end(), 0)), "p");
        assertThat(changes(r)).isEmpty();
        assertThat(r.state().message()).contains("space");
    }

    @Test
    void afterTaggingTheCursorMovesToTheNextUntaggedWordInReadingOrder() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        int before = UpdateTest.indexOfWord(s, "مدير");
        State r = key(s.withCursor(new State.Cursor(before, -1, -1, -1, 0)), "c").state();
        assertThat(r.mode()).isEqualTo(State.Mode.CLAIM_WORTHY); // c is the claim key; tag with o instead
        State tagged = key(s.withCursor(new State.Cursor(before, -1, -1, -1, 0)), "o").state();
        // the words after مدير are "مركز كارنيجي …" (already ORG): the cursor skips them
        var words = tagged.words();
        var at = words.get(tagged.cursor().word());
        assertThat(at.start()).isGreaterThan(words.get(before).end());
        assertThat(tagged.para().labels().entities().stream().noneMatch(e -> e.overlaps(at.start(), at.end()))).isTrue();
    }

    @Test
    void backspaceAndZeroClearTheActiveTargetsStance() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24).withCursor(new State.Cursor(0, -1, -1, -1, 0));
        for (String k : List.of("0", "Backspace")) {
            Update.Result r = key(s, k);
            assertThat(changes(r)).containsExactly(new Change.SetStance(s.para().id(), "MILCOOP", null));
            assertThat(r.state().para().labels().stance()).doesNotContainKey("MILCOOP");
        }
    }

    @Test
    void aClaimAsksCheckWorthinessClaimerAndStanceThenSavesOneChange() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        String text = s.para().text();
        int first = indexOfWord(s, "الحرب");
        State sel = key(key(s.withCursor(new State.Cursor(first, -1, -1, -1, 0)), "S-Left").state(), "S-Left").state();
        State q1 = key(sel, "c").state();
        assertThat(q1.mode()).isEqualTo(State.Mode.CLAIM_WORTHY);
        assertThat(View.render(q1).textDump()).contains("check-worthy?");
        State q2 = key(q1, "y").state();
        assertThat(View.render(q2).textDump()).contains("a  AUTHOR").contains("n  ANONYMOUS").contains(" 1  PERS")
                .contains(" 2  ORG");
        State q3 = key(q2, "1").state();
        Update.Result r = key(q3, "a");
        assertThat(r.state().mode()).isEqualTo(State.Mode.NORMAL);
        Span pers = s.para().labels().entities().get(0);
        assertThat(changes(r)).singleElement().isInstanceOfSatisfying(Change.SetClaim.class, c -> {
            assertThat(c.checkWorthy()).isTrue();
            assertThat(c.claimer()).isEqualTo(ClaimerRef.entity(pers.start(), pers.end()));
            assertThat(c.claimerStance()).isEqualTo("AFFIRM");
            assertThat(slice(text, c.start(), c.end())).isEqualTo("الحرب أصبحت الآن");
        });
        assertThat(key(q2, "Esc").state().mode()).isEqualTo(State.Mode.NORMAL);
    }

    @Test
    void aClaimsAttributesChangeWithoutDeletingIt() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        Span claim = s.para().labels().spans().stream().filter(sp -> sp.kind() == SpanKind.CLAIM).findFirst().orElseThrow();
        State on = s.withCursor(new State.Cursor(indexOfWord(s, "أصبحت"), -1, -1, -1, 0));
        State e1 = key(on, "e").state();
        assertThat(e1.mode()).isEqualTo(State.Mode.CLAIM_WORTHY);
        assertThat(View.render(e1).textDump()).contains("Enter keeps yes");
        // keep check-worthy, pick ANONYMOUS, keep the stance
        Update.Result r = key(key(key(e1, "Enter").state(), "n").state(), "Enter");
        assertThat(changes(r)).containsExactly(new Change.SetClaim(s.para().id(), claim.start(), claim.end(), true,
                ClaimerRef.ANONYMOUS, "AFFIRM"));
        List<Span> claims = r.state().para().labels().spans().stream().filter(sp -> sp.kind() == SpanKind.CLAIM).toList();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.id()).as("the same claim, changed in place").isEqualTo(claim.id());
            assertThat(c.claimer()).isEqualTo(Claimer.ANONYMOUS);
        });
    }

    @Test
    void theClaimerPickerOffersEveryOneOfTwelveEntitiesByNumberOrByArrows() {
        State s = twelveEntities();
        List<Span> es = s.para().labels().entities();
        assertThat(es).hasSize(12);
        State picking = key(key(s, "c").state(), "n").state();
        assertThat(picking.mode()).isEqualTo(State.Mode.CLAIM_CLAIMER);
        // "1" could be 1, 10, 11 or 12: it waits; "1" "2" is entity 12
        State typed = key(picking, "1").state();
        assertThat(typed.mode()).isEqualTo(State.Mode.CLAIM_CLAIMER);
        State twelve = key(typed, "2").state();
        assertThat(twelve.mode()).isEqualTo(State.Mode.CLAIM_STANCE);
        assertThat(twelve.claim().claimer()).isEqualTo(ClaimerRef.entity(es.get(11).start(), es.get(11).end()));
        // "1" then Enter is entity 1
        assertThat(key(typed, "Enter").state().claim().claimer())
                .isEqualTo(ClaimerRef.entity(es.get(0).start(), es.get(0).end()));
        // arrows: down past AUTHOR and ANONYMOUS to the last entity, scrolled into view
        State down = picking;
        for (int i = 0; i < 13; i++) {
            down = key(down, "Down").state();
        }
        String screen = View.render(down).textDump();
        assertThat(screen).contains("12  ");
        assertThat(key(down, "Enter").state().claim().claimer())
                .isEqualTo(ClaimerRef.entity(es.get(11).start(), es.get(11).end()));
    }

    @Test
    void deleteTakesTheSmallestSpanUnderTheCursorButNotAClaimer() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        State onName = s.withCursor(new State.Cursor(indexOfWord(s, "جابويف"), -1, -1, -1, 0));
        Update.Result r = key(onName, "x");
        assertThat(changes(r)).as("the PERS entity is the claim's claimer").isEmpty();
        assertThat(r.state().message()).contains("claimer");
        State onClaim = s.withCursor(new State.Cursor(indexOfWord(s, "أصبحت"), -1, -1, -1, 0));
        Span claim = s.para().labels().spans().stream().filter(sp -> sp.kind() == SpanKind.CLAIM).findFirst().orElseThrow();
        assertThat(changes(key(onClaim, "x"))).containsExactly(new Change.DeleteSpan(s.para().id(), SpanKind.CLAIM,
                claim.start(), claim.end()));
    }

    @Test
    void undoWaitsForTheStoreAndKeysAfterItWaitToo() {
        State s = fresh();
        Update.Result u = key(key(s, "1").state(), "u");
        assertThat(u.effects()).containsExactly(new Effect.Revert(true, 1));
        State held = key(u.state(), "2").state();
        assertThat(held.waiting().keys()).hasSize(1);
        Update.Result back = Update.update(held, new Msg.Reverted(true, 1, s.para().id(), ParaLabels.EMPTY, false,
                "MILCOOP = FAVOR", false));
        assertThat(back.state().message()).isEqualTo("saving… WAR_SUPPORT = AGAINST");
        assertThat(back.state().para().labels().stance()).containsOnlyKeys("WAR_SUPPORT");
        State nothing = Update.update(key(s, "u").state(), new Msg.Reverted(true, 0, null, null, false, "nothing to undo",
                false)).state();
        assertThat(nothing.message()).isEqualTo("nothing to undo");
    }

    @Test
    void searchIsAskedOfTheStoreAndTheHitIsHighlightedWithTheCursorOnIt() {
        State s = fresh();
        Update.Result r = key(key(key(key(s, "/").state(), "ح").state(), "ر").state(), "Enter");
        assertThat(r.effects()).containsExactly(new Effect.Search("حر", 7, 0, true));
        String text = s.para().text();
        int at = text.codePointCount(0, text.indexOf("الحرب"));
        State hit = Update.update(r.state(), new Msg.Found("حر", 7, at + 2, at + 4, false)).state();
        assertThat(hit.words().get(hit.cursor().word()).text()).isEqualTo("الحرب");
        assertThat(hit.message()).contains("found «حر»").contains("n next");
        assertThat(View.render(hit).styleDump()).contains("hh"); // the hit's cells have a highlight background
        assertThat(key(hit, "n").effects()).containsExactly(new Effect.Search("حر", 7, at + 3, true));
        assertThat(key(hit, "N").effects()).containsExactly(new Effect.Search("حر", 7, at + 2, false));
    }

    @Test
    void quitWithAChangeOnItsWayWaitsForItAndSaysSo() {
        State s = fresh();
        Update.Result pressed = key(key(s, "1").state(), "q");
        assertThat(pressed.effects()).doesNotContain(new Effect.Quit());
        assertThat(pressed.state().message()).contains("saving…").contains("quitting when saved");
        Update.Result saved = Update.update(pressed.state(), new Msg.Saved(1, s.para().id(),
                new ParaLabels(Map.of("MILCOOP", "FAVOR"), List.of(), false, null), false));
        assertThat(saved.effects()).contains(new Effect.Quit());
        Update.Result failed = Update.update(pressed.state(), new Msg.WriteFailed(1, s.para().id(), ParaLabels.EMPTY, false,
                "the database stayed locked"));
        assertThat(failed.effects()).doesNotContain(new Effect.Quit());
        assertThat(failed.state().message()).contains("MILCOOP = FAVOR").contains("q quits anyway");
        assertThat(key(failed.state(), "q").effects()).contains(new Effect.Quit());
    }

    @Test
    void anEmptyQueueSaysWhyAndQQuits() {
        State s = State.initial(Fixtures.session("zoe", "zoe"), List.of(), java.util.Set.of(), 0, 80, 24, 0);
        s = Update.start(s).state();
        String screen = View.render(s).textDump();
        assertThat(screen).contains("No paragraphs are assigned to zoe").contains("mizan assign --db");
        assertThat(key(s, "q").effects()).containsExactly(new Effect.Quit());
        assertThat(key(s, "C-c").effects()).containsExactly(new Effect.Quit());
        assertThat(key(s, "?").state().mode()).isEqualTo(State.Mode.HELP);
    }

    @Test
    void gotoTakesTheParagraphNumberEveryScreenShows() {
        State s = fresh();
        assertThat(View.render(s).textDump()).contains("¶ 5 of a85c5ca2");
        Update.Result r = key(key(key(key(s, "g").state(), "1").state(), "0").state(), "Enter");
        assertThat(r.state().message()).contains("no ¶ 10 of document a85c5ca27367db1f");
        String[] other = s.queue().idAt(3).split("-"); // document 0000000000000000, ¶ 103
        State moved = Fixtures.press(s, "g", "0", "0", "0", "0", ":", other[1].substring(0, 1), other[1].substring(1, 2),
                other[1].substring(2), "Enter");
        assertThat(moved.queue().index()).isEqualTo(3);
        assertThat(moved.queue().currentId()).isEqualTo(s.queue().idAt(3));
    }

    @Test
    void helpOpensFromTheKeyTableAndAnyOtherKeyClosesIt() {
        State help = key(fresh(), "?").state().withScreen(new State.Screen(80, 80));
        assertThat(help.mode()).isEqualTo(State.Mode.HELP);
        String screen = View.render(help).textDump();
        assertThat(screen).contains(Action.CURSOR_LEFT.help()).contains(Action.UNDO.help()).contains("0 Backspace");
        assertThat(key(help, "q").state().mode()).isEqualTo(State.Mode.NORMAL);
        assertThat(key(help, "q").effects()).isEmpty();
    }

    @Test
    void inRightToLeftTextLeftMovesForwardAndATwoWordEntityTakesTwoKeys() {
        State s = fresh();
        String text = s.para().text();
        assertThat(s.cursor().word()).isZero();
        State moved = key(s, "Left").state();
        assertThat(moved.cursor().word()).isEqualTo(1);
        assertThat(key(moved, "Right").state().cursor().word()).isZero();
        Update.Result r = key(key(moved, "S-Left").state(), "p");
        assertThat(changes(r)).singleElement().isInstanceOfSatisfying(Change.TagEntity.class, t -> {
            assertThat(t.type()).isEqualTo("PERS");
            assertThat(slice(text, t.start(), t.end())).isEqualTo("ألكسندر جابويف");
        });
    }

    @Test
    void edgeKeysMoveBySingleGraphemesSoAProcliticCanBeLeftOut() {
        State s = fresh();
        State trimmed = key(s, "]").state();
        assertThat(slice(s.para().text(), trimmed.cursor().selStart(), trimmed.cursor().selEnd())).isEqualTo("قال");
        State back = key(trimmed, "[").state();
        assertThat(slice(s.para().text(), back.cursor().selStart(), back.cursor().selEnd())).isEqualTo("وقال");
        State one = key(key(key(trimmed, "]").state(), "]").state(), "]").state();
        assertThat(one.cursor().selEnd() - one.cursor().selStart()).isEqualTo(1);
    }

    @Test
    void aTinyTerminalShowsTheEnlargeMessageAndRecoversOnResize() {
        State s = fresh();
        State tiny = Update.update(s, new Msg.Resized(30, 8)).state();
        assertThat(View.render(tiny).textDump()).contains("too small").contains("60×16");
        State back = Update.update(tiny, new Msg.Resized(80, 24)).state();
        assertThat(View.render(back).textDump()).contains("── stance");
    }

    /** The quote paragraph with twelve one-word entities (the claimer picker's test). */
    static State twelveEntities() {
        Para q = Fixtures.quoteUnlabeled();
        State s = Fixtures.state(q, 80, 24);
        List<Span> spans = new ArrayList<>();
        var words = s.words();
        for (int i = 0; i < 12; i++) {
            var w = words.get(1 + i * 2);
            spans.add(Span.entity(i + 1, q.id(), "alice", w.start(), w.end(), i % 2 == 0 ? "PERS" : "ORG"));
        }
        return Fixtures.state(new Para(q.data(), new ParaLabels(Map.of(), spans, false, null)), 80, 24)
                .withCursor(new State.Cursor(0, -1, -1, -1, 0));
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
