package dev.opscore.tools.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.policy.ActionType;
import dev.opscore.tools.fixtures.ContractTypes;
import dev.opscore.tools.fixtures.RecordFixtures;
import dev.opscore.tools.pms.PmsJson;
import dev.opscore.tools.pms.client.PmsConflict;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

class ToolRegistryTest {

    private static final UUID RUN = UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001");

    private final RecordingApis recording = new RecordingApis();
    private final ToolRegistry registry = new ToolRegistry(recording.apis());

    static Stream<Tool<?, ?>> tools() {
        return Tools.all().stream();
    }

    @Test
    void pmsApisBundlesEveryApiInterfaceOfTheContract() {
        assertThat(ContractTypes.bundledApis()).containsExactlyInAnyOrderElementsOf(ContractTypes.apis()).hasSize(10);
    }

    @Test
    void everyMethodOfEveryApiHasExactlyOneTool() {
        // given
        List<String> methods = ContractTypes.apis().stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .map(ToolRegistryTest::key).sorted().collect(Collectors.toList());

        // when
        List<String> covered = registry.tools().stream().map(tool -> tool.api().getSimpleName() + "#" + tool.apiMethod())
                .sorted().collect(Collectors.toList());

        // then
        assertThat(covered).doesNotHaveDuplicates().containsExactlyElementsOf(methods);
    }

    @Test
    void namesAreUniqueAndStable() {
        List<String> names = registry.tools().stream().map(Tool::name).collect(Collectors.toList());
        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z]+(\\.[a-z]+)+"))
                .contains("workorders.create", "workorders.assign", "messages.post", "notifications.send",
                        "vendors.list", "workorders.get");
    }

    @ParameterizedTest
    @MethodSource("tools")
    void readsAreExactlyTheGetMappings(Tool<?, ?> tool) {
        boolean get = AnnotatedElementUtils.hasAnnotation(apiMethod(tool), GetMapping.class);
        assertThat(tool.readOnly()).isEqualTo(get);
        assertThat(tool.actionType() == ActionType.READ).isEqualTo(get);
        assertThat(tool.actionType()).isNotEqualTo(ActionType.UNKNOWN);
    }

    @ParameterizedTest
    @MethodSource("tools")
    void eachToolCallsItsMethodOnceWithTheStepsKeyAndRedactsWhatItLogs(Tool<?, ?> tool) {
        // given
        Object input = RecordFixtures.build(tool.inputType());
        JsonMapper json = PmsJson.newMapper();

        // when
        ToolCall<?> call = registry.invoke(tool.name(), input, RUN, 3);

        // then
        assertThat(recording.calls()).singleElement().satisfies(made -> {
            assertThat(made.api()).isEqualTo(tool.api());
            assertThat(made.method().getName()).isEqualTo(tool.apiMethod());
            if (!tool.readOnly()) {
                assertThat(made.args().get(0)).isEqualTo(call.idempotencyKey());
            }
        });
        assertThat(call.idempotencyKey()).isEqualTo(tool.idempotencyKey(RUN, 3));
        assertThat(call.output()).isNotNull();
        assertThat(json.writeValueAsString(call.request())).doesNotContain(RecordFixtures.PERSONAL_VALUES);
        assertThat(json.writeValueAsString(call.response())).doesNotContain(RecordFixtures.PERSONAL_VALUES);
    }

    @Test
    void idempotencyKeysAreDeterministicPerRunStepAndTool() {
        // given
        Tool<?, ?> create = WorkOrderTools.WORKORDERS_CREATE;
        String key = create.idempotencyKey(RUN, 1);

        // then
        assertThat(create.idempotencyKey(RUN, 1)).isEqualTo(key);
        assertThat(UUID.fromString(key)).isNotNull();
        assertThat(create.idempotencyKey(UUID.fromString("6f1c2b1e-0000-4000-8000-000000000002"), 1)).isNotEqualTo(key);
        assertThat(create.idempotencyKey(RUN, 2)).isNotEqualTo(key);
        assertThat(WorkOrderTools.WORKORDERS_UPDATE.idempotencyKey(RUN, 1)).isNotEqualTo(key);
    }

    @Test
    void aRetriedStepSendsTheSameKey() {
        // given
        ToolCall<WorkOrder> first = registry.invoke(WorkOrderTools.WORKORDERS_CREATE,
                RecordFixtures.build(dev.opscore.tools.pms.workorder.NewWorkOrder.class), RUN, 4);

        // when
        ToolCall<WorkOrder> retried = registry.invoke(WorkOrderTools.WORKORDERS_CREATE,
                RecordFixtures.build(dev.opscore.tools.pms.workorder.NewWorkOrder.class), RUN, 4);

        // then
        assertThat(recording.calls()).hasSize(2).extracting(made -> made.args().get(0))
                .containsOnly(first.idempotencyKey());
        assertThat(retried.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(first.actionType()).isEqualTo(ActionType.WORK_ORDER_CREATE);
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void closingOrCancellingIsGatedAsAClose(WorkOrderStatus to) {
        // given
        var transition = new WorkOrderTools.WorkOrderTransition("wo-1", new StatusChange(to, "done"));

        // when
        ActionType type = WorkOrderTools.WORKORDERS_TRANSITION.actionTypeFor(transition);

        // then
        boolean closes = to == WorkOrderStatus.CLOSED || to == WorkOrderStatus.CANCELLED;
        assertThat(type).isEqualTo(closes ? ActionType.WORK_ORDER_CLOSE : ActionType.WORK_ORDER_UPDATE);
    }

    @Test
    void aStoredJsonInputIsConvertedToTheToolsInput() {
        // given
        Map<String, Object> stored = Map.of("propertyId", "p-1", "dueBefore", "2026-02-01", "status", "OPEN");

        // when
        registry.invoke("compliance.list", stored, RUN, 1);

        // then
        assertThat(recording.calls()).singleElement().satisfies(made -> assertThat(made.args())
                .containsExactly("p-1", LocalDate.parse("2026-02-01"), ComplianceItem.ComplianceStatus.OPEN, 0, 50));
    }

    @Test
    void unknownToolsAndWrongInputsAreInvalidCalls() {
        assertThatThrownBy(() -> registry.invoke("workorders.delete", new ById("wo-1"), RUN, 1))
                .isInstanceOf(InvalidToolCall.class).hasMessageContaining("workorders.delete");
        assertThatThrownBy(() -> registry.invoke("workorders.get", "wo-1", RUN, 1))
                .isInstanceOf(InvalidToolCall.class).hasMessageContaining("ById");
        assertThatThrownBy(() -> registry.invoke("workorders.get", null, RUN, 1)).isInstanceOf(InvalidToolCall.class);
        assertThat(recording.calls()).isEmpty();
    }

    @Test
    void pmsFailuresPassUnchanged() {
        // given
        PmsConflict conflict = new PmsConflict("WorkOrdersApi#changeStatus", "NEW -> CLOSED");
        recording.failWith(conflict);

        // when / then
        assertThatThrownBy(() -> registry.invoke(WorkOrderTools.WORKORDERS_TRANSITION,
                new WorkOrderTools.WorkOrderTransition("wo-1", new StatusChange(WorkOrderStatus.CLOSED, null)), RUN, 2))
                .isSameAs(conflict);
    }

    @Test
    void listInputsDefaultTheirPageSize() {
        assertThat(new PageQuery(0, 0).size()).isEqualTo(50);
        assertThat(new VendorTools.VendorQuery(null, null, 1, 10).size()).isEqualTo(10);
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    private static Method apiMethod(Tool<?, ?> tool) {
        return Arrays.stream(tool.api().getMethods()).filter(method -> method.getName().equals(tool.apiMethod()))
                .findFirst().orElseThrow();
    }
}
