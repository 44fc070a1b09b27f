package io.devopstrack.projects.integration;

public enum DeliveryOutcome {
    ACCEPTED,
    DUPLICATE,
    IGNORED,
    REJECTED;

    /** The field of {@link DeliveryCounts} (and of the stored {@code counts}) this outcome raises. */
    String countField() {
        return "counts." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
