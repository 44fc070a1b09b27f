package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of a collection's document map: a document is written as the BSON the wire protocol carries,
 * after a tag H2's generic type never writes, instead of H2's Java serialisation of the nested maps (which took the
 * server's write path and its page cache misses most of their time). Values written by the generic type, as in a
 * store of an older server, are still read by it, so an older store opens and is converted as it is written.
 */
final class BsonDocumentType extends ObjectDataType {

    /** A thread's buffer grown past this (a large payload) is dropped after use rather than kept. */
    private static final int KEPT_SCRATCH_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document) || !write(buffer, ValueTags.BSON_DOCUMENT, document)) {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return ValueTags.take(buffer, ValueTags.BSON_DOCUMENT) ? decode(buffer) : super.read(buffer);
    }

    /** The document at the buffer's position, written as its length and its BSON; the position moves past it. */
    static Document decode(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /**
     * Writes the tag, the length and the document's BSON, and answers true; answers false, having written nothing,
     * for a document with a value the wire protocol cannot carry (then stored the generic way). The BSON is built in a
     * buffer kept by the writing thread: a fresh one for every key and document of every page a commit rewrites was
     * most of what this type allocated.
     */
    static boolean write(WriteBuffer buffer, byte tag, Document document) {
        ByteBuf out = SCRATCH.get();
        out.clear();
        try {
            BsonEncoder.encodeDocument(document, out);
        } catch (RuntimeException e) {
            return false;
        } finally {
            if (out.capacity() > KEPT_SCRATCH_BYTES) {
                SCRATCH.remove();
            }
        }
        buffer.put(tag).putVarInt(out.readableBytes()).put(out.nioBuffer());
        return true;
    }
}
