package io.devopstrack.projects.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.ingest.ExternalDeployment;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.support.IntegrationTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The indexes the documents declare, created in an empty database of their own: the unique ones are what make a
 * redelivery a DUPLICATE and a repeated incident or deployment change nothing; the others serve the relays and lists.
 */
class MongoIndexesIntegrationTests extends IntegrationTest {

    private static final String DATABASE = "projects_indexes_test";

    @Autowired
    private MongoClient client;

    @Autowired
    private MongoConverter converter;

    @Autowired
    private MongoMappingContext mapping;

    private MongoTemplate empty;

    @BeforeEach
    void emptyDatabase() {
        client.getDatabase(DATABASE).drop();
        empty = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, DATABASE), converter);
    }

    @Test
    void everyDocumentTypeIsIndexed() {
        assertThat(new MongoIndexes(empty, mapping).documents())
                .containsExactly(
                        Incident.class, ExternalDeployment.class, Delivery.class, Integration.class, Project.class);
    }

    @Test
    void createsTheDeclaredIndexesWithTheirNamesAndUniqueness() {
        new MongoIndexes(empty, mapping).ensure();

        assertThat(indexes(Delivery.class))
                .contains(
                        "integration_key_unique unique [integrationId, key]",
                        "integration_receivedAt [integrationId, receivedAt]",
                        "pending [pending]");
        assertThat(indexes(Incident.class))
                .contains(
                        "project_source_key_unique unique [projectId, source, sourceKey]",
                        "project_detectedAt [projectId, detectedAt]",
                        "published [published]");
        assertThat(indexes(ExternalDeployment.class))
                .contains(
                        "project_source_externalId_unique unique [projectId, source, externalId]",
                        "published [published]");
        assertThat(indexes(Integration.class)).contains("projectId [projectId]");
        assertThat(indexes(Project.class))
                .contains(
                        "name_unique unique [name]",
                        "tags [tags]",
                        "createdAt [createdAt]",
                        "deployments_published [deployments.published]");
    }

    @Test
    void aSecondRunChangesNothing() {
        MongoIndexes indexes = new MongoIndexes(empty, mapping);
        indexes.ensure();
        List<String> first = indexes(Delivery.class);

        new MongoIndexes(empty, mapping).ensure();

        assertThat(indexes(Delivery.class)).containsExactlyInAnyOrderElementsOf(first);
    }

    private List<String> indexes(Class<?> type) {
        return empty.indexOps(type).getIndexInfo().stream()
                .map(index -> index.getName()
                        + (index.isUnique() ? " unique " : " ")
                        + index.getIndexFields().stream()
                                .map(IndexField::getKey)
                                .collect(Collectors.joining(", ", "[", "]")))
                .toList();
    }
}
