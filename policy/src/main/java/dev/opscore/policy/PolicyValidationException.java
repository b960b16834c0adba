package dev.opscore.policy;

/**
 * A malformed request or an invalid configuration: it is never evaluated. {@link #field()} is the
 * JSON path of the offending value (for example {@code action.amount},
 * {@code config.spend.autoApproveMax} or {@code action.riskFlags[1]}); {@link #getMessage()} says
 * in plain words what is wrong. Callers turn it into a 400 problem response naming the field.
 *
 * <p>A policy "no" is never this exception: it is a {@link Decision} with outcome BLOCK.
 */
public final class PolicyValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    PolicyValidationException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The JSON path of the value that is wrong. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name (for example "must be a number, not a string"). */
    public String problem() {
        return problem;
    }

    /** The same problem with the field placed under {@code prefix}. */
    PolicyValidationException under(String prefix) {
        return new PolicyValidationException(JsonPath.child(prefix, field), problem);
    }
}
