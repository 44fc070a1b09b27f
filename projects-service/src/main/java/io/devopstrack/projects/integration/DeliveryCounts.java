package io.devopstrack.projects.integration;

/** How many deliveries of an integration ended with each outcome; kept up to date with {@code $inc}. */
public record DeliveryCounts(long accepted, long duplicate, long ignored, long rejected) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0, 0);
}
