// A minimal offline schema of KEDA's ScaledObject (keda.sh/v1alpha1), for which no kubernetes-models package
// exists: the fields of KEDA 2.x's reference (docs "ScaledObject specification", scaler "redis-streams"), unknown
// keys rejected as the TypeScript models reject them, and the redis-streams trigger's rules (a stream, a
// consumer group with lagCount, an address from host/port or env, string values).
const KEYS = {
  root: ["apiVersion", "kind", "metadata", "spec"],
  metadata: ["name", "namespace", "labels", "annotations"],
  spec: ["scaleTargetRef", "pollingInterval", "cooldownPeriod", "initialCooldownPeriod", "idleReplicaCount",
    "minReplicaCount", "maxReplicaCount", "fallback", "advanced", "triggers"],
  scaleTargetRef: ["apiVersion", "kind", "name", "envSourceContainerName"],
  fallback: ["failureThreshold", "replicas", "behavior"],
  trigger: ["type", "name", "metadata", "authenticationRef", "metricType", "useCachedMetrics"],
  "redis-streams": ["address", "host", "port", "addressFromEnv", "hostFromEnv", "portFromEnv", "usernameFromEnv",
    "passwordFromEnv", "stream", "consumerGroup", "pendingEntriesCount", "streamLength", "lagCount",
    "activationLagCount", "enableTLS", "unsafeSsl", "databaseIndex"],
};
const INTEGERS = ["pollingInterval", "cooldownPeriod", "initialCooldownPeriod", "idleReplicaCount", "minReplicaCount",
  "maxReplicaCount"];

export function validateScaledObject(obj) {
  const problems = [];
  const unknown = (value, allowed, where) => {
    for (const k of Object.keys(value ?? {})) if (!allowed.includes(k)) problems.push(`${where}: unknown field ${k}`);
  };
  unknown(obj, KEYS.root, "ScaledObject");
  unknown(obj.metadata, KEYS.metadata, "metadata");
  if (!obj.metadata?.name) problems.push("metadata.name is required");
  const spec = obj.spec ?? {};
  unknown(spec, KEYS.spec, "spec");
  unknown(spec.scaleTargetRef, KEYS.scaleTargetRef, "spec.scaleTargetRef");
  if (!spec.scaleTargetRef?.name) problems.push("spec.scaleTargetRef.name is required");
  for (const k of INTEGERS) {
    if (k in spec && !(Number.isInteger(spec[k]) && spec[k] >= 0)) problems.push(`spec.${k} must be a non-negative integer`);
  }
  if ((spec.minReplicaCount ?? 0) > (spec.maxReplicaCount ?? 100)) problems.push("spec.minReplicaCount > maxReplicaCount");
  if (spec.fallback) {
    unknown(spec.fallback, KEYS.fallback, "spec.fallback");
    if (!Number.isInteger(spec.fallback.failureThreshold) || !Number.isInteger(spec.fallback.replicas)) {
      problems.push("spec.fallback needs integer failureThreshold and replicas");
    }
  }
  if (!Array.isArray(spec.triggers) || !spec.triggers.length) problems.push("spec.triggers must be a non-empty list");
  (spec.triggers ?? []).forEach((t, i) => {
    const where = `spec.triggers[${i}]`;
    unknown(t, KEYS.trigger, where);
    if (typeof t.type !== "string") { problems.push(`${where}.type is required`); return; }
    const md = t.metadata ?? {};
    for (const [k, v] of Object.entries(md)) if (typeof v !== "string") problems.push(`${where}.metadata.${k} must be a string`);
    if (t.type !== "redis-streams") return;
    unknown(md, KEYS["redis-streams"], `${where}.metadata`);
    if (!md.stream) problems.push(`${where}.metadata.stream is required`);
    if (!(md.address || md.addressFromEnv || ((md.host || md.hostFromEnv) && (md.port || md.portFromEnv)))) {
      problems.push(`${where}.metadata needs address(FromEnv) or host(FromEnv) and port(FromEnv)`);
    }
    if (md.lagCount !== undefined && !md.consumerGroup) problems.push(`${where}.metadata.lagCount needs consumerGroup`);
    for (const k of ["pendingEntriesCount", "streamLength", "lagCount", "activationLagCount", "databaseIndex"]) {
      if (md[k] !== undefined && !/^\d+$/.test(md[k])) problems.push(`${where}.metadata.${k} must be a whole number`);
    }
  });
  return problems;
}
