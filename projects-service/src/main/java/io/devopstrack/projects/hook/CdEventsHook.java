package io.devopstrack.projects.hook;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.devopstrack.projects.integration.IntegrationKind;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * CDEvents over the CloudEvents 1.0 HTTP binding, binary ({@code ce-*} headers, the CDEvent as body) or structured
 * ({@code application/cloudevents+json}, read by cloudevents-json-jackson) mode, authenticated by
 * {@code Authorization: Bearer <secret>}. The delivery id is {@code <source> <id>} (a space cannot occur in a URI
 * reference), which CloudEvents defines as unique per event; the event name is the CloudEvent type; what is kept
 * is the CDEvent itself (the event's data), which repeats its own context and subject.
 */
@Component
class CdEventsHook implements HookSource {

    /** Spec 0.3 and 0.4 type names: {@code dev.cdevents.<subject>.<predicate>.<version>}. */
    private static final Pattern HANDLED = Pattern.compile("dev\\.cdevents\\.(pipelinerun\\.(queued|started|finished)"
            + "|taskrun\\.(started|finished)|change\\.merged|service\\.(deployed|upgraded|rolledback)"
            + "|incident\\.(detected|reported|resolved))\\.\\d+\\.\\d+\\.\\d+.*");

    @Override
    public IntegrationKind kind() {
        return IntegrationKind.CDEVENTS;
    }

    @Override
    public Received read(HookRequest request) {
        CloudEvent event;
        try {
            MessageReader reader = HttpMessageFactory.createReader(request.headers(), request.body());
            event = reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new BadHookBody("The request is not a CloudEvent in binary or structured mode: " + e.getMessage());
        }
        if (event.getData() == null) {
            throw new BadHookBody("A CDEvent CloudEvent must carry the CDEvent as data.");
        }
        byte[] data = event.getData().toBytes();
        JsonNode parsed = JsonBodies.object(data);
        String deliveryId = event.getSource() + " " + event.getId();
        String ignored = HANDLED.matcher(event.getType()).matches()
                ? null
                : "event " + event.getType() + " carries nothing for DevOpsTrack";
        return new Received(deliveryId, event.getType(), data, List.of(), ignored, parsed);
    }

    @Override
    public String claimedDeliveryId(HookRequest request) {
        String source = request.header("ce-source");
        String id = request.header("ce-id");
        return source == null || id == null ? null : source + " " + id;
    }

    @Override
    public String claimedEvent(HookRequest request) {
        return request.header("ce-type");
    }
}
