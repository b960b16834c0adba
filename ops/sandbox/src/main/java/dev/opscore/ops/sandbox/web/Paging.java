package dev.opscore.ops.sandbox.web;

import dev.opscore.tools.pms.Page;
import java.util.List;

/** A validated page request of the contract: {@code page} from 0, {@code size} 1..200. */
public record Paging(int page, int size) {

    /** Validates the query parameters; 400 naming {@code page} or {@code size} when out of range. */
    public static Paging of(int page, int size) {
        new Validation()
                .check(page >= 0, "page", "must be 0 or more (was " + page + ")")
                .check(size >= 1 && size <= Page.MAX_SIZE, "size", "must be between 1 and " + Page.MAX_SIZE
                        + " (was " + size + ")")
                .throwIfInvalid();
        return new Paging(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
