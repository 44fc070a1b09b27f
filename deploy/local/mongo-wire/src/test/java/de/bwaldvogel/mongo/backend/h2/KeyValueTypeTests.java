package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueTypeTests {

    @TempDir
    Path folder;

    @Test
    void keysComeBackWithTheirValuesAndTypesAfterTheStoreIsReopened() {
        String file = folder.resolve("keys.h2").toString();
        ObjectId id = new ObjectId();
        KeyValue mixed = new KeyValue("6b0ee4f01c8eff21734ab1e5", 7, 19_391L, Instant.parse("2026-12-01T20:00:00Z"));
        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> index = index(store, new KeyValueType());
            index.put(new KeyValue(id), id);
            index.put(mixed, "b");
            index.put(new KeyValue("with null", null), "c");
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> index = index(store, new KeyValueType());
            assertThat(index.get(new KeyValue(id))).isEqualTo(id);
            assertThat(index.get(new KeyValue("6b0ee4f01c8eff21734ab1e5", 7, 19_391L, Instant.parse("2026-12-01T20:00:00Z"))))
                    .isEqualTo("b");
            assertThat(index.get(new KeyValue("with null", null))).isEqualTo("c");
            KeyValue read = index.keySet().stream().filter(k -> k.size() == 4).findFirst().orElseThrow();
            assertThat(read.get(1)).isInstanceOf(Integer.class);
            assertThat(read.get(2)).isInstanceOf(Long.class);
            assertThat(read.get(3)).isEqualTo(Instant.parse("2026-12-01T20:00:00Z"));
        }
    }

    @Test
    void aKeyIsWrittenInUnderHalfTheBytesOfItsJavaSerialisation() {
        KeyValue key = new KeyValue("6b0ee4f01c8eff21734ab1e5", "2f7c1a8e-0b1d-11f0-8e3a-6a1b2c3d4e5f");

        int bson = writtenBytes(new KeyValueType(), key);
        int serialised = writtenBytes(new OrderOnly(), key);

        assertThat(bson).isLessThan(serialised / 2);
    }

    @Test
    void keysAnOlderServerStoredAreStillReadBesideNewOnesAndAKeyBsonCannotCarryIsStoredTheOldWay() {
        String file = folder.resolve("old.h2").toString();
        try (MVStore store = MVStore.open(file)) {
            index(store, new OrderOnly()).put(new KeyValue("old", 1), "old");
        }
        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> index = index(store, new KeyValueType());
            index.put(new KeyValue("new", 2), "new");
            index.put(new KeyValue("missing", Missing.getInstance()), "missing");
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> index = index(store, new KeyValueType());
            assertThat(index.get(new KeyValue("old", 1))).isEqualTo("old");
            assertThat(index.get(new KeyValue("new", 2))).isEqualTo("new");
            assertThat(index.get(new KeyValue("missing", Missing.getInstance()))).isEqualTo("missing");
        }
    }

    @Test
    void aUniqueIndexStillRefusesATakenKeyAfterTheServerRestarts() {
        String file = folder.resolve("server.h2").toString();
        withDeliveries(file, deliveries -> {
            deliveries.createIndex(Indexes.ascending("integrationId", "key"), new IndexOptions().unique(true));
            deliveries.insertOne(new Document("integrationId", "i1").append("key", "d1"));
        });

        withDeliveries(file, deliveries -> {
            assertThatThrownBy(() -> deliveries.insertOne(new Document("integrationId", "i1").append("key", "d1")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            deliveries.insertOne(new Document("integrationId", "i1").append("key", "d2"));
            assertThat(deliveries.countDocuments()).isEqualTo(2);
        });
    }

    private static int writtenBytes(ObjectDataType type, KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        return buffer.position();
    }

    private static void withDeliveries(String file, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(new TypedH2Backend(file));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("projects").getCollection("deliveries"));
        } finally {
            server.shutdown();
        }
    }

    private static MVMap<KeyValue, Object> index(MVStore store, ObjectDataType keyType) {
        return store.openMap("index", new MVMap.Builder<KeyValue, Object>().keyType(keyType));
    }

    /** The key type as an older server had it: the same order, keys written by H2's generic type. */
    private static final class OrderOnly extends ObjectDataType {

        private final KeyValueType order = new KeyValueType();

        @Override
        public int compare(Object a, Object b) {
            return order.compare(a, b);
        }
    }
}
