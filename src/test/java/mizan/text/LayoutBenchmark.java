package mizan.text;

import mizan.text.BidiLayout.Mode;

import java.util.stream.Collectors;

/**
 * Prints how long laying out a 400-word paragraph takes once warm. A command, not a test:
 * {@code java -cp target/classes:target/test-classes:<icu4j.jar> mizan.text.LayoutBenchmark}
 * from the project root.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        String words = Seeds.lines().stream().collect(Collectors.joining(" "));
        String paragraph = String.join(" ", java.util.Arrays.copyOf(words.split(" "), 400));
        for (Mode mode : Mode.values()) {
            int lines = 0;
            for (int i = 0; i < 2_000; i++) { // warm-up for the JIT
                lines += BidiLayout.layout(paragraph, 80, mode).lines().size();
            }
            int runs = 2_000;
            long begin = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                lines += BidiLayout.layout(paragraph, 80, mode).lines().size();
            }
            double micros = (System.nanoTime() - begin) / 1_000.0 / runs;
            System.out.printf("%-12s 400 words, %d code points, width 80: %.1f µs per layout (%d lines)%n",
                    mode, paragraph.codePointCount(0, paragraph.length()), micros, lines / (2 * runs));
        }
    }
}
