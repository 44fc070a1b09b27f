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

    /** ObjectDataType's own tags stop at 119. */
    private static final byte BSON_TAG = 127;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte[] bson = value instanceof Document document ? encode(document) : null;
        if (bson == null) {
            super.write(buffer, value);
            return;
        }
        buffer.put(BSON_TAG).putVarInt(bson.length).put(bson);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_TAG) {
            return super.read(buffer);
        }
        buffer.get();
        return decode(buffer);
    }

    /** The document at the buffer's position, written as its length and its BSON; the position moves past it. */
    static Document decode(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** The document's BSON, or null for a value the wire protocol cannot carry (then stored the generic way). */
    static byte[] encode(Document document) {
        ByteBuf out = Unpooled.buffer(1024);
        try {
            BsonEncoder.encodeDocument(document, out);
            byte[] bson = new byte[out.readableBytes()];
            out.readBytes(bson);
            return bson;
        } catch (RuntimeException e) {
            return null;
        } finally {
            out.release();
        }
    }
}
