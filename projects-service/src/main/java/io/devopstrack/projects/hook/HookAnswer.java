package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.DeliveryOutcome;

public record HookAnswer(String deliveryId, DeliveryOutcome outcome) {}
