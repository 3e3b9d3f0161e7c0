package mizan.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to export and where.
 *
 * @param root    the exports folder; each export is a timestamped folder inside it, plus a {@code latest} link
 * @param split   train, validation and test percentages, summing to 100
 */
public record ExportOptions(Set<Format> formats, Path root, Source source, List<Integer> split, long seed,
                            boolean includeBoilerplate) {

    public ExportOptions {
        if (split.size() != 3 || split.stream().anyMatch(p -> p < 0) || split.stream().mapToInt(i -> i).sum() != 100) {
            throw new ExportException("--split " + split + ": give three percentages (train, validation, test)"
                    + " that add up to 100, e.g. 80,10,10");
        }
        formats = Set.copyOf(formats);
        split = List.copyOf(split);
    }

    /** Parses {@code 80,10,10}. */
    public static List<Integer> parseSplit(String s) {
        try {
            return java.util.Arrays.stream(s.split(",")).map(String::trim).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new ExportException("--split " + s + ": give three whole percentages such as 80,10,10");
        }
    }
}
