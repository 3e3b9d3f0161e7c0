package mizan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one label scheme to another, part by part: each target, stance label, entity
 * type and claimer stance added, removed, given another key or reworded. Labels carry these ids,
 * so a removed id may leave labels behind; what that does to existing work is counted elsewhere
 * (the store), this only says what changed.
 */
public record SchemeDiff(String nameBefore, String nameAfter, List<Change> changes, boolean guidelinesChanged) {

    /** The parts of a scheme whose ids labels carry, with the prefix that names a part on the command line. */
    public enum Part {
        TARGET("target", "target", "stance"),
        STANCE_LABEL("stance label", "stance", "stance"),
        ENTITY_TYPE("entity type", "entity", "span"),
        CLAIMER_STANCE("claimer stance", "claimer", "claim");

        private final String noun;
        private final String prefix;
        private final String row;

        Part(String noun, String prefix, String row) {
            this.noun = noun;
            this.prefix = prefix;
            this.row = row;
        }

        /** "entity type", as in "entity type OCC". */
        public String noun() {
            return noun;
        }

        /** "entity", as in {@code --map entity:OCC=PERS}. */
        public String prefix() {
            return prefix;
        }

        /** What one label carrying such an id is: "span", "stance", "claim". */
        public String row() {
            return row;
        }

        /** The part's ids in the scheme, in the scheme's order. */
        public List<String> ids(LabelScheme scheme) {
            return switch (this) {
                case TARGET -> scheme.targetIds();
                case STANCE_LABEL -> scheme.stanceLabelIds();
                case ENTITY_TYPE -> scheme.entityTypeIds();
                case CLAIMER_STANCE -> scheme.claimerStances();
            };
        }

        /** Each id with what describes it (key, names, colour), for the parts that have more than an id. */
        Map<String, List<String>> details(LabelScheme scheme) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            switch (this) {
                case TARGET -> scheme.targets().forEach(t -> out.put(t.id(), List.of("", t.name(), t.description())));
                case STANCE_LABEL -> scheme.stanceLabels().forEach(d -> out.put(d.id(), details(d)));
                case ENTITY_TYPE -> scheme.entityTypes().forEach(d -> out.put(d.id(), details(d)));
                case CLAIMER_STANCE -> scheme.claimerStances().forEach(id -> out.put(id, List.of("")));
            }
            return out;
        }

        private static List<String> details(LabelScheme.LabelDef d) {
            return List.of(d.key(), d.name(), d.color(), d.description());
        }
    }

    /** How one id changed. */
    public enum What { ADDED, REMOVED, KEY, WORDING }

    /**
     * One id of one part that changed. For KEY, {@code before} and {@code after} are the keys; for
     * ADDED, {@code after} is its key (null for targets and claimer stances); otherwise null.
     */
    public record Change(Part part, String id, What what, String before, String after) {
    }

    static SchemeDiff between(LabelScheme before, LabelScheme after) {
        List<Change> changes = new ArrayList<>();
        for (Part part : Part.values()) {
            Map<String, List<String>> old = part.details(before);
            Map<String, List<String>> now = part.details(after);
            for (Map.Entry<String, List<String>> e : old.entrySet()) {
                List<String> then = now.get(e.getKey());
                if (then == null) {
                    changes.add(new Change(part, e.getKey(), What.REMOVED, null, null));
                    continue;
                }
                String keyBefore = e.getValue().get(0);
                String keyAfter = then.get(0);
                if (!keyBefore.equals(keyAfter)) {
                    changes.add(new Change(part, e.getKey(), What.KEY, keyBefore, keyAfter));
                }
                if (!e.getValue().subList(1, e.getValue().size()).equals(then.subList(1, then.size()))) {
                    changes.add(new Change(part, e.getKey(), What.WORDING, null, null));
                }
            }
            for (Map.Entry<String, List<String>> e : now.entrySet()) {
                if (!old.containsKey(e.getKey())) {
                    String key = e.getValue().get(0);
                    changes.add(new Change(part, e.getKey(), What.ADDED, null, key.isEmpty() ? null : key));
                }
            }
        }
        return new SchemeDiff(before.name(), after.name(), List.copyOf(changes),
                !before.guidelines().equals(after.guidelines()));
    }

    /** The changes to one part: the older scheme's ids in its order (removed, rekeyed, reworded), then the ids added. */
    public List<Change> of(Part part) {
        return changes.stream().filter(c -> c.part() == part).toList();
    }

    /** The ids of the part the newer scheme no longer has. */
    public List<String> removed(Part part) {
        return ids(part, What.REMOVED);
    }

    /** The ids of the part only the newer scheme has. */
    public List<String> added(Part part) {
        return ids(part, What.ADDED);
    }

    private List<String> ids(Part part, What what) {
        return changes.stream().filter(c -> c.part() == part && c.what() == what).map(Change::id).toList();
    }

    /** True when the two schemes label alike and read alike. */
    public boolean isEmpty() {
        return changes.isEmpty() && !guidelinesChanged && Objects.equals(nameBefore, nameAfter);
    }
}
