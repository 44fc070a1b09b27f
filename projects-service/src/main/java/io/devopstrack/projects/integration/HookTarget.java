package io.devopstrack.projects.integration;

import io.devopstrack.projects.repo.VcsRepository;
import java.util.List;

/** What a hook needs to verify and sort a delivery: the integration, its secret in the clear, its project's repositories. */
public record HookTarget(Integration integration, String secret, List<VcsRepository> repositories) {}
