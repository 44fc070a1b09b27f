package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonDocumentTypeTests {

    @TempDir
    Path folder;

    private static Document delivery() {
        return new Document("_id", new ObjectId())
                .append("integrationId", "6b0ee4f01c8eff21734ab1e5")
                .append("pending", true)
                .append("attempts", 2)
                .append("size", 19_391L)
                .append("score", 0.5)
                .append("receivedAt", Instant.parse("2026-12-01T20:00:00.123Z"))
                .append("headers", new Document("X-GitHub-Event", "workflow_run"))
                .append("tags", List.of("ci", "bench"))
                .append("payload", new byte[] {1, 2, 3})
                .append("claimedUntil", null);
    }

    @Test
    void aDocumentComesBackAsItWasStoredAfterTheStoreIsReopened() throws Exception {
        String file = folder.resolve("store.h2").toString();
        Document stored = delivery();
        try (MVStore store = MVStore.open(file)) {
            documents(store).put(1L, stored);
        }

        try (MVStore store = MVStore.open(file)) {
            Document read = documents(store).get(1L);

            assertThat(read.keySet()).containsExactlyElementsOf(stored.keySet());
            assertThat(read.get("attempts")).isEqualTo(2);
            assertThat(read.get("size")).isEqualTo(19_391L);
            assertThat(read.get("receivedAt")).isEqualTo(Instant.parse("2026-12-01T20:00:00.123Z"));
            assertThat(read.get("_id")).isEqualTo(stored.get("_id"));
            assertThat(read.get("headers")).isEqualTo(stored.get("headers"));
            assertThat(read.get("tags")).isEqualTo(List.of("ci", "bench"));
            assertThat((byte[]) read.get("payload")).containsExactly(1, 2, 3);
            assertThat(read.containsKey("claimedUntil")).isTrue();
            assertThat(read.get("claimedUntil")).isNull();
        }
        assertThat(Files.size(Path.of(file))).isPositive();
    }

    @Test
    void aDocumentAnOlderServerStoredIsStillReadAndAnUpdateIsStoredAsBson() {
        String file = folder.resolve("old.h2").toString();
        Document old = delivery();
        try (MVStore store = MVStore.open(file)) {
            store.<Object, Document>openMap("databases.projects.deliveries").put(1L, old);
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Document> map = documents(store);
            assertThat(map.get(1L).get("integrationId")).isEqualTo("6b0ee4f01c8eff21734ab1e5");
            map.put(2L, new Document("_id", "new").append("pending", false));
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Document> map = documents(store);
            assertThat(map.get(1L).get("receivedAt")).isEqualTo(old.get("receivedAt"));
            assertThat(map.get(2L)).isEqualTo(new Document("_id", "new").append("pending", false));
        }
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> generic = store.openMap("databases.projects.deliveries");
            assertThat(((Document) generic.get(1L)).get("receivedAt")).isEqualTo(old.get("receivedAt"));
            // the new line is BSON, which H2's own type does not know
            assertThatThrownBy(() -> generic.get(2L)).isInstanceOf(RuntimeException.class);
        }
    }

    private static MVMap<Object, Document> documents(MVStore store) {
        return store.openMap(
                "databases.projects.deliveries",
                new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }
}
