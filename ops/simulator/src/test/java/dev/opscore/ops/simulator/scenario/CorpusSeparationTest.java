package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario's messages are not the triage training corpus: no message and no sentence of six words
 * or more equals one of the corpus's (compared without case, punctuation or extra spaces). The corpus
 * is read here, in the test, and nowhere in the generator.
 */
class CorpusSeparationTest {

    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> CORPUS_TEXTS = new HashSet<>();
    private static final Set<String> CORPUS_SENTENCES = new HashSet<>();

    @BeforeAll
    static void readTheCorpus() throws IOException {
        Path corpus = corpusDirectory();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = TEXT.matcher(line);
                    if (m.find()) {
                        String text = unescape(m.group(1));
                        CORPUS_TEXTS.add(normalise(text));
                        sentences(text).forEach(CORPUS_SENTENCES::add);
                    }
                }
            }
        }
        assertThat(CORPUS_TEXTS).as("corpus read from " + corpus).hasSizeGreaterThan(1000);
    }

    @Test
    void noGeneratedMessageOrSentenceIsOneOfTheCorpus() {
        // given
        List<String> texts = new ArrayList<>();
        for (long seed : new long[] {1, 7, 42}) {
            MonthScenario month = MonthScenario.generate(seed, TestPortfolios.of(20, seed),
                    MonthScenarioTest.START, 30);
            month.events(TenantMessage.class).forEach(m -> texts.add(m.text()));
        }
        // when
        List<String> copied = texts.stream().filter(text -> CORPUS_TEXTS.contains(normalise(text))
                || sentences(text).anyMatch(CORPUS_SENTENCES::contains)).distinct().toList();
        // then
        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(copied).isEmpty();
    }

    @Test
    void noTemplateClauseIsOneOfTheCorpus() {
        // given: the clauses themselves, before any style or typo could hide an overlap
        Stream<Wording> wordings = Stream.concat(
                Problems.ALL.stream().flatMap(p -> Stream.of(p.en(), p.es())),
                Topics.ALL.stream().flatMap(t -> Stream.of(t.en(), t.es())));
        List<String> clauses = wordings.flatMap(w -> w.clauses().stream()).toList();
        // then
        assertThat(clauses).isNotEmpty();
        assertThat(clauses).filteredOn(clause -> CORPUS_TEXTS.contains(normalise(clause))
                || sentences(clause).anyMatch(CORPUS_SENTENCES::contains)).isEmpty();
    }

    private static Stream<String> sentences(String text) {
        return Stream.of(text.split("[.!?\\n]+")).map(CorpusSeparationTest::normalise)
                .filter(s -> s.split(" ").length >= 6);
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll("\\s+", " ").trim();
    }

    private static String unescape(String json) {
        Matcher m = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String escape = m.group(1);
            String plain = switch (escape.charAt(0)) {
                case 'u' -> String.valueOf((char) Integer.parseInt(escape.substring(1), 16));
                case 'n' -> "\n";
                case 't' -> "\t";
                default -> escape;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(plain));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code jobs/src/main/resources/triage/corpus}, found from the working directory upwards. */
    private static Path corpusDirectory() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("jobs/src/main/resources/triage/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the triage corpus was not found above " + Paths.get("").toAbsolutePath());
    }
}
