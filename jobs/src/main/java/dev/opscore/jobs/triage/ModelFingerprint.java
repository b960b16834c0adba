package dev.opscore.jobs.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a trained model depends on, as one SHA-256: the corpus files, the embedding, and the
 * compiled classes that shape features and training. A stored model whose fingerprint differs
 * from the running code's is stale and is not used.
 */
final class ModelFingerprint {

    private static final List<Class<?>> SHAPING = List.of(TextNormaliser.class, LexicalFeatures.class, SpanishGloss.class,
            TriageFeatures.class, IntentCues.class, IntentCues.Cue.class, SoftmaxTrainer.class, SoftmaxHead.class,
            TriageModelTraining.class, TriageModelTraining.Settings.class,
            TriageModel.class, TriageModelFile.class, NeighbourVote.class, NeighbourVote.Blend.class,
            RiskCalibration.class, RiskCalibrationFit.class, TrainingPart.class, TriageDecision.class,
            // the rules decide which examples the calibration must still catch
            TriageRules.class, Rule.class, NegationScope.class, SafetyRules.class, EmergencyRules.class,
            LegalRules.class, FairHousingRules.class, HarassmentRules.class, ThreatRules.class, AccommodationRules.class,
            TenantActionRules.class, ImplicitEmergencyRules.class, BoundaryCueRules.class,
            ThreatCueRules.class, WelfareRules.class, VulnerabilityRules.class, HazardCueRules.class, AccommodationCueRules.class,
            UrgencyCueRules.class);

    private ModelFingerprint() {}

    static String of(TriageCorpus corpus, SentenceEmbedding embedding) {
        return of(corpus.files(), embedding);
    }

    static String of(List<TriageCorpus.CorpusFile> corpusFiles, SentenceEmbedding embedding) {
        MessageDigest digest = sha256();
        update(digest, embedding.id().getBytes(StandardCharsets.UTF_8));
        for (TriageCorpus.CorpusFile file : corpusFiles) {
            update(digest, file.name().getBytes(StandardCharsets.UTF_8));
            update(digest, file.bytes());
        }
        for (Class<?> type : SHAPING) {
            update(digest, classBytes(type));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so that moving bytes between two parts changes the digest. */
    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Class file not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
