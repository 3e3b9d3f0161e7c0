package mizan.e2e;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.corpus.Importer;
import mizan.model.Role;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys that arrive together (a fast typist, a paste, one SSH packet) do what the same keys typed
 * one at a time do: each key is judged against the state the keys before it asked for, never
 * against what the store last confirmed (DESIGN.md, "The workbench loop"). Every case sends its
 * keys in one tmux send-keys call, which reaches the program as one write.
 */
class KeystrokeE2ETest {

    private static final String[] TARGETS = {"MILCOOP", "WAR_SUPPORT", "SANCTIONS"};
    private static final String[] LABELS = {"FAVOR", "AGAINST", "NEUTRAL", "UNRELATED"};

    @TempDir
    Path dir;


    @Test
    void aStanceAndACorrectionOfTheSameTargetInOneBurstKeepTheCorrection() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        List<String> queue;
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "alice"))) {
            String screen = t.waitFor("── stance");
            queue = queue(db);
            assertThat(screen).contains(header(queue.get(0), 1, queue.size()));
            // 4 sets MILCOOP and moves on to WAR_SUPPORT; S-Tab comes back; 3 changes UNRELATED to NEUTRAL.
            // Judged against the store's MILCOOP (nothing, or UNRELATED) the 3 would land elsewhere or be dropped.
            t.burst("4", "S-Tab", "3");
            screen = t.waitFor("saved ✓ MILCOOP = NEUTRAL");
            assertThat(screen).doesNotContain("✗");
            assertThat(targetRow(screen, "MILCOOP")).contains("[NEUTRAL  ]");
            assertThat(targetRow(screen, "WAR_SUPPORT")).startsWith(" ▶ ").contains("[·        ]");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(30));
        }
        assertThat(TestDb.rows(db, "SELECT paragraph_id, annotator, target, label FROM stance_labels"))
                .containsExactly(queue.get(0) + "|alice|MILCOOP|NEUTRAL");
        // both keys were changes: UNRELATED, then NEUTRAL over it
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events WHERE action = 'stance'")).containsExactly("2");
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly("2");
    }

    @Test
    void pagingAndLabelingInOneBurstPutsEachStanceOnItsOwnParagraph() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "alice"))) {
            pageAndLabelInOneBurst(t, db);
        }
        assertPagedLabels(db, "alice");
    }

    @Test
    void pagingAndLabelingInOneBurstOverSshPutsEachStanceOnItsOwnParagraph() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        Path key = Served.keygen(dir, "alice");
        Served.lead("team", "add", "alice", "--key", key + ".pub", "--db", db.toString());
        int port = Served.freePort();
        try (Served server = Served.start(dir, db, port); Tmux t = new Tmux(dir, 100, 30, Served.ssh(port, key, "alice"))) {
            pageAndLabelInOneBurst(t, db);
        }
        assertPagedLabels(db, "alice");
    }

    /** From the first paragraph: PgDn 1 PgDn 2 PgDn PgDn 3, in one burst, then quit once all is saved. */
    private static void pageAndLabelInOneBurst(Tmux t, Path db) throws Exception {
        String screen = t.waitFor("── stance");
        List<String> queue = queue(db);
        assertThat(queue).hasSizeGreaterThanOrEqualTo(5);
        assertThat(screen).contains(header(queue.get(0), 1, queue.size()));
        t.burst("PgDn", "1", "PgDn", "2", "PgDn", "PgDn", "3");
        String fifth = header(queue.get(4), 5, queue.size());
        screen = t.waitFor("'" + fifth + "' with everything saved",
                s -> s.contains(fifth) && s.contains("saved ✓ MILCOOP = NEUTRAL"), Duration.ofSeconds(30));
        assertThat(screen).doesNotContain("✗");
        assertThat(targetRow(screen, "MILCOOP")).contains("[NEUTRAL  ]");
        t.keys("q");
        t.waitForExit(Duration.ofSeconds(30));
    }

    /** Queue positions 2, 3 and 5 hold FAVOR, AGAINST and NEUTRAL on MILCOOP, and nothing else was written. */
    private static void assertPagedLabels(Path db, String who) throws Exception {
        List<String> queue = queue(db);
        assertThat(TestDb.rows(db, "SELECT paragraph_id, annotator, target, label FROM stance_labels"))
                .containsExactlyInAnyOrder(queue.get(1) + "|" + who + "|MILCOOP|FAVOR",
                        queue.get(2) + "|" + who + "|MILCOOP|AGAINST",
                        queue.get(4) + "|" + who + "|MILCOOP|NEUTRAL");
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly("3");
    }

    /**
     * Sixteen workbenches on one database, each typing 500 random keys in bursts of ten: every
     * (annotator, paragraph, target) ends with the label of the last stance key pressed for it, as
     * worked out by {@link Typist}, and each annotator's events are exactly the changes those keys made.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void sixteenTypistsInBurstsEndWithTheLabelsTheirKeysAskedFor() throws Exception {
        int processes = 16;
        int bursts = 50;
        int burstSize = 10;
        Path db = dir.resolve("shared.db");
        List<String> names = new ArrayList<>();
        try (Store s = Store.open(db)) {
            new Importer(s.documents(), Importer.Progress.NONE).importPaths(List.of(TestFiles.seeds()));
            for (int i = 0; i < processes; i++) {
                names.add(String.format("typist%02d", i));
                s.team().add(names.get(i), Role.ANNOTATOR, null);
            }
        }
        List<String> queue = queue(db);

        // every typist's keys, from a seed of its own, and what they must do. Most wander near the
        // start of the queue, over and over the same paragraphs; every fourth pages forward more than
        // back, so it reaches the end of the queue, meets paragraphs not read yet, and comes back to
        // paragraphs the workbench has let go of and reads again.
        String[] wander = {"1", "2", "3", "4", "Tab", "S-Tab", "PgDn", "PgUp"};
        String[] forward = {"1", "2", "3", "4", "Tab", "S-Tab", "PgDn", "PgDn", "PgDn", "PgDn", "PgUp"};
        List<List<String[]>> keys = new ArrayList<>();
        List<Typist> typists = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            Random random = new Random(7001 + i);
            String[] keyNames = i % 4 == 3 ? forward : wander;
            List<String[]> mine = new ArrayList<>();
            Typist typist = new Typist(queue);
            for (int b = 0; b < bursts; b++) {
                String[] burst = new String[burstSize];
                for (int k = 0; k < burstSize; k++) {
                    burst[k] = keyNames[random.nextInt(keyNames.length)];
                    typist.press(burst[k]);
                }
                mine.add(burst);
            }
            keys.add(mine);
            typists.add(typist);
        }

        List<String> problems = new ArrayList<>();
        List<Tmux> terms = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", names.get(i)));
                terms.add(t);
                t.recordOutput(dir.resolve(names.get(i) + ".out"));
            }
            // sixteen JVMs starting on a couple of cores: one screen at a time, generously
            long startDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            for (int i = 0; i < processes; i++) {
                String first = header(queue.get(0), 1, queue.size());
                terms.get(i).waitFor(names.get(i) + "'s first paragraph", s -> s.contains("── stance") && s.contains(first),
                        remaining(startDeadline));
            }
            // interleaved: the sixteen are all working through keys at once
            for (int b = 0; b < bursts; b++) {
                for (int i = 0; i < processes; i++) {
                    terms.get(i).burst(keys.get(i).get(b));
                }
            }
            long settleDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            for (int i = 0; i < processes; i++) {
                Typist typist = typists.get(i);
                try {
                    String screen = terms.get(i).waitFor(names.get(i) + "'s screen as the keys leave it: "
                            + typist.expectedScreen(), typist::shown, remaining(settleDeadline));
                    if (screen.contains("✗")) {
                        problems.add(names.get(i) + "'s last screen shows a failure:\n" + screen);
                    }
                } catch (AssertionError e) {
                    problems.add(e.getMessage() + "\n  keys: " + spelled(keys.get(i)));
                }
                terms.get(i).keys("q");
            }
            long exitDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            for (int i = 0; i < processes; i++) {
                try {
                    terms.get(i).waitForExit(remaining(exitDeadline));
                } catch (AssertionError e) {
                    problems.add(names.get(i) + ": " + e.getMessage());
                }
            }
        } finally {
            for (Tmux t : terms) {
                t.close();
            }
        }

        for (int i = 0; i < processes; i++) {
            String who = names.get(i);
            Typist typist = typists.get(i);
            List<String> stored = TestDb.rows(db, "SELECT paragraph_id, target, label FROM stance_labels"
                    + " WHERE annotator = '" + who + "' ORDER BY paragraph_id, target");
            List<String> expected = typist.rows();
            String events = TestDb.rows(db, "SELECT count(*) FROM events WHERE annotator = '" + who + "'").get(0);
            if (!stored.equals(expected) || !events.equals(String.valueOf(typist.changes))) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(stored);
                List<String> extra = new ArrayList<>(stored);
                extra.removeAll(expected);
                StringBuilder b = new StringBuilder(who + ": the database differs from what the keys asked for.")
                        .append("\n  expected, not stored: ").append(missing)
                        .append("\n  stored, not expected: ").append(extra)
                        .append("\n  events: ").append(events).append(", changes the keys made: ").append(typist.changes)
                        .append(" (a stance key repeating the label there writes nothing)")
                        .append("\n  keys, burst by burst: ").append(spelled(keys.get(i)));
                Set<String> paragraphs = new TreeSet<>();
                for (String row : missing) {
                    paragraphs.add(row.substring(0, row.indexOf('|')));
                }
                for (String row : extra) {
                    paragraphs.add(row.substring(0, row.indexOf('|')));
                }
                for (String p : paragraphs) {
                    b.append("\n  what the keys did on ").append(p).append(" (queue position ")
                            .append(queue.indexOf(p) + 1).append("):");
                    typist.history.getOrDefault(p, List.of()).forEach(line -> b.append("\n    ").append(line));
                }
                problems.add(b.toString());
            }
            String out = Files.readString(dir.resolve(who + ".out"), StandardCharsets.UTF_8);
            if (out.contains("✗")) {
                problems.add(who + "'s terminal showed a failure (✗) at some point");
            }
        }
        Path log = dir.resolve("stderr.log"); // the sixteen share it
        if (Files.exists(log) && !Files.readString(log).isBlank()) {
            problems.add("the workbenches wrote to stderr:\n" + Files.readString(log));
        }
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
        assertThat(TestDb.rows(db, "SELECT count(DISTINCT annotator) FROM stance_labels"))
                .containsExactly(String.valueOf(processes));
    }

    /**
     * What the workbench must do with stance, target and paging keys, worked out apart from it.
     * Opening a paragraph makes its first target without a stance active (the first target when
     * all have one). A stance key sets the active target's label unless it is already that label
     * (then nothing is written); either way the next later target without a stance becomes active,
     * and the active target stays when there is none. Tab and S-Tab cycle through the targets.
     * PgDn and PgUp move one paragraph and do nothing at the ends of the queue.
     */
    static final class Typist {
        final List<String> queue;
        final Map<String, Map<String, String>> labels = new HashMap<>();
        /** Per paragraph, each key pressed there and what it did: the trail to follow when the database disagrees. */
        final Map<String, List<String>> history = new HashMap<>();
        int index;
        int target;
        int changes;
        int pressed;

        Typist(List<String> queue) {
            this.queue = queue;
            open(0);
            note("start: " + TARGETS[target] + " active");
        }

        void press(String key) {
            pressed++;
            String did = switch (key) {
                case "Tab" -> {
                    target = (target + 1) % TARGETS.length;
                    yield TARGETS[target] + " active";
                }
                case "S-Tab" -> {
                    target = (target + TARGETS.length - 1) % TARGETS.length;
                    yield TARGETS[target] + " active";
                }
                case "PgDn", "PgUp" -> {
                    int to = index + (key.equals("PgDn") ? 1 : -1);
                    if (to < 0 || to >= queue.size()) {
                        yield "stays (end of the queue), " + TARGETS[target] + " active";
                    }
                    note(key + ": leaves for queue position " + (to + 1));
                    open(to);
                    yield "opened, " + TARGETS[target] + " active";
                }
                default -> stance(LABELS[Integer.parseInt(key) - 1]);
            };
            note(key + ": " + did);
        }

        private void note(String what) {
            history.computeIfAbsent(queue.get(index), k -> new ArrayList<>())
                    .add(pressed == 0 ? what : "key " + pressed + " (burst " + ((pressed + 9) / 10) + ") " + what);
        }

        private void open(int i) {
            index = i;
            Map<String, String> here = here();
            target = 0;
            for (int t = 0; t < TARGETS.length; t++) {
                if (!here.containsKey(TARGETS[t])) {
                    target = t;
                    break;
                }
            }
        }

        private String stance(String label) {
            Map<String, String> here = labels.computeIfAbsent(queue.get(index), k -> new HashMap<>());
            String before = here.get(TARGETS[target]);
            String did;
            if (label.equals(before)) {
                did = TARGETS[target] + " already " + label + ", nothing written";
            } else {
                here.put(TARGETS[target], label);
                changes++;
                did = TARGETS[target] + " = " + label + (before == null ? "" : " (was " + before + ")");
            }
            for (int t = target + 1; t < TARGETS.length; t++) {
                if (!here.containsKey(TARGETS[t])) {
                    target = t;
                    break;
                }
            }
            return did + ", " + TARGETS[target] + " active";
        }

        private Map<String, String> here() {
            return labels.getOrDefault(queue.get(index), Map.of());
        }

        /** "paragraph|target|label", ordered as the database query orders them. */
        List<String> rows() {
            List<String> out = new ArrayList<>();
            new TreeMap<>(labels).forEach((p, m) -> new TreeMap<>(m).forEach((t, l) -> out.add(p + "|" + t + "|" + l)));
            return out;
        }

        /** The paragraph, every target's label, the active target, and nothing still being saved. */
        boolean shown(String screen) {
            if (!screen.contains(header(queue.get(index), index + 1, queue.size())) || screen.contains("saving…")) {
                return false;
            }
            for (int t = 0; t < TARGETS.length; t++) {
                String row = targetRow(screen, TARGETS[t]);
                if (row == null || row.startsWith(" ▶ ") != (t == target) || !row.contains(box(here().get(TARGETS[t])))) {
                    return false;
                }
            }
            return true;
        }

        String expectedScreen() {
            StringBuilder b = new StringBuilder(header(queue.get(index), index + 1, queue.size()));
            for (int t = 0; t < TARGETS.length; t++) {
                b.append(t == target ? ", ▶ " : ", ").append(TARGETS[t]).append(' ').append(box(here().get(TARGETS[t])));
            }
            return b.toString();
        }
    }

    // --- what the screen shows ---

    /** The header's "¶ N of DOC8 │ P/TOTAL" for paragraph {@code id} at queue position {@code position}. */
    static String header(String id, int position, int total) {
        int dash = id.lastIndexOf('-');
        return "¶ " + id.substring(dash + 1) + " of " + id.substring(0, 8) + " │ " + position + "/" + total;
    }

    /** The stance panel's row of a target: " ▶ ID …" when active, "   ID …" otherwise; null when not shown. */
    static String targetRow(String screen, String target) {
        Pattern row = Pattern.compile("^ (▶ |  )" + Pattern.quote(target) + " .*");
        return screen.lines().filter(l -> row.matcher(l).matches()).findFirst().orElse(null);
    }

    /** A label as the stance panel draws it: "[FAVOR    ]", "[·        ]" when there is none. */
    static String box(String label) {
        String s = label == null ? "·" : label;
        return "[" + s + " ".repeat(Math.max(0, 9 - s.length())) + "]";
    }

    /** The paragraphs the default queue walks: documents in import order, their paragraphs in order, boilerplate skipped. */
    static List<String> queue(Path db) throws Exception {
        return TestDb.rows(db, "SELECT p.id FROM documents d JOIN paragraphs p ON p.doc_id = d.id"
                + " WHERE p.boilerplate = 0 ORDER BY d.rowid, p.para_index");
    }

    private static String spelled(List<String[]> bursts) {
        StringBuilder b = new StringBuilder();
        for (String[] burst : bursts) {
            b.append(b.length() == 0 ? "" : " | ").append(String.join(" ", burst));
        }
        return b.toString();
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(Duration.ofSeconds(5).toNanos(), deadline - System.nanoTime()));
    }
}
