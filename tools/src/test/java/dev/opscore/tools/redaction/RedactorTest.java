package dev.opscore.tools.redaction;

import static dev.opscore.tools.fixtures.RecordFixtures.AMOUNT;
import static dev.opscore.tools.fixtures.RecordFixtures.NAME;
import static dev.opscore.tools.fixtures.RecordFixtures.PERSONAL_VALUES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.tools.fixtures.ContractTypes;
import dev.opscore.tools.fixtures.RecordFixtures;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsJson;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** No name, phone, e-mail, card or IBAN survives redaction of any contract type; ids, statuses and amounts do. */
class RedactorTest {

    private final Redactor redactor = new Redactor();
    private final JsonMapper json = PmsJson.newMapper();

    static Stream<Class<?>> contractRecords() {
        return ContractTypes.records().stream();
    }

    @Test
    void theContractHasRecordsToCheck() {
        assertThat(ContractTypes.records()).hasSizeGreaterThan(25).contains(Tenant.class, WorkOrder.class, Page.class);
    }

    @ParameterizedTest
    @MethodSource("contractRecords")
    void noPersonalValueSurvivesInAnyContractType(Class<?> type) {
        // given
        Object filled = type == Page.class
                ? new Page<>(List.of(RecordFixtures.build(Tenant.class)), 0, 50, 1)
                : RecordFixtures.build(type);

        // when
        String logged = json.writeValueAsString(redactor.redact(filled));

        // then
        assertThat(logged).doesNotContain(PERSONAL_VALUES);
        for (String id : idsOf(filled)) {
            assertThat(logged).contains(id);
        }
    }

    @Test
    void idsStatusesCategoriesAndAmountsAreKept() {
        // given
        WorkOrder order = RecordFixtures.build(WorkOrder.class);

        // when
        Map<String, Object> redacted = redactor.redactToMap(order);

        // then
        assertThat(redacted).containsEntry("id", RecordFixtures.idFor("id"))
                .containsEntry("tenantId", RecordFixtures.idFor("tenantId"))
                .containsEntry("status", WorkOrderStatus.NEW.name())
                .containsEntry("category", Category.PLUMBING.name())
                .containsEntry("estimatedCost", AMOUNT)
                .containsEntry("createdAt", RecordFixtures.AT.toString());
        assertThat((String) redacted.get("description")).contains("Leak under the sink", "[phone]", "[email]",
                "[card]", "[iban]");
    }

    @Test
    void personalFieldsAreMaskedWhole() {
        // given
        RentalApplication application = RecordFixtures.build(RentalApplication.class);

        // when
        Map<String, Object> redacted = redactor.redactToMap(application);

        // then
        assertThat(redacted).containsEntry("applicantName", Redactor.MASK).containsEntry("email", Redactor.MASK)
                .containsEntry("phone", Redactor.MASK).containsEntry("id", RecordFixtures.idFor("id"));
    }

    @Test
    void mapsAndListsAreWalkedByFieldName() {
        // given
        Map<String, Object> payload = Map.of("tenant", Map.of("name", NAME, "id", "t-1"),
                "messages", List.of(Map.of("body", "my card is 4111-1111-1111-1111", "threadId", "th-1")),
                "note", "reach her at 555-123-4567");

        // when
        String logged = json.writeValueAsString(redactor.redact(payload));

        // then
        assertThat(logged).doesNotContain(NAME, "4111", "555-123-4567").contains("t-1", "th-1", "[phone]");
    }

    @Test
    void knownPersonalValuesAreMaskedInFreeText() {
        // given
        Redactor knowing = redactor.alsoMasking(List.of("Maria", NAME));

        // when
        String masked = knowing.maskText("Tenant maria lopez reports a leak; Maria says it is urgent");

        // then
        assertThat(masked).isEqualTo("Tenant [personal] reports a leak; [personal] says it is urgent");
    }

    @Test
    void identifiersKeepTheirDigits() {
        // given
        Map<String, Object> ids = Map.of("id", "4111111111111111", "vendorId", "5551234567",
                "tenantIds", List.of("12345678-1234-1234-1234-123456789012"));

        // when
        Map<String, Object> redacted = redactor.redactToMap(ids);

        // then
        assertThat(redacted).isEqualTo(ids);
    }

    private static List<String> idsOf(Object value) {
        if (!(value instanceof Record)) {
            return List.of();
        }
        return Arrays.stream(value.getClass().getRecordComponents()).filter(RedactorTest::isIdString)
                .map(component -> RecordFixtures.idFor(component.getName())).toList();
    }

    private static boolean isIdString(RecordComponent component) {
        String name = component.getName();
        return component.getType() == String.class && (name.equals("id") || name.endsWith("Id"));
    }
}
