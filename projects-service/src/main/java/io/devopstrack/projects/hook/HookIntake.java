package io.devopstrack.projects.hook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.devopstrack.projects.integration.DeliveryLog;
import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.integration.IntegrationKind;
import io.devopstrack.projects.integration.Payloads;
import io.devopstrack.projects.integration.SecretBox;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.project.ProjectUpdates;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Verify, record, answer. A 202 is given only once the delivery is inserted in MongoDB (the relay works from
 * that record); a redelivery breaks the unique (integrationId, key) index and is answered DUPLICATE.
 */
@Service
public class HookIntake {

    private final MongoTemplate mongo;
    private final SecretBox secrets;
    private final DeliveryLog log;
    private final Map<IntegrationKind, HookSource> sources;

    public HookIntake(MongoTemplate mongo, SecretBox secrets, DeliveryLog log, List<HookSource> sources) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.log = log;
        this.sources = sources.stream().collect(Collectors.toMap(HookSource::kind, Function.identity()));
    }

    public HookAnswer receive(String kindPath, String integrationId, HookRequest request) {
        Integration integration = ObjectId.isValid(integrationId) ? mongo.findById(integrationId, Integration.class) : null;
        if (integration == null || !integration.kind().path().equals(kindPath)
                || !sources.containsKey(integration.kind())) {
            throw new HookNotFound();
        }
        Project project = mongo.findById(integration.projectId(), Project.class);
        if (project == null) {
            throw new HookNotFound();
        }
        HookSource source = sources.get(integration.kind());
        Instant now = ProjectUpdates.now();
        if (!source.authentic(request, secrets.open(integration.sealedSecret()))) {
            log.rejected(integration, source.claimedDeliveryId(request), source.claimedEvent(request),
                    "missing or wrong signature", now);
            throw new HookUnauthorized("Missing or wrong signature or token.");
        }
        Received received;
        try {
            received = source.read(request);
        } catch (BadHookBody e) {
            log.rejected(integration, source.claimedDeliveryId(request), source.claimedEvent(request), e.getMessage(), now);
            throw e;
        }
        String ignored = received.ignoredReason() != null ? received.ignoredReason()
                : RepositoryMatch.ignoredReason(project.repositories(), received.repositoryUrls());
        DeliveryOutcome outcome = ignored == null ? DeliveryOutcome.ACCEPTED : DeliveryOutcome.IGNORED;
        byte[] payload = outcome == DeliveryOutcome.ACCEPTED ? Payloads.gzip(received.payload()) : null;
        boolean first = log.recordOnce(integration, received.deliveryId(), received.event(), outcome, ignored,
                payload, now);
        return new HookAnswer(received.deliveryId(), first ? outcome : DeliveryOutcome.DUPLICATE);
    }
}
