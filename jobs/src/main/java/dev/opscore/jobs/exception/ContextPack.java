package dev.opscore.jobs.exception;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a manager needs to decide in one click: a plain-language summary, the evidence, the blocked
 * rule's reason codes, the decision asked for and the agent's recommendation. No personal data.
 */
public record ContextPack(String summary, List<String> evidence, List<String> reasonCodes, String decisionAsked,
                          String recommendation) {

    public ContextPack {
        evidence = List.copyOf(evidence);
        reasonCodes = List.copyOf(reasonCodes);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("summary", summary);
        map.put("evidence", evidence);
        map.put("reasonCodes", reasonCodes);
        map.put("decisionAsked", decisionAsked);
        map.put("recommendation", recommendation);
        return map;
    }
}
