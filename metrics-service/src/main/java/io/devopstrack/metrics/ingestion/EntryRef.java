package io.devopstrack.metrics.ingestion;

/** A Redis stream entry waiting for its point to be stored. */
record EntryRef(String stream, String id) {}
