package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The neighbour vote: nearest labels win, the blend stays a distribution, and it reads back as written. */
class NeighbourVoteTest {

    private static final SparseVector NO_WORDS = new SparseVector(new int[0], new float[0]);

    private static CorpusExample example(Intent intent, Category category) {
        return new CorpusExample("test:1", "text", null, intent, category,
                intent == Intent.MAINTENANCE_INTAKE ? Priority.ROUTINE : null, List.of(), "en");
    }

    private static FeatureVector at(float... dense) {
        return new FeatureVector(dense, NO_WORDS);
    }

    private static final List<CorpusExample> EXAMPLES = List.of(
            example(Intent.MAINTENANCE_INTAKE, Category.PLUMBING), example(Intent.STATUS_UPDATE, Category.PLUMBING),
            example(Intent.STATUS_UPDATE, Category.HVAC), example(Intent.BILLING, null));
    private static final List<FeatureVector> FEATURES = List.of(at(1, 0, 0), at(0.9f, 0.1f, 0), at(0, 1, 0),
            at(0, 0, 1));

    @Test
    void theNearestMessagesCarryTheVote() {
        // given
        NeighbourVote vote = NeighbourVote.of(EXAMPLES, FEATURES);
        // when
        double[] similarities = vote.similarities(new float[] {0, 2, 0.1f});
        double[] intents = vote.intentVote(similarities, 1);
        double[] categories = vote.categoryVote(similarities, 1);
        // then
        assertThat(ModelPrediction.argmax(intents)).isEqualTo(Intent.STATUS_UPDATE.ordinal());
        assertThat(ModelPrediction.argmax(categories)).isEqualTo(Category.HVAC.ordinal());
        assertThat(similarities[2]).isCloseTo(0.9988, within(0.01));
    }

    @Test
    void theBlendIsStillADistribution() {
        // given
        NeighbourVote vote = NeighbourVote.of(EXAMPLES, FEATURES);
        double[] heads = new double[Intent.values().length];
        Arrays.fill(heads, 1.0 / heads.length);
        ModelPrediction prediction = new ModelPrediction(heads, new double[Category.values().length],
                new double[Priority.values().length], "en", Map.of(), 0);
        // when
        ModelPrediction blended = vote.blend(prediction, new float[] {1, 0, 0}, new NeighbourVote.Blend(3, 0.35));
        // then
        assertThat(Arrays.stream(blended.intent()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(blended.priority()).isSameAs(prediction.priority());
    }

    @Test
    void theStoredVoteReadsBackAsWritten() throws IOException {
        // given
        NeighbourVote vote = NeighbourVote.of(EXAMPLES, FEATURES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        vote.writeTo(new DataOutputStream(bytes));
        // when
        NeighbourVote read = NeighbourVote.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        // then
        float[] query = {0.3f, 0.5f, 0.2f};
        assertThat(read.similarities(query)).containsExactly(vote.similarities(query));
        assertThat(read.categoryVote(read.similarities(query), 2)).containsExactly(
                vote.categoryVote(vote.similarities(query), 2));
    }
}
