import com.mongodb.client.*;
import com.mongodb.client.model.*;
import org.bson.Document;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Measures the MongoDB-wire server alone: count + first page sorted by name, as GET /projects does. */
public class WireServerBench {
    public static void main(String[] a) throws Exception {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:27017")) {
            MongoCollection<Document> c = client.getDatabase("wirebench").getCollection("projects");
            c.drop();
            c.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 1000; i++) docs.add(new Document("name", String.format("p-%04d", i)).append("description", "about").append("tags", List.of("java", "b" + i % 10)).append("owner", "admin").append("repositories", List.of()).append("environments", List.of()).append("versions", List.of()).append("deployments", List.of()).append("version", 0L));
            c.insertMany(docs);
            int threads = 8; long seconds = 10;
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) pool.submit(() -> {
                while (System.nanoTime() < end) {
                    c.countDocuments(new Document());
                    c.find().sort(Sorts.ascending("name", "_id")).limit(20).into(new ArrayList<>());
                    done.incrementAndGet();
                }
                return null;
            });
            pool.shutdown(); pool.awaitTermination(60, TimeUnit.SECONDS);
            System.out.printf("count + sorted first page over 1000 documents: %.0f queries/s (%d threads, %ds)%n", done.get() / (double) seconds, threads, seconds);
            c.drop();
        }
    }
}
