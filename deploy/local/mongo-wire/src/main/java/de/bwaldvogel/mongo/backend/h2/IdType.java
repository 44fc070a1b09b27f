package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The type of a document's position: the key of a collection's document map and the value of its unique indexes,
 * which is the document's {@code _id}. An {@code ObjectId} is written as its 12 bytes after a tag H2's generic type
 * never writes, instead of H2's Java serialisation of it (an {@code ObjectOutputStream} for every id of every page a
 * commit rewrites, the largest share of what the server allocated under a write load: docs/hooks.md). Ids are
 * ordered as before; other ids, and ids written the generic way by an older server, are left to the generic type.
 */
final class IdType extends ObjectDataType {

    private static final int OBJECT_ID_BYTES = 12;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(ValueTags.OBJECT_ID).put(id.toByteArray());
            return;
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (!ValueTags.take(buffer, ValueTags.OBJECT_ID)) {
            return super.read(buffer);
        }
        byte[] id = new byte[OBJECT_ID_BYTES];
        buffer.get(id);
        return new ObjectId(id);
    }
}
