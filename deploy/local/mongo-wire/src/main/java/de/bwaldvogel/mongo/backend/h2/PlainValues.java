package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;

/**
 * Values whose equality means the same to an index lookup and to the library's matcher: no arrays, documents,
 * patterns or nulls, which the matcher treats in ways of their own. A query with any other value is left to the
 * library.
 */
final class PlainValues {

    private PlainValues() {}

    static boolean isPlain(Object value) {
        return value instanceof Boolean
                || value instanceof String
                || value instanceof Number
                || value instanceof ObjectId
                || value instanceof Instant;
    }
}
