package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.DeliveryLine;
import io.devopstrack.projects.integration.DeliveryLog;
import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.integration.HookTarget;
import io.devopstrack.projects.integration.HookTargets;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.integration.IntegrationKind;
import io.devopstrack.projects.integration.Payloads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Verify, record, answer. A 202 is given only once the delivery is inserted in MongoDB (the relay works from
 * that record); a redelivery breaks the unique (integrationId, key) index and is answered DUPLICATE. The integration
 * and its project come from {@link HookTargets} (read at most a second ago), so that insert is the one MongoDB call.
 */
@Service
public class HookIntake {

    private final HookTargets targets;
    private final DeliveryLog log;
    private final Map<IntegrationKind, HookSource> sources;
    private final Clock clock;

    public HookIntake(HookTargets targets, DeliveryLog log, List<HookSource> sources, Clock clock) {
        this.targets = targets;
        this.log = log;
        this.clock = clock;
        this.sources = sources.stream().collect(Collectors.toMap(HookSource::kind, Function.identity()));
    }

    public HookAnswer receive(String kindPath, String integrationId, HookRequest request) {
        HookTarget target = targets.find(integrationId).orElseThrow(HookNotFound::new);
        Integration integration = target.integration();
        if (!integration.kind().path().equals(kindPath) || !sources.containsKey(integration.kind())) {
            throw new HookNotFound();
        }
        HookSource source = sources.get(integration.kind());
        Instant now = clock.instant();
        if (!source.authentic(request, target.secret())) {
            log.rejected(integration, refused(source, request, "missing or wrong signature", now));
            throw new HookUnauthorized("Missing or wrong signature or token.");
        }
        Received received;
        try {
            received = source.read(request);
        } catch (BadHookBody e) {
            log.rejected(integration, refused(source, request, e.getMessage(), now));
            throw e;
        }
        String ignored = received.ignoredReason() != null
                ? received.ignoredReason()
                : RepositoryMatch.ignoredReason(target.repositories(), received.repositoryUrls());
        DeliveryOutcome outcome = ignored == null ? DeliveryOutcome.ACCEPTED : DeliveryOutcome.IGNORED;
        byte[] payload = outcome == DeliveryOutcome.ACCEPTED ? Payloads.gzip(received.payload()) : null;
        JsonNode parsed = outcome == DeliveryOutcome.ACCEPTED ? received.parsed() : null;
        boolean first = log.recordOnce(
                integration,
                new DeliveryLine(received.deliveryId(), received.event(), outcome, ignored, payload, parsed, now));
        return new HookAnswer(received.deliveryId(), first ? outcome : DeliveryOutcome.DUPLICATE);
    }

    private static DeliveryLine refused(HookSource source, HookRequest request, String why, Instant now) {
        return DeliveryLine.rejected(source.claimedDeliveryId(request), source.claimedEvent(request), why, now);
    }
}
