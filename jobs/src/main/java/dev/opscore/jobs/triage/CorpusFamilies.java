package dev.opscore.jobs.triage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives every corpus line a {@code family}: lines joined, directly or through others, by
 * {@link NearDuplicates#CORPUS} share one, so that {@link TriageEvaluation}'s grouped folds never
 * test a message on a model trained on its paraphrase, translation or one-word-changed twin.
 * {@code CorpusFamilies <corpus directory> [--explore]} rewrites the directory's {@code *.jsonl}
 * in place, adding {@code "family": "<file>-<nnnn>"} as each line's first key and leaving the rest
 * of the line byte-identical; a line that has a family keeps it, a new line joins the family it is
 * near (two families a new line bridges become the older id). {@code --explore} writes nothing and
 * prints the pairs around candidate thresholds and the families each pair of thresholds would give.
 *
 * <p>The thresholds of {@link NearDuplicates#CORPUS} were chosen with {@code --explore} on the
 * 2,569 lines of the four first files: they give 2,312 families (2,147 of one line, 125 of two,
 * the largest 12: one renewal-offer question in English and Spanish), with no chained blobs.
 */
public final class CorpusFamilies {

    private static final Pattern FAMILY = Pattern.compile("\"family\": \"([^\"]*)\"");
    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");

    private CorpusFamilies() {}

    /** One corpus line: its file, its line number in the file, its parsed example. */
    record Line(Path file, int index, CorpusExample example) {
    }

    public static void main(String[] args) throws IOException {
        CommandLineLogging.errorsOnly();
        // a command-line tool: its report is its output
        PrintStream out = System.out;
        Path directory = Path.of(args[0]);
        boolean explore = List.of(args).contains("--explore");
        List<Line> lines = read(directory);
        List<CorpusExample> examples = lines.stream().map(Line::example).toList();
        List<float[]> embeddings = TriageFeatures.load(SentenceEmbedding.DEFAULT).ofAll(examples).stream()
                .map(FeatureVector::dense).toList();
        if (explore) {
            explore(out, examples, embeddings);
            return;
        }
        List<NearDuplicates.Pair> pairs = NearDuplicates.CORPUS.pairs(examples, embeddings);
        String[] families = assign(lines, pairs);
        int changed = write(lines, families);
        out.printf("%d lines, %d near pairs by %s; %d lines given a family%n", lines.size(), pairs.size(),
                NearDuplicates.CORPUS, changed);
        printSizes(out, families);
    }

    static List<Line> read(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            String[] rows = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                if (!rows[i].isBlank()) {
                    lines.add(new Line(file, i, TriageCorpus.parse(file.getFileName() + ":" + (i + 1), rows[i])));
                }
            }
        }
        return lines;
    }

    /**
     * Each line's family: the connected components of the near pairs. A component with existing
     * families takes the smallest; one without gets the next free number after its first line's file.
     */
    static String[] assign(List<Line> lines, List<NearDuplicates.Pair> pairs) {
        UnionFind components = new UnionFind(lines.size());
        pairs.forEach(pair -> components.union(pair.first(), pair.second()));
        Map<Integer, String> existing = new TreeMap<>();
        Map<String, Integer> lastNumber = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String family = lines.get(i).example().family();
            if (family != null) {
                existing.merge(components.find(i), family, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                Matcher numbered = NUMBERED.matcher(family);
                if (numbered.matches()) {
                    lastNumber.merge(numbered.group(1), Integer.parseInt(numbered.group(2)), Math::max);
                }
            }
        }
        String[] families = new String[lines.size()];
        // a component's root is its first line, so a new family is numbered after the file it starts in
        Map<Integer, String> named = new TreeMap<>(existing);
        for (int i = 0; i < lines.size(); i++) {
            families[i] = named.computeIfAbsent(components.find(i), root -> {
                String prefix = baseName(lines.get(root).file());
                int number = lastNumber.merge(prefix, 1, Integer::sum);
                return String.format("%s-%04d", prefix, number);
            });
        }
        return families;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".jsonl".length());
    }

    /** Writes the families into the files; returns how many lines changed. */
    private static int write(List<Line> lines, String[] families) throws IOException {
        Map<Path, String[]> rows = new TreeMap<>();
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String[] fileRows = rows.computeIfAbsent(line.file(), CorpusFamilies::rows);
            String row = fileRows[line.index()];
            String updated = withFamily(row, families[i]);
            if (!updated.equals(row)) {
                fileRows[line.index()] = updated;
                changed++;
            }
        }
        for (Map.Entry<Path, String[]> file : rows.entrySet()) {
            Files.writeString(file.getKey(), String.join("\n", file.getValue()), StandardCharsets.UTF_8);
        }
        return changed;
    }

    private static String[] rows(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row with its family as the first key; nothing else in it changes. */
    static String withFamily(String row, String family) {
        Matcher present = FAMILY.matcher(row);
        if (present.find()) {
            return row.substring(0, present.start(1)) + family + row.substring(present.end(1));
        }
        int brace = row.indexOf('{');
        return row.substring(0, brace + 1) + "\"family\": \"" + family + "\", " + row.substring(brace + 1);
    }

    private static void printSizes(PrintStream out, String[] families) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String family : families) {
            sizes.merge(family, 1, Integer::sum);
        }
        Map<Integer, Integer> histogram = new TreeMap<>();
        sizes.values().forEach(size -> histogram.merge(size, 1, Integer::sum));
        out.printf("%d families; families by size (size=count): %s%n", sizes.size(), histogram);
    }

    private static void explore(PrintStream out, List<CorpusExample> lines, List<float[]> embeddings) {
        List<NearDuplicates.Pair> candidates = new NearDuplicates(0.66, 0.60, 0.30).pairs(lines, embeddings);
        out.printf("%d candidate pairs (cosine >= 0.66, across languages >= 0.60, or Jaccard >= 0.30)%n",
                candidates.size());
        for (double cosine : new double[] {0.76, 0.78, 0.80, 0.82, 0.86}) {
            for (double cross : new double[] {0.68, 0.70, 0.72, 0.76}) {
                for (double jaccard : new double[] {0.45, 0.5, 0.6}) {
                    printComponents(out, lines.size(), candidates, new NearDuplicates(cosine, cross, jaccard));
                }
            }
        }
        SplittableRandom random = new SplittableRandom(TriageModelTraining.SEED);
        for (double band = 0.66; band < 0.84; band += 0.02) {
            double low = band;
            printBand(out, String.format("same language, cosine [%.2f, %.2f), Jaccard < 0.35", low, low + 0.02),
                    candidates.stream().filter(p -> !p.crossLanguage() && p.jaccard() < 0.35)
                            .filter(p -> p.cosine() >= low && p.cosine() < low + 0.02).toList(), lines, random);
        }
        for (double band = 0.60; band < 0.84; band += 0.02) {
            double low = band;
            printBand(out, String.format("across languages, cosine [%.2f, %.2f)", low, low + 0.02),
                    candidates.stream().filter(NearDuplicates.Pair::crossLanguage)
                            .filter(p -> p.cosine() >= low && p.cosine() < low + 0.02).toList(), lines, random);
        }
        for (double band = 0.30; band < 0.6; band += 0.05) {
            double low = band;
            printBand(out, String.format("across languages, gloss Jaccard [%.2f, %.2f), cosine < 0.66", low, low + 0.05),
                    candidates.stream().filter(p -> p.crossLanguage() && p.cosine() < 0.66)
                            .filter(p -> p.jaccard() >= low && p.jaccard() < low + 0.05).toList(), lines, random);
        }
        for (double band = 0.35; band < 0.6; band += 0.05) {
            double low = band;
            printBand(out, String.format("Jaccard [%.2f, %.2f), cosine < 0.66", low, low + 0.05),
                    candidates.stream().filter(p -> p.cosine() < 0.66)
                            .filter(p -> p.jaccard() >= low && p.jaccard() < low + 0.05).toList(), lines, random);
        }
    }

    private static void printComponents(PrintStream out, int size, List<NearDuplicates.Pair> candidates,
                                        NearDuplicates criteria) {
        UnionFind components = new UnionFind(size);
        candidates.stream().filter(criteria::near).forEach(p -> components.union(p.first(), p.second()));
        int[] members = new int[size];
        for (int i = 0; i < size; i++) {
            members[components.find(i)]++;
        }
        int families = 0;
        int largest = 0;
        int overTen = 0;
        int single = 0;
        for (int m : members) {
            families += m > 0 ? 1 : 0;
            largest = Math.max(largest, m);
            overTen += m > 10 ? 1 : 0;
            single += m == 1 ? 1 : 0;
        }
        out.printf("%s: %d families, largest %d, %d over 10, %d single%n", criteria, families, largest, overTen,
                single);
    }

    private static void printBand(PrintStream out, String title, List<NearDuplicates.Pair> pairs,
                                  List<CorpusExample> lines, SplittableRandom random) {
        out.printf("%n-- %s: %d pairs%n", title, pairs.size());
        sample(out, lines.stream().map(CorpusExample::text).toList(), pairs, random);
    }

    private static void sample(PrintStream out, List<String> texts, List<NearDuplicates.Pair> pairs,
                               SplittableRandom random) {
        for (int n = 0; n < Math.min(8, pairs.size()); n++) {
            NearDuplicates.Pair p = pairs.get(random.nextInt(pairs.size()));
            out.printf("  %.3f %.2f | %s%n               | %s%n", p.cosine(), p.jaccard(), cut(texts.get(p.first())),
                    cut(texts.get(p.second())));
        }
    }

    private static String cut(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }

    /** Disjoint sets over line indices; the smaller root wins, so roots are each set's first line. */
    static final class UnionFind {

        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
