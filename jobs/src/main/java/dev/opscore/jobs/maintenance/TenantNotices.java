package dev.opscore.jobs.maintenance;

/**
 * What the agent writes to tenants. The sandbox's tenants answer a message that asks them to rate
 * or says "satisfied", so only the satisfaction ping may use those words.
 */
final class TenantNotices {

    private TenantNotices() {
    }

    static String acknowledgement(String workOrderId) {
        return "Thanks for letting us know. We logged your request as work order " + workOrderId
                + " and a vendor has been dispatched; they will contact you to schedule the visit.";
    }

    static String duplicate(String workOrderId) {
        return "Thanks - this is already open as work order " + workOrderId
                + " and a vendor is assigned. We added your new details to it.";
    }

    static String safety(String instructions, String workOrderId) {
        return "URGENT: " + (instructions == null ? "Leave the unit if you feel unsafe and call 911." : instructions)
                + " We opened emergency work order " + workOrderId + " and are getting a vendor to you now.";
    }

    static String troubleshooting(Troubleshooting steps) {
        return "Before we send a technician, please try this: " + steps.steps()
                + " Reply FIXED if that solved it, or NOT FIXED and we will send someone.";
    }

    static String troubleshootingResolved(String workOrderId) {
        return "Glad that worked. We closed work order " + workOrderId + "; write any time if it comes back.";
    }

    static String satisfactionPing(String workOrderId) {
        return "Work order " + workOrderId + " is complete. How satisfied are you? Please rate the job from 1 to 5.";
    }

    static String rejected(String workOrderId) {
        return "About work order " + workOrderId + ": the management team has reviewed it and it will not go ahead"
                + " as planned. A member of staff will contact you about next steps.";
    }
}
