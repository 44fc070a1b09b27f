package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;

/** The H2 file backend with {@link TypedH2Database}'s faster unique indexes. */
public class TypedH2Backend extends H2Backend {

    public TypedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
