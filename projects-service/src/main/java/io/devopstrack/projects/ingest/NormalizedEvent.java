package io.devopstrack.projects.ingest;

/** What a delivery means for DevOpsTrack, whatever system sent it. */
public sealed interface NormalizedEvent permits RunEvent, StageEvent, CommitSeen, DeploymentSeen, IncidentSeen {}
