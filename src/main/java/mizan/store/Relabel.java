package mizan.store;

import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.SchemeDiff.Part;
import mizan.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bulk changes to existing labels: every label carrying one id (an entity type, a stance label, a
 * target or a claimer stance) mapped to another id or dropped, for everyone or for one owner.
 * Each row changes through {@link LabelRows#write} with its event, in one transaction together
 * with the new label scheme when a scheme change needs them, each owner's rows one batch: so undo
 * takes back each owner's part as one step, and a refused or trial run leaves the database as it was.
 *
 * <p>The span rules ({@link mizan.model.SpanRules}) hold afterwards. An entity mapped to a type
 * its owner already has on the same edges is merged into that one: the entity there is kept, the
 * mapped one deleted, and claims citing it cite the one kept. Likewise a stance moved to a target
 * its owner has already labeled keeps that label. An entity dropped while a claim cites it leaves
 * the claim without a claimer.
 */
public final class Relabel {

    /** Labels of {@code part} carrying {@code from} become {@code to}, or are deleted when {@code to} is null. */
    public record Rule(Part part, String from, String to) {
        public boolean drops() {
            return to == null;
        }
    }

    /** A count by owner: annotators by name, and gold. */
    public record Tally(Map<String, Long> byOwner) {
        public long total() {
            return byOwner.values().stream().mapToLong(Long::longValue).sum();
        }

        public long annotators() {
            return byOwner.keySet().stream().filter(o -> !o.equals(Annotator.GOLD)).count();
        }

        public boolean gold() {
            return byOwner.containsKey(Annotator.GOLD);
        }

        public boolean isEmpty() {
            return byOwner.isEmpty();
        }
    }

    /** What one rule changed: rows by owner, how many merged into a label already there, claims left without claimer. */
    public record Outcome(Rule rule, Tally changed, long merged, long claimersCleared) {
    }

    /**
     * What a run did, or would have done when not written. {@code unfinished} counts, per
     * annotator, paragraphs finished before (a stance for every target, or flagged boilerplate)
     * and not after; {@code finished} the other way round. Gold has no finished paragraphs.
     */
    public record Report(List<Outcome> outcomes, Tally unfinished, Tally finished, boolean written) {
    }

    /**
     * One run. {@code owner} restricts the rules to one owner's labels (null: everyone's);
     * paragraphs are finished against {@code targetsBefore} before and {@code targetsAfter} after;
     * {@code schemeJson}, already validated, is installed in the same transaction (null: the scheme
     * stays); {@code write} false runs everything and rolls it back, to report what it would do.
     */
    public record Plan(String actor, String source, List<Rule> rules, String owner, List<String> targetsBefore,
                       List<String> targetsAfter, String schemeJson, boolean write) {
    }

    private final Store store;

    public Relabel(Store store) {
        this.store = store;
    }

    /** How many labels carry {@code id} as their {@code part}, by owner. */
    public Tally usage(Part part, String id) {
        return store.read(() -> {
            Map<String, Long> out = new TreeMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT annotator, count(*) FROM "
                    + table(part) + " WHERE " + where(part) + " GROUP BY annotator")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return new Tally(out);
        });
    }

    /** Every id of {@code part} some label carries, whether or not the scheme has it. */
    public Set<String> inUse(Part part) {
        return store.read(() -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT DISTINCT " + column(part)
                    + " FROM " + table(part) + " WHERE " + kind(part) + column(part) + " IS NOT NULL ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static String table(Part part) {
        return part == Part.TARGET || part == Part.STANCE_LABEL ? "stance_labels" : "spans";
    }

    /** The column of {@link #table} holding the part's id. */
    private static String column(Part part) {
        return part == Part.TARGET ? "target" : part == Part.CLAIMER_STANCE ? "claimer_stance" : "label";
    }

    /** The condition that picks the part's kind of span, followed by AND; none for stance rows. */
    private static String kind(Part part) {
        return part == Part.ENTITY_TYPE ? "kind = 'entity' AND " : part == Part.CLAIMER_STANCE ? "kind = 'claim' AND " : "";
    }

    /** The rows of the table carrying the id bound to the first parameter. */
    private static String where(Part part) {
        return kind(part) + column(part) + " = ?";
    }

    /** Carries out a plan; see {@link Plan}. */
    public Report run(Plan plan) {
        try {
            return store.write(() -> {
                Connection c = store.connection();
                Writer w = new Writer(c, plan.actor(), plan.source());
                FinishedParagraphs before = FinishedParagraphs.of(c, "relabel_before", plan.targetsBefore());
                List<Counter> counters = plan.rules().stream().map(r -> new Counter()).toList();
                // owner by owner, so each owner's changes are together in the log
                for (String owner : plan.owner() != null ? List.of(plan.owner()) : owners(c)) {
                    for (int i = 0; i < counters.size(); i++) {
                        apply(w, plan.rules().get(i), owner, counters.get(i));
                    }
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < counters.size(); i++) {
                    outcomes.add(counters.get(i).outcome(plan.rules().get(i)));
                }
                FinishedParagraphs after = FinishedParagraphs.of(c, "relabel_after", plan.targetsAfter());
                Report report = new Report(outcomes, before.notIn(after), after.notIn(before), plan.write());
                before.drop();
                after.drop();
                if (plan.schemeJson() != null) {
                    Settings.put(c, Settings.LABELS, plan.schemeJson());
                }
                if (!plan.write()) {
                    throw new Trial(report);
                }
                return report;
            });
        } catch (Trial t) {
            return t.report;
        }
    }

    /** Rolls a trial run's transaction back, carrying what it did out. */
    private static final class Trial extends RuntimeException {
        private final transient Report report;

        Trial(Report report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Everyone who has labels. */
    private static List<String> owners(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotator FROM stance_labels UNION SELECT annotator FROM spans ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void apply(Writer w, Rule rule, String owner, Counter n) throws SQLException {
        switch (rule.part()) {
            case ENTITY_TYPE -> {
                for (Span s : spans(w.c, rule, owner)) {
                    n.row(s.annotator());
                    Optional<Span> there = rule.drops() ? Optional.empty() : sameEdges(w.c, s, rule.to());
                    if (rule.drops() || there.isPresent()) {
                        long recited = recite(w, s, there.map(Span::id).orElse(null));
                        n.cleared += rule.drops() ? recited : 0;
                        n.merged += there.isPresent() ? 1 : 0;
                        w.change(LabelRows.SPAN + ".delete", LabelRows.spanImage(s), null);
                    } else {
                        w.change(LabelRows.SPAN + ".update", LabelRows.spanImage(s), LabelRows.spanImage(
                                new Span(s.id(), s.paragraphId(), s.annotator(), s.kind(), s.start(), s.end(), rule.to(),
                                        null, null, null)));
                    }
                }
            }
            case CLAIMER_STANCE -> {
                for (Span s : spans(w.c, rule, owner)) {
                    n.row(s.annotator());
                    w.change(LabelRows.SPAN + ".update", LabelRows.spanImage(s), LabelRows.spanImage(
                            new Span(s.id(), s.paragraphId(), s.annotator(), s.kind(), s.start(), s.end(), s.label(),
                                    s.checkWorthy(), s.claimer(), rule.to())));
                }
            }
            case STANCE_LABEL, TARGET -> {
                for (Map<String, Object> row : stances(w.c, rule, owner)) {
                    String pid = (String) row.get("paragraph_id");
                    String who = (String) row.get("annotator");
                    String target = (String) row.get("target");
                    String label = (String) row.get("label");
                    n.row(who);
                    if (rule.drops()) {
                        w.change(LabelRows.STANCE, row, null);
                    } else if (rule.part() == Part.STANCE_LABEL) {
                        w.change(LabelRows.STANCE, row, LabelRows.stanceImage(pid, who, target, rule.to()));
                    } else {
                        // a stance moves to another target: the row's key changes, so it is deleted and added
                        w.change(LabelRows.STANCE, row, null);
                        if (LabelRows.stance(w.c, pid, who, rule.to()) == null) {
                            w.change(LabelRows.STANCE, null, LabelRows.stanceImage(pid, who, rule.to(), label));
                        } else {
                            n.merged++;
                        }
                    }
                }
            }
        }
    }

    /** Counts while a rule runs. */
    private static final class Counter {
        final Map<String, Long> byOwner = new TreeMap<>();
        long merged;
        long cleared;

        void row(String owner) {
            byOwner.merge(owner, 1L, Long::sum);
        }

        Outcome outcome(Rule rule) {
            return new Outcome(rule, new Tally(Collections.unmodifiableMap(byOwner)), merged, cleared);
        }
    }

    private static List<Span> spans(Connection c, Rule rule, String owner) throws SQLException {
        List<Span> out = new ArrayList<>();
        try (PreparedStatement ps = select(c, "SELECT * FROM spans", rule, owner, "paragraph_id, start_cp, end_cp, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(LabelRows.spanFrom(rs));
            }
        }
        return out;
    }

    private static List<Map<String, Object>> stances(Connection c, Rule rule, String owner) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = select(c, "SELECT paragraph_id, annotator, target, label FROM stance_labels", rule,
                owner, "paragraph_id, target");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(LabelRows.stanceImage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    private static PreparedStatement select(Connection c, String select, Rule rule, String owner, String order)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(select + " WHERE " + where(rule.part()) + " AND annotator = ? ORDER BY "
                + order);
        ps.setString(1, rule.from());
        ps.setString(2, owner);
        return ps;
    }

    /** The owner's other entity of {@code type} on the span's edges (a database from before the span rules may have one). */
    private static Optional<Span> sameEdges(Connection c, Span s, String type) throws SQLException {
        return LabelRows.spans(c, s.paragraphId(), s.annotator()).stream()
                .filter(o -> o.id() != s.id() && o.kind() == s.kind() && o.start() == s.start() && o.end() == s.end()
                        && type.equals(o.label()))
                .findFirst();
    }

    /** Claims citing {@code entity} cite {@code kept} instead (no claimer when null); returns how many. */
    private static long recite(Writer w, Span entity, Long kept) throws SQLException {
        long n = 0;
        for (Span claim : LabelRows.spans(w.c, entity.paragraphId(), entity.annotator())) {
            Claimer cl = claim.claimer();
            if (cl != null && cl.kind() == Claimer.Kind.SPAN && cl.entitySpanId() == entity.id()) {
                w.change(LabelRows.SPAN + ".update", LabelRows.spanImage(claim), LabelRows.spanImage(
                        new Span(claim.id(), claim.paragraphId(), claim.annotator(), claim.kind(), claim.start(),
                                claim.end(), null, claim.checkWorthy(), kept == null ? null : Claimer.span(kept),
                                claim.claimerStance())));
                n++;
            }
        }
        return n;
    }

    /**
     * Writes rows with their events as the actor's doing, from the source. Undo stacks are per
     * owner, and a batch is named by its first event, so each owner's rows get a batch of their
     * own: the whole run is one step of each owner's undo.
     */
    private record Writer(Connection c, String actor, String source, Map<String, Long> batches) {
        Writer(Connection c, String actor, String source) {
            this(c, actor, source, new HashMap<>());
        }

        void change(String action, Map<String, Object> before, Map<String, Object> after) throws SQLException {
            LabelRows.write(c, LabelRows.tableOf(action), before, after);
            Map<String, Object> row = after != null ? after : before;
            String owner = (String) row.get("annotator");
            Long batch = batches.get(owner);
            if (batch == null) {
                batch = EventLog.nextId(c);
                batches.put(owner, batch);
            }
            EventLog.append(c, actor, owner, source, (String) row.get("paragraph_id"), action, "do", null, batch,
                    before, after);
        }
    }
}
