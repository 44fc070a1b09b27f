package de.bwaldvogel.mongo.backend.h2;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries served by a single-field index give what a full scan gives, through writes and a reopened store. */
class EqualityIndexTests {

    @TempDir
    Path folder;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> deliveries;

    @BeforeEach
    void start() {
        open();
        deliveries.createIndex(Indexes.ascending("pending"));
        deliveries.createIndex(Indexes.ascending("deployments.published"));
        for (int n = 0; n < 100; n++) {
            deliveries.insertOne(new Document("_id", n).append("pending", n % 4 == 0).append("n", n));
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void findsTheMatchingDocumentsWithTheQuerysOtherConditions() {
        assertThat(numbers(eq("pending", true))).hasSize(25).allMatch(n -> n % 4 == 0);
        assertThat(numbers(and(eq("pending", true), gte("n", 50)))).hasSize(12).allMatch(n -> n >= 50);
        assertThat(numbers(eq("pending", false))).hasSize(75);
    }

    @Test
    void followsUpdatesAndDeletes() {
        deliveries.updateMany(and(eq("pending", true), gte("n", 50)), set("pending", false));
        deliveries.updateOne(eq("_id", 1), set("pending", true));
        deliveries.deleteOne(eq("_id", 0));

        assertThat(numbers(eq("pending", true))).containsExactlyInAnyOrder(1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48);
    }

    @Test
    void isRebuiltWhenTheStoreOpensAgain() {
        deliveries.updateOne(eq("_id", 3), set("pending", true));
        stop();

        open();

        assertThat(numbers(eq("pending", true))).hasSize(26).contains(3);
    }

    @Test
    void matchesAnElementOfAnArrayAndNumbersOfAnyType() {
        deliveries.insertOne(new Document("_id", "t1").append("n", -3).append("pending", List.of(true, "later")));
        deliveries.insertOne(new Document("_id", "p1")
                .append("n", -1)
                .append("deployments", List.of(new Document("published", true), new Document("published", false))));
        deliveries.insertOne(new Document("_id", "p2")
                .append("n", -2)
                .append("deployments", List.of(new Document("published", true))));

        assertThat(numbers(eq("deployments.published", false))).containsExactly(-1);
        assertThat(numbers(eq("deployments.published", true))).containsExactlyInAnyOrder(-1, -2);
        assertThat(numbers(eq("pending", "later"))).containsExactly(-3);
        assertThat(numbers(eq("pending", true))).hasSize(26).contains(-3);
        assertThat(numbers(and(eq("pending", true), eq("n", 8L)))).containsExactly(8);
    }

    private List<Integer> numbers(org.bson.conversions.Bson filter) {
        return deliveries.find(filter).map(d -> d.getInteger("n")).into(new ArrayList<>());
    }

    private void open() {
        server = new MongoServer(new TypedH2Backend(folder.resolve("store.h2").toString()));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        deliveries = client.getDatabase("projects").getCollection("deliveries");
    }
}
