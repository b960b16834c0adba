package dev.opscore.tools.pms;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the contract, for both sides of it: ISO-8601 strings for {@code Instant} and
 * {@code LocalDate}, enum constant names, plain numbers for {@code BigDecimal}, records by their
 * component names. Readers are tolerant: unknown properties are ignored, so a PMS may add fields.
 */
public final class PmsJson {

    private PmsJson() {
    }

    /** A new mapper with the contract's settings; mappers are thread-safe, build one per component. */
    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
