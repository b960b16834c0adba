package dev.opscore.jobs.triage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained model as a classpath resource, {@value #RESOURCE}: a header (format, embedding id,
 * fingerprint) and the heads' weights and the {@link NeighbourVote}'s stored embeddings, gzipped. Written by {@link TriageModelBuild} during the build.
 */
final class TriageModelFile {

    static final String RESOURCE = "triage/model/triage-model.bin";

    private static final String FORMAT = "opscore-triage-model/3";

    private TriageModelFile() {}

    /** A stored model with what it was trained from. */
    record Stored(String embeddingId, String fingerprint, TriageModel model) {
    }

    static void write(OutputStream target, String embeddingId, String fingerprint, TriageModel model)
            throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16))) {
            out.writeUTF(FORMAT);
            out.writeUTF(embeddingId);
            out.writeUTF(fingerprint);
            model.writeTo(out);
        }
    }

    /** The stored fingerprint only, without reading the weights. */
    static Optional<String> fingerprint(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(source))) {
            if (!FORMAT.equals(in.readUTF())) {
                return Optional.empty();
            }
            in.readUTF();
            return Optional.of(in.readUTF());
        }
    }

    static Optional<Stored> read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16),
                1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                return Optional.empty();
            }
            String embeddingId = in.readUTF();
            String fingerprint = in.readUTF();
            return Optional.of(new Stored(embeddingId, fingerprint, TriageModel.readFrom(in)));
        }
    }
}
