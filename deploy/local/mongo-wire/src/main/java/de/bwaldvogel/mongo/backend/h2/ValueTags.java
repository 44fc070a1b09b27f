package de.bwaldvogel.mongo.backend.h2;

import java.nio.ByteBuffer;

/**
 * The tags this server's types write before a value, past those of H2's generic type (which stop at 119): a value
 * without one was written the generic way, by an older server or because the compact form could not carry it.
 */
final class ValueTags {

    static final byte OBJECT_ID = 125;
    static final byte KEY_VALUE = 126;
    static final byte BSON_DOCUMENT = 127;

    private ValueTags() {}

    /** True, with the tag read, when the value at the buffer's position carries it; else nothing is read. */
    static boolean take(ByteBuffer buffer, byte tag) {
        if (buffer.get(buffer.position()) != tag) {
            return false;
        }
        buffer.get();
        return true;
    }
}
