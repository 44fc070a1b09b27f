package io.devopstrack.projects.support;

/** The API's path templates as the slice tests call them: the access-rule table and each controller's tests. */
public final class ApiPaths {

    public static final String PROJECTS = "/projects";
    public static final String PROJECT_BY_ID = "/projects/{id}";
    public static final String ENVIRONMENTS = "/projects/{id}/environments";
    public static final String ENVIRONMENT_BY_ID = "/projects/{id}/environments/{envId}";
    public static final String REPOSITORIES = "/projects/{id}/repositories";
    public static final String REPOSITORY_BY_ID = "/projects/{id}/repositories/{repoId}";
    public static final String VERSIONS = "/projects/{id}/versions";
    public static final String VERSION_DEPLOYMENTS = "/projects/{id}/versions/{version}/deployments";
    public static final String DEPLOYMENTS = "/projects/{id}/deployments";
    public static final String INCIDENTS = "/projects/{id}/incidents";
    public static final String INCIDENT_BY_ID = "/projects/{id}/incidents/{incidentId}";
    public static final String INCIDENT_RESOLVE = "/projects/{id}/incidents/{incidentId}/resolve";
    public static final String INTEGRATIONS = "/projects/{id}/integrations";
    public static final String INTEGRATION_BY_ID = "/projects/{id}/integrations/{integrationId}";
    public static final String INTEGRATION_SECRET = "/projects/{id}/integrations/{integrationId}/secret";
    public static final String INTEGRATION_DELIVERIES = "/projects/{id}/integrations/{integrationId}/deliveries";
    public static final String HOOK = "/hooks/{kind}/{integrationId}";

    private ApiPaths() {}
}
