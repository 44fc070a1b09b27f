package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A non-unique index on one top-level field, in memory (built from the documents when the store opens), for queries with
 * that field equal to a plain value: {@code {pending: true, receivedAt: {$lt: ...}}} reads the pending deliveries
 * only, where the library, which ignores non-unique indexes, read and decoded every delivery ever logged (the
 * relay's sweep, once a minute). The library still matches each document found against the whole query. Positions
 * are the documents' ids, as H2Collection keeps them. Counted as sparse, so that removing a document does not need a
 * position from it.
 */
final class EqualityIndex extends Index<Object> {

    private static final String ID_FIELD = "_id";

    private final String field;
    private final Map<KeyValue, Set<Object>> positions = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    static boolean serves(List<IndexKey> keys) {
        // a path into sub-documents is left to the library: its key values do not reach into arrays of them
        return keys.size() == 1
                && !keys.get(0).getKey().equals(ID_FIELD)
                && !keys.get(0).getKey().contains(".");
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return PlainValues.isPlain(query.get(field));
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Set<Object> found = new LinkedHashSet<>();
        for (KeyValue value : getKeyValues(new Document(field, query.get(field)))) {
            found.addAll(positions.getOrDefault(value, Set.of()));
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue value : getKeyValues(document)) {
            positions.computeIfAbsent(value, any -> new LinkedHashSet<>()).add(position);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        removePosition(document, document.get(ID_FIELD));
        return null;
    }

    @Override
    public synchronized void updateInPlace(
            Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        if (!getKeyValues(oldDocument).equals(getKeyValues(newDocument))) {
            removePosition(oldDocument, position);
            add(newDocument, position, collection);
        }
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {}

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {}

    @Override
    public synchronized long getCount() {
        return positions.values().stream().mapToLong(Set::size).sum();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positions.clear();
    }

    private void removePosition(Document document, Object position) {
        for (KeyValue value : getKeyValues(document)) {
            Set<Object> atValue = positions.get(value);
            if (atValue != null && atValue.remove(position) && atValue.isEmpty()) {
                positions.remove(value);
            }
        }
    }
}
