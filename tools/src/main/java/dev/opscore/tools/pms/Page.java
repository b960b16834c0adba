package dev.opscore.tools.pms;

import java.util.List;

/** One page of a list: every list endpoint of the contract pages ({@code page} from 0, {@code size} 1..200). */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 200;

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
