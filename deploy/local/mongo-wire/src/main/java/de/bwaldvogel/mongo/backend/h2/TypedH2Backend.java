package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;

/** The H2 file backend with {@link OrderedKeysH2Database}'s faster unique indexes. */
public class OrderedKeysH2Backend extends H2Backend {

    public OrderedKeysH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new OrderedKeysH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
