package mizan.bench;

import mizan.corpus.DocumentText;
import mizan.model.Paragraph;
import mizan.text.Decoded;
import mizan.text.Encodings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of any size made of the seed articles' sentences, shuffled with a fixed seed: the same
 * seed gives the same paragraphs. Boilerplate paragraphs of the seeds are left out, so the
 * synthetic text reads like article text.
 */
public final class SyntheticCorpus {

    /** Paragraphs per synthetic document (a long news article). */
    public static final int PARAGRAPHS_PER_DOCUMENT = 20;
    /** A sentence ends at . ! ? or the Arabic question mark, before white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");

    private final List<String> sentences;
    private final Random random;
    private final List<String> deck = new ArrayList<>();

    public SyntheticCorpus(List<String> sentences, long seed) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no seed sentences to build a corpus from");
        }
        this.sentences = List.copyOf(sentences);
        this.random = new Random(seed);
    }

    /** The sentences of the non-boilerplate paragraphs of every seed file in {@code seeds}, each once. */
    public static List<String> seedSentences(Path seeds) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Decoded d = Encodings.decode(Files.readAllBytes(f), f.toString());
                for (Paragraph p : DocumentText.parse(d.text(), f.toString(), d.charset(), null).paragraphs()) {
                    if (!p.boilerplate()) {
                        out.addAll(splitSentences(p.text()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(seeds + ": cannot read the seed articles", e);
        }
        return List.copyOf(out);
    }

    static List<String> splitSentences(String paragraph) {
        return Stream.of(SENTENCE_END.split(paragraph)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The next sentence: every sentence is dealt once before the deck is shuffled again. */
    private String nextSentence() {
        if (deck.isEmpty()) {
            deck.addAll(sentences);
            Collections.shuffle(deck, random);
        }
        return deck.remove(deck.size() - 1);
    }

    /** One paragraph of one to four sentences. */
    public String paragraph() {
        int n = 1 + random.nextInt(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(nextSentence());
        }
        return b.toString();
    }

    public List<String> paragraphs(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(paragraph());
        }
        return out;
    }

    /** A paragraph of exactly {@code words} white-space separated words, sentences cut at the end. */
    public String paragraphOfWords(int words) {
        List<String> out = new ArrayList<>(words);
        while (out.size() < words) {
            for (String w : nextSentence().split("\\s+")) {
                if (out.size() < words) {
                    out.add(w);
                }
            }
        }
        return String.join(" ", out);
    }

    /**
     * Writes {@code paragraphs} paragraphs as UTF-8 text files of {@link #PARAGRAPHS_PER_DOCUMENT}
     * lines (the last file takes the rest), and returns the number of files.
     */
    public int writeDocuments(Path folder, int paragraphs) {
        try {
            Files.createDirectories(folder);
            int files = 0;
            for (int done = 0; done < paragraphs; done += PARAGRAPHS_PER_DOCUMENT) {
                int n = Math.min(PARAGRAPHS_PER_DOCUMENT, paragraphs - done);
                Path f = folder.resolve(String.format("doc-%06d.txt", files++));
                Files.writeString(f, String.join("\n", paragraphs(n)) + "\n", StandardCharsets.UTF_8);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write the synthetic corpus", e);
        }
    }
}
