package dev.opscore.tools.pms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.tools.fixtures.ContractTypes;
import dev.opscore.tools.fixtures.RecordFixtures;
import dev.opscore.tools.pms.workorder.WorkOrder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every record of the contract survives the wire: ISO dates, exact amounts, enum names, nested records. */
class PmsJsonTest {

    private final JsonMapper json = PmsJson.newMapper();

    static Stream<Class<?>> contractRecords() {
        return ContractTypes.records().stream().filter(type -> type != Page.class);
    }

    @ParameterizedTest
    @MethodSource("contractRecords")
    void everyRecordRoundTrips(Class<?> type) {
        // given
        Object value = RecordFixtures.build(type);

        // when
        String text = json.writeValueAsString(value);
        Object read = json.readValue(text, type);

        // then
        assertThat(read).isEqualTo(value);
    }

    @Test
    void pagesOfRecordsRoundTripWithTheirGenericType() {
        // given
        Page<WorkOrder> page = new Page<>(List.of(RecordFixtures.build(WorkOrder.class)), 1, 1, 5);

        // when
        String text = json.writeValueAsString(page);
        Page<WorkOrder> read = json.readValue(text, new TypeReference<Page<WorkOrder>>() { });

        // then
        assertThat(read).isEqualTo(page);
        assertThat(read.hasNext()).isTrue();
        assertThat(text).contains("\"createdAt\":\"2026-01-14T10:15:30Z\"", "\"estimatedCost\":1234.56",
                "\"category\":\"PLUMBING\"");
    }
}
