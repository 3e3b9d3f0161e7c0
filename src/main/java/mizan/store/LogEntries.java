package mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The event log as a person reads it: a change made at the workbench is one entry; the events
 * of one change made elsewhere (one file imported for one owner, one relabeling) are one entry
 * together, since thousands of rows written by one command say one thing: who brought in what,
 * for whom.
 */
public final class LogEntries {

    /**
     * Which events to read; null fields do not filter.
     *
     * @param actor    only this person's actions
     * @param involved only the actions of this person or on her labels (what an annotator may see)
     */
    public record Filter(String paragraphId, String actor, String involved) {
    }

    /**
     * One entry: {@code first} is its oldest event; a workbench entry is that one event.
     *
     * @param paragraphs how many paragraphs its events changed
     */
    public record Entry(Event first, int events, int paragraphs) {
    }

    private LogEntries() {
    }

    /**
     * The newest {@code limit} entries, oldest first. With {@code together} false every event
     * is an entry of its own.
     */
    public static List<Entry> read(Store store, Filter filter, int limit, boolean together) {
        return store.read(() -> {
            StringBuilder sql = new StringBuilder("SELECT * FROM events WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            if (filter.paragraphId() != null) {
                sql.append(" AND paragraph_id = ?");
                args.add(filter.paragraphId());
            }
            if (filter.actor() != null) {
                sql.append(" AND annotator = ?");
                args.add(filter.actor());
            }
            if (filter.involved() != null) {
                sql.append(" AND (annotator = ? OR owner = ?)");
                args.add(filter.involved());
                args.add(filter.involved());
            }
            sql.append(" ORDER BY id DESC");
            List<Entry> newestFirst = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                // newest first, reading only as far back as the oldest entry shown
                try (ResultSet rs = ps.executeQuery()) {
                    Run open = null;
                    while (rs.next()) {
                        Event e = EventLog.event(rs);
                        if (open != null && together && open.takes(e)) {
                            open.add(e);
                            continue;
                        }
                        if (open != null) {
                            newestFirst.add(open.entry());
                            if (newestFirst.size() == limit) {
                                open = null;
                                break;
                            }
                        }
                        open = new Run(e);
                    }
                    if (open != null && newestFirst.size() < limit) {
                        newestFirst.add(open.entry());
                    }
                }
            }
            Collections.reverse(newestFirst);
            return newestFirst;
        });
    }

    /** Events read so far (newest first) of one entry. */
    private static final class Run {
        private Event oldest;
        private int events;
        private final Set<String> paragraphs = new HashSet<>();

        Run(Event e) {
            add(e);
        }

        void add(Event e) {
            oldest = e;
            events++;
            paragraphs.add(e.paragraphId());
        }

        /** Whether {@code e} belongs with these: made elsewhere, by the same person, for the same owner, from the same source. */
        boolean takes(Event e) {
            return oldest.source() != null && oldest.source().equals(e.source())
                    && oldest.annotator().equals(e.annotator()) && Objects.equals(oldest.owner(), e.owner())
                    && oldest.kind().equals(e.kind());
        }

        Entry entry() {
            return new Entry(oldest, events, paragraphs.size());
        }
    }
}
