package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that answers {@code {_id: {$in: [...]}}} from the id index alone. The library looks the ids up
 * in the index, then matches every document found against the whole query again, which compares each document's id
 * with every id of the list: 40,000 comparisons for the relay's batch of 200 deliveries, a fifth of the server's
 * time at 1,000 hooks/s. The index lookup is already exact (the same value order as the matcher's).
 */
class IdListCollection extends H2Collection {

    private static final Document EVERY_DOCUMENT = new Document();

    IdListCollection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> dataMap,
            MVMap<String, Object> metaMap,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult matchDocuments(
            Document query,
            Iterable<Object> positions,
            Document orderBy,
            int numberToSkip,
            int limit,
            int batchSize,
            Document fieldSelector) {
        if (!isIdList(query)) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Stream<Document> documents = StreamSupport.stream(positions.spliterator(), false)
                .map(this::getDocument)
                .filter(Objects::nonNull);
        return matchDocumentsFromStream(
                documents, EVERY_DOCUMENT, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** Only plain values ({@link PlainValues}): any other list is matched by the library as before. */
    private boolean isIdList(Document query) {
        return query.size() == 1
                && query.get(getIdField()) instanceof Document condition
                && condition.size() == 1
                && condition.get("$in") instanceof Collection<?> ids
                && ids.stream().allMatch(PlainValues::isPlain);
    }
}
