package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import dev.opscore.tools.pms.message.MessageThread;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus the model learns from: every {@code triage/corpus/*.jsonl} on the classpath,
 * read in file-name order so that the same files always give the same examples in the same order.
 *
 * @param files the corpus files as read, in order (the model's fingerprint covers their bytes)
 * @param examples every labelled line
 */
record TriageCorpus(List<CorpusFile> files, List<CorpusExample> examples) {

    static final String LOCATION = "classpath*:triage/corpus/*.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One corpus file's name and bytes. */
    record CorpusFile(String name, byte[] bytes) {
    }

    TriageCorpus {
        files = List.copyOf(files);
        examples = List.copyOf(examples);
    }

    static TriageCorpus fromClasspath() {
        return of(filesOnClasspath());
    }

    /** The corpus files' bytes, unparsed: enough for a fingerprint. */
    static List<CorpusFile> filesOnClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(TriageCorpus.class.getClassLoader())
                    .getResources(LOCATION);
            List<CorpusFile> files = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                files.add(new CorpusFile(resource.getFilename(), resource.getContentAsByteArray()));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the triage corpus " + LOCATION, e);
        }
    }

    static TriageCorpus of(List<CorpusFile> files) {
        List<CorpusExample> examples = new ArrayList<>();
        for (CorpusFile file : files) {
            String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    examples.add(parse(file.name() + ":" + (i + 1), lines[i]));
                }
            }
        }
        return new TriageCorpus(files, examples);
    }

    /**
     * An evaluation file outside the classpath: the corpus's schema, plus optional {@code style},
     * {@code receivedAt} (ISO-8601 with offset) and {@code timezone} (IANA zone) on each line.
     */
    static List<CorpusExample> readFile(Path path) {
        try {
            return of(List.of(new CorpusFile(path.getFileName().toString(), Files.readAllBytes(path)))).examples();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static CorpusExample parse(String source, String line) {
        try {
            JsonNode row = JSON.readTree(line);
            List<RiskFlag> flags = new ArrayList<>();
            row.path("riskFlags").forEach(flag -> flags.add(RiskFlag.valueOf(flag.asString())));
            String receivedAt = optionalString(row, "receivedAt");
            String timezone = optionalString(row, "timezone");
            return new CorpusExample(source, row.path("text").asString(),
                    optional(row, "channel", MessageThread.Channel.class), Intent.valueOf(row.path("intent").asString()),
                    optional(row, "category", Category.class), optional(row, "priority", Priority.class),
                    flags, row.path("language").asString("en"), optionalString(row, "family"),
                    optionalString(row, "style"), receivedAt == null ? null : OffsetDateTime.parse(receivedAt),
                    timezone == null ? null : ZoneId.of(timezone).getId());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Bad corpus line " + source + ": " + e.getMessage(), e);
        }
    }

    private static String optionalString(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static <E extends Enum<E>> E optional(JsonNode row, String field, Class<E> type) {
        JsonNode value = row.path(field);
        return value.isString() ? Enum.valueOf(type, value.asString()) : null;
    }
}
