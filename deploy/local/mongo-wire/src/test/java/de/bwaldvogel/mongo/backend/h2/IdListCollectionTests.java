package de.bwaldvogel.mongo.backend.h2;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id-list shortcut over the wire protocol, on an H2 file store, as projects-service's relay uses it. */
class IdListCollectionTests {

    @TempDir
    java.nio.file.Path folder;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> deliveries;
    private final List<ObjectId> ids = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new TypedH2Backend(folder.resolve("store.h2").toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        deliveries = client.getDatabase("projects").getCollection("deliveries");
        IntStream.range(0, 300).forEach(i -> {
            ObjectId id = new ObjectId();
            ids.add(id);
            deliveries.insertOne(new Document("_id", id).append("pending", i % 2 == 0).append("n", i));
        });
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void findsExactlyTheListedIdsThatExistOnceEach() {
        List<Object> asked = new ArrayList<>(ids.subList(100, 300));
        asked.add(new ObjectId()); // not stored
        asked.add(ids.get(150)); // twice

        List<Integer> found = deliveries.find(in("_id", asked)).map(d -> d.getInteger("n")).into(new ArrayList<>());

        assertThat(found).hasSize(200).doesNotHaveDuplicates().allMatch(n -> n >= 100);
    }

    @Test
    void updatesOnlyTheListedDocuments() {
        deliveries.updateMany(in("_id", ids.subList(0, 200)), set("pending", false));

        assertThat(deliveries.countDocuments(eq("pending", true))).isEqualTo(50);
        assertThat(deliveries.find(in("_id", ids.subList(200, 300))).into(new ArrayList<>()))
                .filteredOn(d -> d.getBoolean("pending"))
                .hasSize(50);
    }

    @Test
    void aListWithOtherConditionsIsStillMatchedWhole() {
        long pending = deliveries.countDocuments(and(in("_id", ids), eq("pending", true)));

        assertThat(pending).isEqualTo(150);
    }

    @Test
    void idsOfOtherTypesComparedAsTheMatcherDoes() {
        deliveries.insertOne(new Document("_id", 7).append("n", -1));
        deliveries.insertOne(new Document("_id", "seven").append("n", -2));

        List<Integer> found = deliveries.find(in("_id", List.of(7.0, 7L, "seven", "SEVEN")))
                .map(d -> d.getInteger("n"))
                .into(new ArrayList<>());

        assertThat(found).containsExactlyInAnyOrder(-1, -2);
    }

    @Test
    void aPatternInTheListIsLeftToTheLibrary() {
        deliveries.insertOne(new Document("_id", "run-1").append("n", -3));

        long matched = deliveries.countDocuments(regex("_id", "^run-"));

        assertThat(matched).isEqualTo(1);
    }
}
