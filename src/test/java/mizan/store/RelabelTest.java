package mizan.store;

import mizan.TestDb;
import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.ClaimerRef;
import mizan.model.SchemeDiff.Part;
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

/** Bulk relabeling: what it changes, what it merges, what it logs, and that undo takes it back. */
class RelabelTest {

    private static final String PARAGRAPH = "قال وزير الخارجية الروسي سيرغي لافروف إن التعاون مستمر.";
    private static final List<String> TARGETS = List.of("MILCOOP", "WAR_SUPPORT", "SANCTIONS");

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

    private Span tag(String owner, String word, String type) {
        return s.labels().tagEntity(owner, owner, pid, at(word), end(word), type);
    }

    private List<String> entities(String owner) {
        return s.labels().spans(pid, owner).stream().filter(x -> x.kind() == SpanKind.ENTITY)
                .map(x -> x.label() + "@" + x.start()).toList();
    }

    private Relabel.Report run(String owner, boolean write, Relabel.Rule... rules) {
        return new Relabel(s).run(new Relabel.Plan("lead", "relabel", List.of(rules), owner, TARGETS, TARGETS, null,
                write));
    }

    private static Relabel.Rule map(String from, String to) {
        return new Relabel.Rule(Part.ENTITY_TYPE, from, to);
    }

    @Test
    void aMappedTypeChangesEveryOwnersSpansInPlaceAsALoggedBatchPerOwner() throws Exception {
        Span minister = tag("alice", "وزير", "OCC");
        tag("bob", "وزير", "OCC");
        tag(Annotator.GOLD, "وزير", "OCC");
        tag("alice", "لافروف", "PERS");
        Relabel.Report r = run(null, true, map("OCC", "PERS"));

        assertThat(r.outcomes().get(0).changed().byOwner()).containsEntry("alice", 1L).containsEntry("bob", 1L)
                .containsEntry(Annotator.GOLD, 1L);
        assertThat(entities("alice")).containsExactly("PERS@" + at("وزير"), "PERS@" + at("لافروف"));
        assertThat(entities("bob")).containsExactly("PERS@" + at("وزير"));
        assertThat(s.labels().spans(pid, "alice").get(0).id()).as("changed in place").isEqualTo(minister.id());
        List<String> log = TestDb.rows(dir.resolve("mizan.db"),
                "SELECT annotator, owner, source, action, batch = (SELECT min(id) FROM events o"
                        + " WHERE o.source = 'relabel' AND o.owner = events.owner) FROM events WHERE source = 'relabel'"
                        + " ORDER BY id");
        assertThat(log).containsExactly("lead|@gold|relabel|span.update|1", "lead|alice|relabel|span.update|1",
                "lead|bob|relabel|span.update|1");
    }

    @Test
    void undoingTheLeadsBatchBringsEachOwnersSpansBackAsOneStep() {
        tag("alice", "وزير", "OCC");
        tag("alice", "الروسي", "OCC");
        tag("bob", "وزير", "OCC");
        run(null, true, new Relabel.Rule(Part.ENTITY_TYPE, "OCC", null));
        assertThat(entities("alice")).isEmpty();

        assertThat(s.labels().undo("lead", "bob")).isPresent();
        assertThat(entities("bob")).containsExactly("OCC@" + at("وزير"));
        assertThat(entities("alice")).as("alice's part is a step of her own").isEmpty();
        assertThat(s.labels().undo("lead", "alice")).isPresent();
        assertThat(entities("alice")).containsExactly("OCC@" + at("وزير"), "OCC@" + at("الروسي"));
    }

    @Test
    void onlyTheNamedAnnotatorsLabelsChange() {
        tag("alice", "وزير", "OCC");
        tag("bob", "وزير", "OCC");
        Relabel.Report r = run("alice", true, map("OCC", "PERS"));
        assertThat(r.outcomes().get(0).changed().byOwner()).containsOnlyKeys("alice");
        assertThat(entities("alice")).containsExactly("PERS@" + at("وزير"));
        assertThat(entities("bob")).containsExactly("OCC@" + at("وزير"));
    }

    /**
     * A database from before the one-entity-per-edges rule may hold OCC and PERS on the same
     * edges; mapping OCC to PERS leaves one PERS there, and the claim citing the OCC cites it.
     */
    @Test
    void aTypeMappedOntoTheSameTypeOnTheSameEdgesIsMergedAndClaimsFollowTheOneKept() throws Exception {
        Span pers = tag("alice", "لافروف", "PERS");
        LabelRows.exec(s.connection(), "INSERT INTO spans(paragraph_id, annotator, kind, start_cp, end_cp, label,"
                + " created_at) VALUES (?, 'alice', 'entity', ?, ?, 'OCC', 'then')", pid, at("لافروف"), end("لافروف"));
        long occ = s.labels().spans(pid, "alice").stream().filter(x -> "OCC".equals(x.label())).findFirst()
                .orElseThrow().id();
        LabelRows.exec(s.connection(), "INSERT INTO spans(paragraph_id, annotator, kind, start_cp, end_cp,"
                + " check_worthy, claimer_kind, claimer_span_id, claimer_stance, created_at)"
                + " VALUES (?, 'alice', 'claim', ?, ?, 1, 'SPAN', ?, 'AFFIRM', 'then')", pid, at("التعاون"),
                end("مستمر"), occ);

        Relabel.Report r = run(null, true, map("OCC", "PERS"));

        assertThat(r.outcomes().get(0).merged()).isEqualTo(1);
        assertThat(entities("alice")).containsExactly("PERS@" + at("لافروف"));
        Span claim = s.labels().spans(pid, "alice").stream().filter(x -> x.kind() == SpanKind.CLAIM).findFirst()
                .orElseThrow();
        assertThat(claim.claimer()).isEqualTo(Claimer.span(pers.id()));
        assertThat(TestDb.rows(dir.resolve("mizan.db"), "SELECT action, json_extract(before, '$.label'),"
                + " json_extract(after, '$.claimer_span_id') FROM events WHERE source = 'relabel' ORDER BY id"))
                .containsExactly("span.update|null|" + pers.id(), "span.delete|OCC|null");
    }

    @Test
    void aDroppedEntityThatAClaimCitesLeavesTheClaimWithoutClaimerAndUndoPutsBothBack() {
        tag("alice", "لافروف", "OCC");
        s.labels().setClaim("alice", "alice", pid, at("التعاون"), end("مستمر"), true,
                ClaimerRef.entity(at("لافروف"), end("لافروف")), "AFFIRM");
        Relabel.Report r = run(null, true, new Relabel.Rule(Part.ENTITY_TYPE, "OCC", null));
        assertThat(r.outcomes().get(0).claimersCleared()).isEqualTo(1);
        assertThat(s.labels().spans(pid, "alice")).singleElement()
                .satisfies(c -> assertThat(c.claimer()).isNull());

        s.labels().undo("lead", "alice");
        List<Span> back = s.labels().spans(pid, "alice");
        Span entity = back.stream().filter(x -> x.kind() == SpanKind.ENTITY).findFirst().orElseThrow();
        assertThat(entity.label()).isEqualTo("OCC");
        assertThat(back.stream().filter(x -> x.kind() == SpanKind.CLAIM).findFirst().orElseThrow().claimer())
                .isEqualTo(Claimer.span(entity.id()));
    }

    @Test
    void stanceLabelsAndTargetsMapAndAStanceAlreadyGivenForTheNewTargetIsKept() {
        s.labels().setStance("alice", "alice", pid, "MILCOOP", "NEUTRAL");
        s.labels().setStance("alice", "alice", pid, "WAR_SUPPORT", "FAVOR");
        s.labels().setStance("bob", "bob", pid, "WAR_SUPPORT", "AGAINST");
        run(null, true, new Relabel.Rule(Part.STANCE_LABEL, "NEUTRAL", "UNRELATED"));
        assertThat(s.labels().stance(pid, "alice")).containsEntry("MILCOOP", "UNRELATED");

        Relabel.Report r = run(null, true, new Relabel.Rule(Part.TARGET, "WAR_SUPPORT", "MILCOOP"));
        assertThat(r.outcomes().get(0).merged()).isEqualTo(1);
        assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "UNRELATED"));
        assertThat(s.labels().stance(pid, "bob")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
    }

    @Test
    void aTrialRunReportsWhatItWouldDoAndChangesNothing() throws Exception {
        for (String t : TARGETS) {
            s.labels().setStance("alice", "alice", pid, t, "NEUTRAL");
        }
        tag("alice", "وزير", "OCC");
        String before = TestDb.rows(dir.resolve("mizan.db"), "SELECT count(*), max(id) FROM events").toString();

        Relabel.Report r = run(null, false, map("OCC", "PERS"),
                new Relabel.Rule(Part.STANCE_LABEL, "NEUTRAL", null));

        assertThat(r.written()).isFalse();
        assertThat(r.outcomes().get(0).changed().total()).isEqualTo(1);
        assertThat(r.unfinished().byOwner()).isEqualTo(Map.of("alice", 1L));
        assertThat(entities("alice")).containsExactly("OCC@" + at("وزير"));
        assertThat(s.labels().stance(pid, "alice")).hasSize(3);
        assertThat(TestDb.rows(dir.resolve("mizan.db"), "SELECT count(*), max(id) FROM events").toString())
                .isEqualTo(before);
    }

    @Test
    void aNewTargetMakesFinishedParagraphsUnfinishedButNotFlaggedOnes() {
        String other = s.documents().paragraph(pid).orElseThrow().docId() + "-0";
        for (String t : TARGETS) {
            s.labels().setStance("alice", "alice", pid, t, "FAVOR");
            s.labels().setStance("alice", "alice", other, t, "FAVOR");
            s.labels().setStance(Annotator.GOLD, Annotator.GOLD, pid, t, "FAVOR");
        }
        s.labels().setFlags("alice", "alice", other, true, null);
        List<String> more = List.of("MILCOOP", "WAR_SUPPORT", "SANCTIONS", "NUKES");
        Relabel.Report r = new Relabel(s).run(new Relabel.Plan("lead", "init", List.of(), null, TARGETS, more, null,
                false));
        assertThat(r.unfinished().byOwner()).as("gold has no finished paragraphs; a flagged one stays finished with a target more")
                .isEqualTo(Map.of("alice", 1L));
    }
}
