package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.IntegrationKind;

/** One kind of sender: how it authenticates, and how its delivery id, event and payload are read. */
public interface HookSource {

    IntegrationKind kind();

    /**
     * Constant-time check of the signature or token against the integration's secret: by default the bearer token
     * of {@code Authorization} (Alertmanager's and CDEvents emitters' way); GitHub signs the body, GitLab sends a
     * token header of its own.
     */
    default boolean authentic(HookRequest request, String secret) {
        return Secrets.bearerMatches(request, secret);
    }

    /** Reads an authenticated delivery; a body that is not what the headers say throws {@link BadHookBody}. */
    Received read(HookRequest request);

    /** The delivery id and event a rejected request claims, for its REJECTED line (may be null). */
    String claimedDeliveryId(HookRequest request);

    String claimedEvent(HookRequest request);
}
