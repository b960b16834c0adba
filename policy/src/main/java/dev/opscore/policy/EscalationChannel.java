package dev.opscore.policy;

/** Where escalations go; wire names are lower case ({@code in_app}, {@code email}, {@code sms}). */
public enum EscalationChannel {
    IN_APP("in_app"), EMAIL("email"), SMS("sms");

    private final String wireName;

    EscalationChannel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
