package dev.opscore.db.audit;

/** What a walk of the audit chain found: intact, or the first row whose hash does not hold. */
public record AuditChainReport(long rowsChecked, Long firstBrokenId, String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
