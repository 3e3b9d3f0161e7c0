package mizan.app;

import mizan.model.Annotator;
import mizan.model.AssignmentPlan;
import mizan.model.Document;
import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.store.Assignments;
import mizan.store.Queues;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mizan assign}: deal documents to annotators with overlap, for agreement. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assign whole documents so that each is labeled by K annotators (--overlap), balancing",
                "paragraphs, deterministically. --calibration N puts the same first N paragraphs at the head of",
                "everyone's queue. Replaces earlier assignments; labels are kept. Needs the lead role.",
                "Without any assignment, every annotator's queue is the whole corpus."})
final class AssignCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--overlap", required = true, paramLabel = "K", description = "Annotators per document.")
    int overlap;

    @Option(names = "--annotators", split = ",", paramLabel = "a,b,...",
            description = "Who to deal to (default: every team member with the annotator role).")
    List<String> annotators;

    @Option(names = "--documents", split = ",", paramLabel = "ID,...",
            description = "Documents to deal, by id or id prefix (default: all, in import order).")
    List<String> documents;

    @Option(names = "--calibration", paramLabel = "N", defaultValue = "0",
            description = "Paragraphs everyone labels first (default: ${DEFAULT-VALUE}).")
    int calibration;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            Access.require(store, user.name(), Right.ASSIGN);
            List<String> people = annotators != null ? annotators
                    : store.team().list().stream().filter(a -> a.role() == Role.ANNOTATOR).map(Annotator::name).toList();
            for (String p : people) {
                if (store.team().find(p).isEmpty()) {
                    throw new UserException("'" + p + "' is not on the team (mizan team add " + p + " "
                            + StoreOptions.dbOption(store.path()) + ")", 2);
                }
            }
            List<Document> docs = selectDocuments(store);
            List<AssignmentPlan.Doc> deal = new ArrayList<>();
            for (Document d : docs) {
                int n = (int) store.documents().paragraphs(d.id()).stream().filter(p -> !p.boilerplate()).count();
                deal.add(new AssignmentPlan.Doc(d.id(), n));
            }
            Map<String, List<String>> plan;
            try {
                plan = AssignmentPlan.deal(deal, people, overlap);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), 2);
            }
            List<String> calib = calibrationParagraphs(store, docs);
            Assignments.replace(store, plan, calib);
            print(spec.commandLine().getOut(), store, plan, calib.size());
        }
        return 0;
    }

    private List<Document> selectDocuments(Store store) {
        List<Document> all = store.documents().list();
        if (documents == null) {
            return all;
        }
        List<Document> out = new ArrayList<>();
        for (String want : documents) {
            List<Document> hits = all.stream().filter(d -> d.id().startsWith(want.strip())).toList();
            if (hits.size() != 1) {
                throw new UserException("document '" + want + "' " + (hits.isEmpty() ? "is not in the project"
                        : "is ambiguous: " + hits.size() + " documents start with it"), 2);
            }
            out.add(hits.get(0));
        }
        return out;
    }

    private List<String> calibrationParagraphs(Store store, List<Document> docs) {
        List<String> out = new ArrayList<>();
        for (Document d : docs) {
            for (Paragraph p : store.documents().paragraphs(d.id())) {
                if (out.size() < calibration && !p.boilerplate()) {
                    out.add(p.id());
                }
            }
        }
        return out;
    }

    private static void print(PrintWriter out, Store store, Map<String, List<String>> plan, int calib) {
        out.printf("%-16s %10s %16s%n", "annotator", "documents", "queue (¶)");
        for (Map.Entry<String, List<String>> e : plan.entrySet()) {
            out.printf("%-16s %10d %16d%n", e.getKey(), e.getValue().size(), Queues.of(store, e.getKey()).size());
        }
        if (calib > 0) {
            out.printf("(queues start with the same %d calibration paragraph(s))%n", calib);
        }
        out.flush();
    }
}
