package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.Field;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * H2Database with faster types for its maps. Unique indexes order their keys by value: the library's index maps use
 * H2's generic key type, which compares two {@code KeyValue}s by Java-serialising both on every comparison of every
 * B-tree search, most of the server's time under a write load. Index maps created by this class carry the suffix
 * {@value #SUFFIX} (their order is not the old one); an index map of an older store keeps the old type and works
 * as before. Documents are stored as BSON ({@link BsonDocumentType}), index keys as BSON too ({@link KeyValueType})
 * and ids as their bytes ({@link IdType}), none Java-serialised. In this package because the library's index
 * and collection classes can only be built from here.
 */
public class TypedH2Database extends H2Database {

    static final String SUFFIX = ".ordered";

    public TypedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVStore store = store();
        String legacyName = indexMapName(collectionName, indexName);
        if (store.hasMap(legacyName)) {
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
        MVMap<KeyValue, Object> map = store.openMap(
                legacyName + SUFFIX,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()).valueType(new IdType()));
        return new H2UniqueIndex(map, indexName, keys, sparse);
    }

    /** Single-field indexes answer equality queries ({@link EqualityIndex}); the library ignores the others. */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        if (EqualityIndex.serves(keys) && !sparse) {
            return new EqualityIndex(indexName, keys);
        }
        return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
    }

    /**
     * As the library opens a collection (same map names), with documents stored as BSON and id lists answered from
     * the id index ({@link IdListCollection}).
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store().openMap(
                "databases." + namespace,
                new MVMap.Builder<Object, Document>().keyType(new IdType()).valueType(new BsonDocumentType()));
        MVMap<String, Object> meta = store().openMap("meta." + namespace);
        return new IdListCollection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String ordered = indexMapName(collection.getCollectionName(), indexName) + SUFFIX;
        if (store().hasMap(ordered)) {
            store().removeMap(ordered);
        }
    }

    /** The superclass's store: its constructor opens the indexes, before a field of this class could be set. */
    private MVStore store() {
        try {
            Field field = H2Database.class.getDeclaredField("mvStore");
            field.setAccessible(true);
            return (MVStore) field.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server's H2Database changed: no mvStore field", e);
        }
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }
}
