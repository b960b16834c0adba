package dev.opscore.db.run;

import java.util.List;

/** A page of runs, newest first, with the total that matched. */
public record RunPage(List<RunRow> runs, long total, int page, int size) {
}
