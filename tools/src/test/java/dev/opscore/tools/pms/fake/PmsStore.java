package dev.opscore.tools.pms.fake;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.client.PmsNotFound;
import dev.opscore.tools.pms.client.PmsValidationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The state of the in-memory PMS and the rules every resource shares: one lock, generated ids,
 * paging with its bounds, 404 for unknown ids, 400 naming a missing field, and Stripe-like
 * idempotency (same key and request: the stored answer; another request: 422).
 */
final class PmsStore {

    private record Stored(String request, Object answer) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Stored> idempotency = new HashMap<>();
    private final Clock clock;

    PmsStore(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    String newId(String prefix) {
        return prefix + "-" + ids.incrementAndGet();
    }

    synchronized <T> T read(Supplier<T> read) {
        return read.get();
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T write(String key, String operation, Object body, Supplier<T> effect) {
        require(key, "Idempotency-Key");
        String request = operation + " " + body;
        Stored stored = idempotency.get(key);
        if (stored != null) {
            if (!stored.request().equals(request)) {
                throw new PmsValidationFailure("fake", 422, "Idempotency-Key", "key reused with another request");
            }
            return (T) stored.answer();
        }
        T answer = effect.get();
        idempotency.put(key, new Stored(request, answer));
        return answer;
    }

    static <T> Page<T> page(List<T> items, Predicate<T> filter, int page, int size) {
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new PmsValidationFailure("fake", 400, "size", "size must be 1.." + Page.MAX_SIZE);
        }
        if (page < 0) {
            throw new PmsValidationFailure("fake", 400, "page", "page must not be negative");
        }
        List<T> matching = items.stream().filter(filter).toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new Page<>(matching.subList(from, to), page, size, matching.size());
    }

    static <T> T found(Map<String, T> items, String id) {
        T item = items.get(id);
        if (item == null) {
            throw new PmsNotFound("fake", "no resource " + id);
        }
        return item;
    }

    static void require(Object value, String field) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            throw new PmsValidationFailure("fake", 400, field, field + " is required");
        }
    }

    static <T> boolean matches(T filter, T value) {
        return filter == null || Objects.equals(filter, value);
    }
}
