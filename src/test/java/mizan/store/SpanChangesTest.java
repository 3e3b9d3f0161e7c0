package mizan.store;

import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.ClaimerRef;
import mizan.model.Span;
import mizan.model.SpanKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entities and claims changed by intent (edges and label), as the workbench asks for them. */
class SpanChangesTest {

    /** An emoji (one code point, two UTF-16 units) sits before the claim, so the two counts differ. */
    private static final String PARAGRAPH = "قال وزير خارجية روسيا 😀 إنَّ التعاون مستمر.";

    @TempDir
    Path dir;

    private Store s;
    private String pid;
    private String text;

    @BeforeEach
    void open() {
        s = StoreFixture.open(dir);
        pid = StoreFixture.oneDocument(s, "عنوان", PARAGRAPH);
        text = s.documents().paragraph(pid).orElseThrow().text();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private int at(String word) {
        return StoreFixture.at(text, word);
    }

    private int end(String word) {
        return StoreFixture.end(text, word);
    }

    private long events() {
        return Sql.longValue(s, "SELECT count(*) FROM events");
    }

    private Span tag(String owner, String words, String type) {
        return s.labels().tagEntity("alice", owner, pid, at(words), end(words), type);
    }

    @Test
    void retaggingAnEntityChangesItsTypeInPlaceAsOneUndoableChange() {
        Span minister = tag("alice", "وزير خارجية روسيا", "PERS");
        assertThat(minister.id()).isPositive();
        Span claim = s.labels().setClaim("alice", "alice", pid, at("إن"), end("مستمر"), true,
                ClaimerRef.entity(minister.start(), minister.end()), "AFFIRM");
        long before = events();

        assertThat(tag("alice", "وزير خارجية روسيا", "PERS")).isEqualTo(minister);
        assertThat(events()).as("the same type again writes nothing").isEqualTo(before);

        Span occ = tag("alice", "وزير خارجية روسيا", "OCC");
        assertThat(occ.id()).isEqualTo(minister.id());
        assertThat(s.labels().spans(pid, "alice")).containsExactly(occ, claim);
        assertThat(claim.claimer()).isEqualTo(Claimer.span(minister.id()));
        assertThat(EventLog.list(s, pid, "alice", 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("span.update"))
                .satisfies(e -> assertThat(e.before()).contains("\"PERS\""))
                .satisfies(e -> assertThat(e.after()).contains("\"OCC\""));
        assertThat(events()).isEqualTo(before + 1);

        s.labels().undo("alice", "alice");
        assertThat(s.labels().spans(pid, "alice")).containsExactly(minister, claim);
        s.labels().redo("alice", "alice");
        assertThat(s.labels().spans(pid, "alice")).containsExactly(occ, claim);
    }

    @Test
    void entitiesNestButDoNotCrossAndTheirEdgesMustMakeASpan() {
        Span minister = tag("alice", "وزير خارجية روسيا", "OCC");
        Span russia = tag("alice", "روسيا", "GPE");
        Span ministry = tag("alice", "خارجية روسيا", "ORG");
        assertThat(s.labels().spans(pid, "alice")).containsExactly(minister, ministry, russia);
        long before = events();

        assertThatThrownBy(() -> tag("alice", "روسيا 😀", "LOC"))
                .isInstanceOf(StoreException.class)
                .hasMessage("it would cross the OCC span at " + minister.start() + "–" + minister.end());
        assertThatThrownBy(() -> s.labels().tagEntity("alice", "alice", pid, at("روسيا"), end("روسيا") + 1, "GPE"))
                .hasMessage("a span cannot begin or end with a space");
        assertThatThrownBy(() -> s.labels().tagEntity("alice", "alice", pid, at("إن"), at("إن") + 2, "PERS"))
                .hasMessage("a span edge cannot cut a letter from its marks");
        assertThatThrownBy(() -> s.labels().tagEntity("alice", "alice", pid, 40, 60, "PERS"))
                .hasMessageStartingWith("a span must lie inside the paragraph");
        assertThat(s.labels().spans(pid, "alice")).containsExactly(minister, ministry, russia);
        assertThat(events()).isEqualTo(before);

        // another owner's entities are no obstacle
        assertThat(tag("bob", "روسيا 😀", "LOC").label()).isEqualTo("LOC");
    }

    @Test
    void addSpanRefusesWhatTagEntityWouldNotCreate() {
        Span russia = s.labels().addSpan("alice", Span.entity(0, pid, "alice", at("روسيا"), end("روسيا"), "GPE"));
        assertThatThrownBy(() -> s.labels().addSpan("alice", russia))
                .hasMessage("already tagged GPE there");
        assertThatThrownBy(() -> s.labels().addSpan("alice", Span.entity(0, pid, "alice", russia.start(),
                russia.end(), "LOC"))).hasMessage("already tagged GPE there");
        assertThatThrownBy(() -> s.labels().addSpan("alice", Span.entity(0, pid, "alice", at("خارجية"),
                at("روسيا") + 2, "ORG"))).hasMessage("it would cross the GPE span at " + russia.start() + "–"
                + russia.end());
        Span claim = Span.claim(0, pid, "alice", at("إن"), end("مستمر"), true, Claimer.AUTHOR, "AFFIRM");
        s.labels().addSpan("alice", claim);
        assertThatThrownBy(() -> s.labels().addSpan("alice", claim)).hasMessage("there is already a claim there");
        Span bobs = s.labels().addSpan("bob", Span.entity(0, pid, "bob", at("قال"), end("قال"), "EVENT"));
        assertThatThrownBy(() -> s.labels().addSpan("alice", Span.claim(0, pid, "alice", at("قال"), end("مستمر"),
                true, Claimer.span(bobs.id()), "AFFIRM"))).hasMessageContaining("is not one of alice's entities");
        assertThat(s.labels().spans(pid, "alice")).hasSize(2);
    }

    @Test
    void aClaimIsSetInPlaceOnItsEdgesWithItsClaimerNamedByTheEntitysEdges() {
        int from = at("إن");
        int to = end("مستمر");
        assertThatThrownBy(() -> s.labels().setClaim("alice", "alice", pid, from, to, true,
                ClaimerRef.entity(at("روسيا"), end("روسيا")), "AFFIRM"))
                .hasMessage("there is no entity at " + at("روسيا") + "–" + end("روسيا") + " to be the claimer; tag it first");
        assertThat(events()).isZero();

        Span russia = tag("alice", "روسيا", "GPE");
        Span claim = s.labels().setClaim("alice", "alice", pid, from, to, true,
                ClaimerRef.entity(russia.start(), russia.end()), "AFFIRM");
        assertThat(claim.claimer()).isEqualTo(Claimer.span(russia.id()));
        // one code point before the UTF-16 index: the emoji counts once
        assertThat(claim.start()).isEqualTo(text.indexOf("إن") - 1);
        assertThat(mizan.text.Offsets.substring(text, claim.start(), claim.end()))
                .isEqualTo(text.substring(text.indexOf("إن"), text.indexOf(".")));

        long before = events();
        assertThat(s.labels().setClaim("alice", "alice", pid, from, to, true,
                ClaimerRef.entity(russia.start(), russia.end()), "AFFIRM")).isEqualTo(claim);
        assertThat(events()).as("nothing to change, nothing written").isEqualTo(before);

        Span anonymous = s.labels().setClaim("alice", "alice", pid, from, to, false, ClaimerRef.ANONYMOUS, "REFUTE");
        assertThat(anonymous.id()).isEqualTo(claim.id());
        assertThat(s.labels().spans(pid, "alice")).containsExactly(russia, anonymous);
        assertThat(EventLog.list(s, pid, "alice", 1).get(0).action()).isEqualTo("span.update");

        // the entity is no longer a claimer, so it may go; undo brings the claim's old claimer back
        s.labels().deleteSpan("alice", "alice", pid, SpanKind.ENTITY, russia.start(), russia.end());
        s.labels().undo("alice", "alice");
        s.labels().undo("alice", "alice");
        assertThat(s.labels().spans(pid, "alice")).containsExactly(russia, claim);
    }

    @Test
    void deletingBySpanEdgesNamesWhatIsMissingAndKeepsACitedClaimer() {
        Span russia = tag("alice", "روسيا", "GPE");
        s.labels().setClaim("alice", "alice", pid, at("إن"), end("مستمر"), true,
                ClaimerRef.entity(russia.start(), russia.end()), "AFFIRM");
        assertThatThrownBy(() -> s.labels().deleteSpan("alice", "alice", pid, SpanKind.CLAIM, russia.start(),
                russia.end())).hasMessage("no claim at " + russia.start() + "–" + russia.end() + " there");
        assertThatThrownBy(() -> s.labels().deleteSpan("alice", "bob", pid, SpanKind.ENTITY, russia.start(),
                russia.end())).hasMessageStartingWith("no entity at");
        assertThatThrownBy(() -> s.labels().deleteSpan("alice", "alice", pid, SpanKind.ENTITY, russia.start(),
                russia.end())).hasMessageContaining("claimer of 1 claim");

        s.labels().deleteSpan("alice", "alice", pid, SpanKind.CLAIM, at("إن"), end("مستمر"));
        s.labels().deleteSpan("alice", "alice", pid, SpanKind.ENTITY, russia.start(), russia.end());
        assertThat(s.labels().spans(pid, "alice")).isEmpty();
        assertThat(EventLog.list(s, pid, "alice", 2)).extracting(Event::action)
                .containsExactly("span.delete", "span.delete");
    }

    @Test
    void goldChangesRecordTheReviewersEditInTheSameUndoStep() {
        s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
        Span russia = s.labels().tagEntity("rita", Annotator.GOLD, pid, at("روسيا"), end("روسيا"), "GPE");
        s.labels().tagEntity("rita", Annotator.GOLD, pid, at("روسيا"), end("روسيا"), "LOC");
        assertThat(s.gold().decided(pid).get("entities"))
                .containsEntry("adjudicator", "rita").containsEntry("method", "edited")
                .containsEntry("sources", "[\"alice\"]");
        assertThat(Sql.longValue(s, "SELECT count(DISTINCT batch) FROM events WHERE annotator = 'rita'")).isEqualTo(2);

        s.labels().undo("rita", Annotator.GOLD);
        assertThat(s.labels().spans(pid, Annotator.GOLD)).containsExactly(russia);
        s.labels().undo("rita", Annotator.GOLD);
        assertThat(s.labels().spans(pid, Annotator.GOLD)).isEmpty();
        assertThat(s.gold().decided(pid)).isEmpty();
    }

    @Test
    void ownerLabelsReadsStanceSpansAndFlagsTogether() {
        s.labels().setStance("alice", "alice", pid, "SANCTIONS", "NEUTRAL");
        s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
        Span russia = tag("alice", "روسيا", "GPE");
        Span minister = tag("alice", "وزير خارجية روسيا", "OCC");
        s.labels().setFlags("alice", "alice", pid, false, "أعد القراءة");
        tag("bob", "قال", "EVENT");

        Labels.OwnerLabels labels = s.labels().ownerLabels(pid, "alice");
        assertThat(labels.stance()).isEqualTo(Map.of("MILCOOP", "FAVOR", "SANCTIONS", "NEUTRAL"));
        assertThat(labels.spans()).containsExactly(minister, russia);
        assertThat(labels.boilerplate()).isFalse();
        assertThat(labels.comment()).isEqualTo("أعد القراءة");
        assertThat(s.labels().ownerLabels(pid, "carol"))
                .isEqualTo(new Labels.OwnerLabels(Map.of(), List.of(), false, null));
    }
}
