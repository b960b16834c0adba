package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.VENDOR_DISPATCH;
import static dev.opscore.policy.ActionType.WORK_ORDER_CLOSE;
import static dev.opscore.policy.ActionType.WORK_ORDER_CREATE;
import static dev.opscore.policy.ActionType.WORK_ORDER_UPDATE;

import dev.opscore.policy.ActionType;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.workorder.Assignment;
import dev.opscore.tools.pms.workorder.NewNote;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderChanges;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.util.List;

/** Work orders ({@link WorkOrdersApi}, without bids: see {@link BidTools}). */
public final class WorkOrderTools {

    public record WorkOrderQuery(String propertyId, String unitId, WorkOrderStatus status, int page, int size) {
        public WorkOrderQuery {
            size = Paging.size(size);
        }
    }

    public record WorkOrderUpdate(String workOrderId, WorkOrderChanges changes) {
    }

    public record WorkOrderTransition(String workOrderId, StatusChange change) {
    }

    public record VendorDispatch(String workOrderId, Assignment assignment) {
    }

    public record WorkOrderNote(String workOrderId, NewNote note) {
    }

    public static final Tool<NewWorkOrder, WorkOrder> WORKORDERS_CREATE = Tool.write("workorders.create",
            WORK_ORDER_CREATE, WorkOrdersApi.class, "create", NewWorkOrder.class,
            (apis, in, key) -> apis.workOrders().create(key, in));

    public static final Tool<WorkOrderQuery, Page<WorkOrder>> WORKORDERS_LIST = Tool.read("workorders.list",
            WorkOrdersApi.class, "list", WorkOrderQuery.class,
            (apis, in) -> apis.workOrders().list(in.propertyId(), in.unitId(), in.status(), in.page(), in.size()));

    public static final Tool<ById, WorkOrder> WORKORDERS_GET = Tool.read("workorders.get",
            WorkOrdersApi.class, "get", ById.class, (apis, in) -> apis.workOrders().get(in.id()));

    public static final Tool<WorkOrderUpdate, WorkOrder> WORKORDERS_UPDATE = Tool.write("workorders.update",
            WORK_ORDER_UPDATE, WorkOrdersApi.class, "update", WorkOrderUpdate.class,
            (apis, in, key) -> apis.workOrders().update(key, in.workOrderId(), in.changes()));

    /** WORK_ORDER_UPDATE, or WORK_ORDER_CLOSE for a move to CLOSED or CANCELLED. */
    public static final Tool<WorkOrderTransition, WorkOrder> WORKORDERS_TRANSITION = Tool.write(
            "workorders.transition", WORK_ORDER_UPDATE, WorkOrdersApi.class, "changeStatus",
            WorkOrderTransition.class, (apis, in, key) -> apis.workOrders().changeStatus(key, in.workOrderId(),
                    in.change())).actionTypeFrom(WorkOrderTools::transitionType);

    /** The PMS dispatches the vendor (the order becomes DISPATCHED): VENDOR_DISPATCH. */
    public static final Tool<VendorDispatch, WorkOrder> WORKORDERS_ASSIGN = Tool.write("workorders.assign",
            VENDOR_DISPATCH, WorkOrdersApi.class, "assign", VendorDispatch.class,
            (apis, in, key) -> apis.workOrders().assign(key, in.workOrderId(), in.assignment()));

    public static final Tool<WorkOrderNote, WorkOrder> WORKORDERS_NOTE = Tool.write("workorders.note",
            WORK_ORDER_UPDATE, WorkOrdersApi.class, "addNote", WorkOrderNote.class,
            (apis, in, key) -> apis.workOrders().addNote(key, in.workOrderId(), in.note()));

    private WorkOrderTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(WORKORDERS_CREATE, WORKORDERS_LIST, WORKORDERS_GET, WORKORDERS_UPDATE, WORKORDERS_TRANSITION,
                WORKORDERS_ASSIGN, WORKORDERS_NOTE);
    }

    private static ActionType transitionType(WorkOrderTransition transition) {
        WorkOrderStatus to = transition.change() == null ? null : transition.change().to();
        return to == WorkOrderStatus.CLOSED || to == WorkOrderStatus.CANCELLED ? WORK_ORDER_CLOSE : WORK_ORDER_UPDATE;
    }
}
