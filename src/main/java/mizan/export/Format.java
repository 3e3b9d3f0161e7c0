package mizan.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The export formats and the folder (or file) each writes in the export folder. */
public enum Format {
    JSONL, HF, CONLL, BRAT, CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code jsonl,hf,...} or {@code all}; an unknown name is refused with the list of known ones. */
    public static Set<Format> parse(String list) {
        Set<Format> out = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                return EnumSet.allOf(Format.class);
            }
            Format f = null;
            for (Format candidate : values()) {
                if (candidate.id().equals(name)) {
                    f = candidate;
                }
            }
            if (f == null) {
                throw new ExportException("unknown format '" + part.trim() + "': use jsonl, hf, conll, brat, csv or all");
            }
            out.add(f);
        }
        return out;
    }
}
