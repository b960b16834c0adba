package dev.opscore.tools.registry;

/** Paging of list tools without filters; {@code size} 0 (absent) means 50. */
public record PageQuery(int page, int size) {

    public PageQuery {
        size = Paging.size(size);
    }
}
