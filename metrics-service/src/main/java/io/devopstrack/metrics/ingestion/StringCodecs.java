package io.devopstrack.metrics.ingestion;

import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 strings for the ingestion connections. Lettuce's {@link StringCodec} decodes every key and value by
 * wrapping the buffer in a Netty {@code ByteBuf}; a stream page of 5,000 entries has 100,000 of them, and copying
 * the bytes into a {@code String} directly cut the event loop's decoding time noticeably. Encoding is Lettuce's.
 */
final class StringCodecs implements RedisCodec<String, String> {

    static final StringCodecs UTF8 = new StringCodecs();

    private StringCodecs() {}

    @Override
    public String decodeKey(ByteBuffer bytes) {
        return decode(bytes);
    }

    @Override
    public String decodeValue(ByteBuffer bytes) {
        return decode(bytes);
    }

    @Override
    public ByteBuffer encodeKey(String key) {
        return StringCodec.UTF8.encodeKey(key);
    }

    @Override
    public ByteBuffer encodeValue(String value) {
        return StringCodec.UTF8.encodeValue(value);
    }

    private static String decode(ByteBuffer bytes) {
        if (bytes == null) {
            return null;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return new String(copy, StandardCharsets.UTF_8);
    }
}
