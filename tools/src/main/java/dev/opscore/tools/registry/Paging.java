package dev.opscore.tools.registry;

import dev.opscore.tools.pms.Page;

/** Defaults for the page size of list inputs: absent (0) means the contract's default. */
final class Paging {

    private static final int DEFAULT = Integer.parseInt(Page.DEFAULT_SIZE);

    private Paging() {
    }

    static int size(int size) {
        return size <= 0 ? DEFAULT : size;
    }
}
