package dev.opscore.tools.pms.client;

import feign.RequestTemplate;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import feign.codec.Encoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Request and response bodies as JSON, on the contract's Jackson 3 mapper (generic types such as {@code Page<T>} included). */
final class JsonCodec implements Encoder, Decoder {

    static final String JSON = "application/json";

    private final JsonMapper mapper;

    JsonCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object body, Type bodyType, RequestTemplate template) {
        if (body == null) {
            return;
        }
        template.headerLiteral("Content-Type", JSON);
        template.body(mapper.writeValueAsBytes(body), StandardCharsets.UTF_8);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.body() == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = response.body().asInputStream()) {
            bytes = Util.toByteArray(in);
        }
        if (bytes.length == 0) {
            return null;
        }
        return mapper.readValue(bytes, mapper.constructType(type));
    }
}
