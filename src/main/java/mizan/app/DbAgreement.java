package mizan.app;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mizan.agreement.Level;
import mizan.model.SpanKind;

/**
 * The database mode of the agreement command: one task, or with {@code all} the three sections
 * in one report. In {@code all}, a task that cannot be measured yet (say nobody has marked a
 * claim) is reported as skipped with its reason, so the other two still print; only when no
 * task can be measured is it an error.
 */
final class DbAgreement {

    /** What to measure, as the options gave it. */
    record Request(String task, String target, List<String> annotators, Level level, int bootstrap, long seed) {
    }

    private static final List<String> TASKS = List.of("stance", "entities", "claims");

    private DbAgreement() {
    }

    static void checkTask(String task) throws InputException {
        if (!TASKS.contains(task) && !task.equals("all")) {
            throw new InputException("--task must be stance, entities, claims or all, not '" + task + "'");
        }
    }

    /** The report text; an {@link InputException} when the one task asked for (or every task) cannot be measured. */
    static String render(DbLabels db, Request q, boolean json, boolean colour) throws InputException {
        db.checkTarget(q.target());
        if (q.target() != null && !q.task().equals("stance") && !q.task().equals("all")) {
            throw new InputException("--target applies to stance only, not to --task " + q.task());
        }
        if (!q.task().equals("all")) {
            Object section = section(db, q, q.task());
            return json ? AgreementJson.write(json(section)) + "\n" : table(section, colour);
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (String task : TASKS) {
            try {
                sections.put(task, section(db, q, task));
            } catch (InputException e) {
                sections.put(task, e);
                reasons.add(e.getMessage());
            }
        }
        if (reasons.size() == TASKS.size()) {
            throw new InputException("no task can be measured yet: " + String.join("; ", reasons));
        }
        if (json) {
            ObjectNode root = AgreementJson.object();
            sections.forEach((task, s) -> root.set(task, json(s)));
            return AgreementJson.write(root) + "\n";
        }
        StringBuilder out = new StringBuilder();
        sections.forEach((task, s) -> out.append(out.length() == 0 ? "" : "\n").append("== ").append(task)
                .append(" ==\n\n").append(table(s, colour)));
        return out.toString();
    }

    private static Object section(DbLabels db, Request q, String task) throws InputException {
        if (task.equals("stance")) {
            return StanceSection.compute(db, db.annotators(q.annotators(), null), q.target(), q.level(), q.bootstrap(),
                    q.seed());
        }
        SpanKind kind = task.equals("entities") ? SpanKind.ENTITY : SpanKind.CLAIM;
        List<String> annotators = db.annotators(q.annotators(), kind);
        db.checkTwoRaters(annotators, kind);
        return db.spans(kind, annotators);
    }

    private static ObjectNode json(Object section) {
        if (section instanceof StanceSection s) {
            return s.json();
        }
        if (section instanceof mizan.agreement.SpanReport r) {
            return SpanOutput.json(r);
        }
        return AgreementJson.object().put("skipped", ((InputException) section).getMessage());
    }

    private static String table(Object section, boolean colour) {
        if (section instanceof StanceSection s) {
            return s.table(colour);
        }
        if (section instanceof mizan.agreement.SpanReport r) {
            return SpanOutput.table(r);
        }
        return "skipped: " + ((InputException) section).getMessage() + "\n";
    }
}
