package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdTypeTests {

    @TempDir
    Path folder;

    @Test
    void idsComeBackAsKeysAndValuesInTheirOrderAfterTheStoreIsReopened() {
        String file = folder.resolve("ids.h2").toString();
        List<ObjectId> ids = List.of(new ObjectId(), new ObjectId(), new ObjectId());
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> documents = map(store, new IdType());
            for (int i = ids.size() - 1; i >= 0; i--) {
                documents.put(ids.get(i), ids.get(i));
            }
            documents.put("a-string-id", 42L);
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> documents = map(store, new IdType());
            assertThat(documents.get(ids.get(1))).isEqualTo(ids.get(1));
            assertThat(documents.get("a-string-id")).isEqualTo(42L);
            assertThat(documents.keyList().stream().filter(ObjectId.class::isInstance).toList())
                    .containsExactlyElementsOf(ids.stream().sorted().toList());
        }
    }

    @Test
    void idsAnOlderServerStoredAreStillReadBesideNewOnes() {
        String file = folder.resolve("old.h2").toString();
        ObjectId old = new ObjectId();
        ObjectId added = new ObjectId();
        try (MVStore store = MVStore.open(file)) {
            map(store, new ObjectDataType()).put(old, old);
        }
        try (MVStore store = MVStore.open(file)) {
            map(store, new IdType()).put(added, added);
        }

        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> documents = map(store, new IdType());
            assertThat(documents.get(old)).isEqualTo(old);
            assertThat(documents.get(added)).isEqualTo(added);
            assertThat(documents.keyList()).containsExactlyElementsOf(Stream.of(old, added).sorted().toList());
        }
    }

    @Test
    void anIdIsWrittenAsItsTwelveBytesAndATag() {
        WriteBuffer compact = new WriteBuffer();
        new IdType().write(compact, new ObjectId());
        WriteBuffer serialised = new WriteBuffer();
        new ObjectDataType().write(serialised, new ObjectId());

        assertThat(compact.position()).isEqualTo(13);
        assertThat(serialised.position()).isGreaterThan(50);
    }

    private static MVMap<Object, Object> map(MVStore store, ObjectDataType type) {
        return store.openMap("ids", new MVMap.Builder<>().keyType(type).valueType(type));
    }
}
