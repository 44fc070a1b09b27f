package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of a unique index map. Keys are ordered value by value (H2's generic type compared two
 * {@code KeyValue}s by Java-serialising both on every comparison of every B-tree search). They are written as a BSON
 * document of their values, after a tag H2's generic type never writes: the generic type Java-serialised every key
 * of every page a commit rewrites, with an {@code ObjectOutputStream} each, a third of what the server allocated
 * under a write load (docs/hooks.md). Keys written the generic way, as in an older store, are still read by it, as
 * is a key whose values BSON cannot carry.
 */
final class KeyValueType extends ObjectDataType {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int shared = Math.min(left.size(), right.size());
            for (int i = 0; i < shared; i++) {
                int order = VALUES.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof KeyValue key) || !BsonDocumentType.write(buffer, ValueTags.KEY_VALUE, asDocument(key))) {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return ValueTags.take(buffer, ValueTags.KEY_VALUE)
                ? new KeyValue(BsonDocumentType.decode(buffer).values())
                : super.read(buffer);
    }

    private static Document asDocument(KeyValue key) {
        Document values = new Document();
        for (int i = 0; i < key.size(); i++) {
            values.append(Integer.toString(i), key.get(i));
        }
        return values;
    }
}
