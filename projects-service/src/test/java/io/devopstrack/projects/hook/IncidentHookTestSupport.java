package io.devopstrack.projects.hook;

import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.ingest.DeliveryRelay;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

/** Hooks that open incidents: no incident left from another test, and the delivery relay the test runs itself. */
abstract class IncidentHookTestSupport extends HookTestSupport {

    @Autowired
    protected DeliveryRelay relay;

    @BeforeEach
    void noIncidents() {
        mongo.remove(new Query(), Incident.class);
    }
}
