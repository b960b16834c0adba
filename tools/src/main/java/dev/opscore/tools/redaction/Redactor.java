package dev.opscore.tools.redaction;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a JSON-able copy of a value (records, maps, lists, enums, numbers, strings, dates) that
 * is safe for logs: fields named like personal data ({@code name}, {@code applicantName},
 * {@code author}, {@code phone}, {@code email}, {@code body}, {@code cardNumber}, {@code iban} …)
 * are replaced by {@link #MASK}, and every other string has its e-mail addresses, phone, card and
 * IBAN numbers masked ({@link TextMasks}). Identifiers ({@code id}, {@code *Id}, {@code *Ids})
 * keep their value (only e-mail addresses are masked in them); numbers, booleans, enums and dates
 * are kept. Values the caller knows to be personal (a tenant's name from the context bundle)
 * can be added with {@link #alsoMasking(Collection)}: they are then masked wherever they occur.
 *
 * <p>The copy is made of {@link LinkedHashMap}s, {@link ArrayList}s, strings, numbers and booleans.
 * A redactor is immutable and thread-safe.
 */
public final class Redactor {

    public static final String MASK = "[redacted]";
    private static final String KNOWN = "[personal]";
    private static final int MAX_DEPTH = 32;

    private final List<String> known;
    private final Pattern knownValues;

    public Redactor() {
        this(List.of());
    }

    private Redactor(List<String> known) {
        this.known = known;
        // longest first, so "Maria Lopez" is masked whole rather than as "[personal] Lopez"
        this.knownValues = known.isEmpty() ? null : Pattern.compile(
                known.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                        .collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A redactor that also masks these literal values (case-insensitive) inside any string. */
    public Redactor alsoMasking(Collection<String> values) {
        List<String> more = new ArrayList<>(known);
        values.stream().filter(value -> value != null && value.trim().length() > 1).map(String::trim)
                .filter(value -> !more.contains(value)).forEach(more::add);
        return more.size() == known.size() ? this : new Redactor(List.copyOf(more));
    }

    /** The redacted copy of {@code value}. */
    public Object redact(Object value) {
        return walk(null, value, 0);
    }

    /** The redacted copy as an object: maps stay maps, anything else is wrapped as {@code {"value": …}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> redactToMap(Object value) {
        Object redacted = redact(value);
        if (redacted instanceof Map) {
            return (Map<String, Object>) redacted;
        }
        return Collections.singletonMap("value", redacted);
    }

    /** A text with known values and personal data shapes masked (for messages and free text). */
    public String maskText(String text) {
        if (text == null) {
            return null;
        }
        String masked = knownValues == null ? text : knownValues.matcher(text).replaceAll(KNOWN);
        return TextMasks.mask(masked);
    }

    private Object walk(String key, Object value, int depth) {
        if (value == null) {
            return null;
        }
        if (SensitiveKeys.personal(key)) {
            return MASK;
        }
        if (depth > MAX_DEPTH) {
            return MASK;
        }
        if (value instanceof CharSequence) {
            return text(key, value.toString());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof TemporalAccessor || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Optional) {
            return walk(key, ((Optional<?>) value).orElse(null), depth);
        }
        if (value instanceof Record) {
            return record((Record) value, depth);
        }
        if (value instanceof Map) {
            return map((Map<?, ?>) value, depth);
        }
        if (value instanceof Iterable) {
            return list(key, (Iterable<?>) value, depth);
        }
        if (value.getClass().isArray()) {
            return array(key, value, depth);
        }
        return text(key, value.toString());
    }

    private String text(String key, String text) {
        if (SensitiveKeys.identifier(key)) {
            return TextMasks.maskEmails(text);
        }
        return maskText(text);
    }

    private Map<String, Object> record(Record record, int depth) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            copy.put(component.getName(), walk(component.getName(), read(component, record), depth + 1));
        }
        return copy;
    }

    private Map<String, Object> map(Map<?, ?> map, int depth) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            String field = String.valueOf(name);
            copy.put(maskText(field), walk(field, value, depth + 1));
        });
        return copy;
    }

    private List<Object> list(String key, Iterable<?> items, int depth) {
        List<Object> copy = new ArrayList<>();
        for (Object item : items) {
            copy.add(walk(key, item, depth + 1));
        }
        return copy;
    }

    private List<Object> array(String key, Object array, int depth) {
        List<Object> copy = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            copy.add(walk(key, Array.get(array, i), depth + 1));
        }
        return copy;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
            return "[unreadable " + component.getName().toLowerCase(Locale.ROOT) + "]";
        }
    }
}
