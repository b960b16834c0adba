package dev.opscore.ops.sandbox.world;

import java.time.Instant;

/** What a happening source needs to know: the world's seed and epoch, and the clock as it stands. */
record WorldContext(long seed, int epoch, Instant now) {

    /** A happening due in the past (a visit booked for an hour already gone) happens now. */
    Instant notBeforeNow(Instant at) {
        return at.isBefore(now) ? now : at;
    }

    /** Webhook refs carry the epoch, so a rebuilt world's happenings are new events to OpsCore. */
    String ref(String local) {
        return "e" + epoch + ":" + local;
    }
}
