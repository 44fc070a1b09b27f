// Offline checks of the Kubernetes manifests under deploy/k8s/base (the sources and the two committed
// renderings) and, when given, of rendered overlays (deploy/k8s/render.sh local|eks saved in a folder).
//   node check-manifests.mjs schema  <repo-root> [rendered-dir]  every document validated by its kubernetes-models class
//   node check-manifests.mjs types   <repo-root> [rendered-dir]  every document type-checked by TypeScript (unknown fields fail)
//   node check-manifests.mjs consistency <repo-root> [rendered-dir]  images, ports, probes, selectors, routes agree
// The consistency of a whole deployment is checked on the committed renderings and the rendered overlays;
// the per-service source files are checked by schema and types.
// Each mode prints one line per problem and exits 1 if there is any.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";
import { validateScaledObject } from "./keda-scaledobject.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [mode, root = join(here, "../../.."), renderedDir] = process.argv.slice(2);
const k8sDir = join(root, "deploy/k8s/base");

// The service table of docs/contracts.md and DESIGN.md: name -> container port.
export const SERVICES = {
  "auth-service": 8000,
  "projects-service": 8001,
  "tasks-service": 8002,
  "metrics-service": 8003,
  "tasks-worker": 8004,
  frontend: 8080,
};
const JAVA = Object.keys(SERVICES).filter((s) => s !== "frontend");
// The edge routes of DESIGN.md: prefix -> service.
const ROUTES = {
  "/auth": "auth-service",
  "/projects": "projects-service",
  "/tasks": "tasks-service",
  "/stats": "metrics-service",
  "/": "frontend",
};

const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// Scaled on their queue's lag by a KEDA ScaledObject (deploy/k8s/base/keda/) instead of a CPU HPA.
const LAG_SCALED = ["tasks-worker"];
// KEDA publishes no kubernetes-models package: its ScaledObject has the minimal schema of keda-scaledobject.mjs.
const isKeda = (obj) => obj.apiVersion === "keda.sh/v1alpha1";

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

const label = (file) => (renderedDir && file.startsWith(renderedDir) ? `rendered/${relative(renderedDir, file)}` : relative(root, file));

function loadDocs(file) {
  const rel = label(file);
  const docs = [];
  parseAllDocuments(readFileSync(file, "utf8")).forEach((d, i) => {
    if (d.errors.length) {
      fail(`${rel} doc ${i + 1}`, `YAML error: ${d.errors[0].message.split("\n")[0]}`);
      return;
    }
    const obj = d.toJS();
    if (obj === null || obj === undefined) return; // empty document (comment only)
    docs.push({ where: `${rel} doc ${i + 1} (${obj.kind ?? "?"} ${obj.metadata?.name ?? "?"})`, obj });
  });
  return docs;
}

// apiVersion/kind -> module that exports the model class and its interface.
function modelModule(apiVersion, kind) {
  if (apiVersion === "traefik.io/v1alpha1") return `@kubernetes-models/traefik/traefik.io/v1alpha1/${kind}`;
  if (!apiVersion || !kind) return null;
  return `kubernetes-models/${apiVersion}/${kind}`;
}

// kustomization.yaml files are Kustomize's, not Kubernetes objects.
const files = [...yamlFiles(k8sDir), ...(renderedDir ? yamlFiles(renderedDir) : [])].filter((f) => !f.endsWith("kustomization.yaml"));
const WHOLE = ["deploy/k8s/base/apps/k8s-devopstrack-apps.yaml", "deploy/k8s/base/all-in-one.yaml"];
const all = files.flatMap(loadDocs);

async function schema() {
  for (const { where, obj } of all) {
    if (isKeda(obj)) {
      if (obj.kind !== "ScaledObject") fail(where, `no schema for keda.sh/v1alpha1 ${obj.kind}`);
      else for (const p of validateScaledObject(obj)) fail(where, p);
      continue;
    }
    const mod = modelModule(obj.apiVersion, obj.kind);
    if (!mod) { fail(where, "no apiVersion/kind"); continue; }
    let Model;
    try {
      Model = (await import(mod))[obj.kind];
    } catch {
      fail(where, `no model for ${obj.apiVersion} ${obj.kind}`);
      continue;
    }
    try {
      new Model(obj).validate();
    } catch (e) {
      fail(where, e.message.split("\n")[0]);
    }
  }
}

function types() {
  // One TypeScript file: every document as an object literal typed with its model's interface,
  // so that excess-property checks reject unknown or misspelt fields (readinesProbe, contianers...).
  const tmp = join(here, ".tmp-types");
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const imports = new Map();
  const lines = [];
  all.forEach(({ where, obj }, i) => {
    if (isKeda(obj)) return; // checked field by field in schema()
    const mod = modelModule(obj.apiVersion, obj.kind);
    if (!mod) { fail(where, "no apiVersion/kind"); return; }
    const alias = `I${i}`;
    imports.set(alias, `import type { I${obj.kind} as ${alias} } from "${mod}";`);
    lines.push(`// ${where}\nexport const doc${i}: ${alias} = ${JSON.stringify(obj, null, 2)};`);
  });
  writeFileSync(join(tmp, "manifests.ts"), [...imports.values(), ...lines].join("\n") + "\n");
  writeFileSync(join(tmp, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: "commonjs", moduleResolution: "node", target: "es2020", skipLibCheck: true, types: [] },
    files: ["manifests.ts"],
  }));
  try {
    execFileSync(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", tmp], { stdio: "pipe" });
  } catch (e) {
    const out = `${e.stdout}${e.stderr}`.trim().split("\n").filter((l) => l.includes("error TS"));
    const src = readFileSync(join(tmp, "manifests.ts"), "utf8").split("\n");
    for (const l of out.slice(0, 20)) {
      // map the line back to the document comment above it
      const m = l.match(/manifests\.ts\((\d+),/);
      let doc = "manifests";
      if (m) for (let n = Number(m[1]) - 1; n >= 0; n--) if (src[n].startsWith("// ")) { doc = src[n].slice(3); break; }
      fail(doc, l.replace(/^.*error TS\d+: /, ""));
    }
    if (!out.length) fail("tsc", `${e.stdout}${e.stderr}`.trim().slice(0, 400) || e.message);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function consistency() {
  const byFile = new Map();
  for (const f of files) byFile.set(label(f), loadDocs(f));
  const required = ["deploy/k8s/base/namespaces.yaml", "deploy/k8s/base/apps/k8s-devopstrack-apps.yaml", "deploy/k8s/base/all-in-one.yaml"];
  for (const r of required) if (!byFile.has(r)) fail(r, "missing");

  const ns = (byFile.get("deploy/k8s/base/namespaces.yaml") ?? []).map((d) => d.obj);
  if (!ns.some((o) => o.kind === "Namespace" && o.metadata?.name === "devopstrack")) fail("namespaces.yaml", "no Namespace devopstrack");

  const aio = (byFile.get("deploy/k8s/base/all-in-one.yaml") ?? []).map((d) => d.obj);
  for (const kind of ["Namespace", "Secret", "Deployment", "Service", "IngressRoute", "ScaledObject"]) {
    if (!aio.some((o) => o.kind === kind)) fail("all-in-one.yaml", `has no ${kind}`);
  }

  for (const [file, docs] of byFile) {
    const rendered = file.startsWith("rendered/");
    if (!WHOLE.includes(file) && !rendered) continue;
    const objs = docs.map((d) => d.obj);
    const deployments = objs.filter((o) => o.kind === "Deployment");
    const services = objs.filter((o) => o.kind === "Service");
    const hpas = objs.filter((o) => o.kind === "HorizontalPodAutoscaler");
    const configMaps = new Set(objs.filter((o) => o.kind === "ConfigMap").map((o) => o.metadata.name));
    const secrets = objs.filter((o) => o.kind === "Secret");
    // A whole rendering holds its own ScaledObjects; the apps file's are in deploy/k8s/base/keda/.
    const scaledObjects = (objs.some((o) => o.kind === "ScaledObject") ? objs
      : all.filter((d) => d.where.startsWith("deploy/k8s/base/keda/")).map((d) => d.obj))
      .filter((o) => o.kind === "ScaledObject");

    for (const o of objs) {
      if (o.kind !== "Namespace" && o.metadata?.namespace !== "devopstrack") fail(`${file} ${o.kind} ${o.metadata?.name}`, "namespace is not devopstrack");
    }
    for (const s of secrets) {
      for (const [k, v] of Object.entries({ ...(s.stringData ?? {}), ...(s.data ?? {}) })) {
        if (String(v) !== "CHANGE_ME") fail(`${file} Secret ${s.metadata.name}`, `key ${k} is not the placeholder CHANGE_ME`);
      }
    }
    const names = deployments.map((d) => d.metadata.name).sort();
    const expected = Object.keys(SERVICES).sort();
    if (JSON.stringify(names) !== JSON.stringify(expected)) fail(file, `Deployments ${names} != ${expected}`);

    for (const d of deployments) {
      const name = d.metadata.name;
      const where = `${file} Deployment ${name}`;
      const port = SERVICES[name];
      const pod = d.spec?.template;
      const labels = pod?.metadata?.labels ?? {};
      for (const [k, v] of Object.entries(d.spec?.selector?.matchLabels ?? {})) {
        if (labels[k] !== v) fail(where, `selector ${k}=${v} does not match the pod labels`);
      }
      const spec = pod?.spec ?? {};
      if (!(spec.imagePullSecrets ?? []).some((s) => s.name === "image-pull-ghcr")) fail(where, "no imagePullSecrets image-pull-ghcr");
      if (spec.securityContext?.runAsNonRoot !== true) fail(where, "pod securityContext.runAsNonRoot is not true");
      const containers = spec.containers ?? [];
      if (containers.length !== 1) fail(where, "expected exactly one container");
      for (const c of containers) {
        // The committed renderings keep the placeholder owner and tag; an overlay sets its own.
        const image = rendered ? new RegExp(`^ghcr\\.io/[a-z0-9._-]+/devopstrack-${name}:[A-Za-z0-9._-]+$`) : `ghcr.io/devopstrack/devopstrack-${name}:latest`;
        if (rendered ? !image.test(c.image) : c.image !== image) fail(where, `image ${c.image} is not ${image}`);
        const http = (c.ports ?? []).find((p) => p.name === "http");
        if (!http || http.containerPort !== port) fail(where, `container port http != ${port}`);
        for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
          const get = c[probe]?.httpGet;
          if (!get) { if (probe !== "startupProbe") fail(where, `no ${probe}`); continue; }
          if (get.path !== "/healthz") fail(where, `${probe} path ${get.path} != /healthz`);
          if (get.port !== "http" && get.port !== port) fail(where, `${probe} port ${get.port} != ${port}`);
        }
        const sc = c.securityContext ?? {};
        if (sc.readOnlyRootFilesystem !== true) fail(where, "readOnlyRootFilesystem is not true");
        if (sc.allowPrivilegeEscalation !== false) fail(where, "allowPrivilegeEscalation is not false");
        if (!c.resources?.requests || !c.resources?.limits) fail(where, "no resources requests/limits");
        if (!(c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp")) fail(where, "no writable /tmp (emptyDir) for the read-only root file system");
        for (const ref of c.envFrom ?? []) {
          if (ref.configMapRef && !configMaps.has(ref.configMapRef.name)) fail(where, `ConfigMap ${ref.configMapRef.name} not in this file`);
        }
        for (const e of c.env ?? []) {
          const ref = e.valueFrom?.secretKeyRef;
          if (!ref) continue;
          const known = ["auth-db-credentials", "metrics-db-credentials", "devopstrack-admin", "projects-hook-key"];
          if (!known.includes(ref.name)) fail(where, `env ${e.name} reads unknown Secret ${ref.name}`);
        }
      }
      const ann = pod?.metadata?.annotations ?? {};
      if (JAVA.includes(name)) {
        if (ann["prometheus.io/scrape"] !== "true" || ann["prometheus.io/port"] !== String(port) || ann["prometheus.io/path"] !== "/metrics") {
          fail(where, "Prometheus scrape annotations missing or wrong");
        }
        if (!(containers[0]?.envFrom ?? []).some((r) => r.configMapRef)) fail(where, "no configuration from a ConfigMap");
      }
      const hpa = hpas.some((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === name);
      if (LAG_SCALED.includes(name)) {
        // KEDA makes the HPA of a ScaledObject's target itself: a second one would fight it.
        if (hpa) fail(where, "has an HPA, but is scaled by a KEDA ScaledObject");
        if (!scaledObjects.some((o) => o.metadata?.namespace === "devopstrack" && o.spec?.scaleTargetRef?.name === name
            && (o.spec.scaleTargetRef.kind ?? "Deployment") === "Deployment")) fail(where, "no KEDA ScaledObject");
      } else if (!hpa) fail(where, "no HorizontalPodAutoscaler");
    }

    for (const s of services) {
      const where = `${file} Service ${s.metadata.name}`;
      const target = deployments.find((d) => Object.entries(s.spec?.selector ?? {}).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v));
      if (!s.spec?.selector || !target) { fail(where, "selects no Deployment of this file"); continue; }
      const port = SERVICES[target.metadata.name];
      for (const p of s.spec.ports ?? []) {
        if (p.port !== port) fail(where, `port ${p.port} != ${port}`);
        if (p.targetPort !== "http" && p.targetPort !== port) fail(where, `targetPort ${p.targetPort} != http/${port}`);
      }
    }

    const routes = objs.filter((o) => o.kind === "IngressRoute").flatMap((o) => o.spec?.routes ?? []);
    if (!routes.length) fail(file, "no IngressRoute");
    for (const [prefix, svc] of Object.entries(ROUTES)) {
      const r = routes.find((rt) => rt.match === `PathPrefix(\`${prefix}\`)`);
      if (!r) { fail(file, `IngressRoute does not route ${prefix}`); continue; }
      for (const backend of r.services ?? []) {
        const s = services.find((x) => x.metadata.name === backend.name);
        if (backend.name !== svc) fail(file, `route ${prefix} goes to ${backend.name}, expected ${svc}`);
        if (!s) fail(file, `route ${prefix}: Service ${backend.name} not in this file`);
        else if (!(s.spec.ports ?? []).some((p) => p.port === backend.port)) fail(file, `route ${prefix}: ${backend.name} has no port ${backend.port}`);
      }
    }
  }
}

if (mode === "schema") await schema();
else if (mode === "types") types();
else if (mode === "consistency") consistency();
else { console.error("usage: check-manifests.mjs schema|types|consistency [repo-root]"); process.exit(2); }

for (const p of problems) console.log(`  ${p}`);
if (problems.length) process.exit(1);
console.log(`  ${mode}: ${all.length} documents in ${files.length} files OK`);
