package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.BID_ACCEPT;
import static dev.opscore.policy.ActionType.BID_REQUEST;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.workorder.Bid;
import dev.opscore.tools.pms.workorder.BidRequest;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.util.List;

/** Bids on a work order ({@link WorkOrdersApi}{@code /bids}). */
public final class BidTools {

    public record BidAsk(String workOrderId, BidRequest request) {
    }

    public record BidQuery(String workOrderId, int page, int size) {
        public BidQuery {
            size = Paging.size(size);
        }
    }

    public record BidAcceptance(String workOrderId, String bidId) {
    }

    public static final Tool<BidAsk, Bid> BIDS_REQUEST = Tool.write("bids.request", BID_REQUEST,
            WorkOrdersApi.class, "requestBid", BidAsk.class,
            (apis, in, key) -> apis.workOrders().requestBid(key, in.workOrderId(), in.request()));

    public static final Tool<BidQuery, Page<Bid>> BIDS_LIST = Tool.read("bids.list", WorkOrdersApi.class,
            "listBids", BidQuery.class,
            (apis, in) -> apis.workOrders().listBids(in.workOrderId(), in.page(), in.size()));

    public static final Tool<BidAcceptance, Bid> BIDS_ACCEPT = Tool.write("bids.accept", BID_ACCEPT,
            WorkOrdersApi.class, "acceptBid", BidAcceptance.class,
            (apis, in, key) -> apis.workOrders().acceptBid(key, in.workOrderId(), in.bidId()));

    private BidTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(BIDS_REQUEST, BIDS_LIST, BIDS_ACCEPT);
    }
}
