package dev.opscore.ops.sandbox.idempotency;

/** What became of a write with an idempotency key. */
sealed interface Outcome {

    /** First use of the key: the request was served (its response is in the caller's buffer). */
    record Served() implements Outcome {
    }

    /** A duplicate of a completed request: answer with its stored response. */
    record Replayed(StoredResponse response) implements Outcome {
    }

    /** The key was first used for another request. */
    record Mismatch(RequestFingerprint first) implements Outcome {
    }
}
