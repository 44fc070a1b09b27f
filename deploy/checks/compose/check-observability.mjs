// Consistency checks between deploy/compose.yml, Traefik, Prometheus and Grafana files.
// Usage: node check-observability.mjs compose|prom-sync|dashboards <repository root>
// Prints one line per problem and exits 1 when there is any.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const [what, root = '.'] = process.argv.slice(2);
const problems = [];
const fail = (msg) => problems.push(msg);
const readYaml = (file) => YAML.parse(readFileSync(join(root, file), 'utf8'), { merge: true });

const SERVICE_PORTS = {
  'auth-service': 8000, 'projects-service': 8001, 'tasks-service': 8002,
  'metrics-service': 8003, 'tasks-worker': 8004,
};
const BUILT = { ...SERVICE_PORTS, frontend: 8080 };
const REQUIRED = [...Object.keys(BUILT), 'postgres', 'mongodb', 'redis', 'influxdb', 'traefik', 'prometheus', 'alertmanager', 'grafana'];
const PUBLISHED = { ...SERVICE_PORTS, prometheus: 9090, alertmanager: 9093, grafana: 3000, nexus: 8081 };
const ROUTES = { '/auth': 'auth-service', '/projects': 'projects-service', '/tasks': 'tasks-service', '/stats': 'metrics-service', '/': 'frontend' };

function containerPorts(service) {
  return (service.ports ?? []).map((p) => Number(String(typeof p === 'object' ? p.target : p).split(':').at(-1).split('/')[0]));
}

function checkCompose() {
  const compose = readYaml('deploy/compose.yml');
  const services = compose.services ?? {};
  for (const name of REQUIRED) {
    const s = services[name];
    if (!s) { fail(`compose: service ${name} is missing`); continue; }
    if (s.profiles) fail(`compose: ${name} must start without a profile`);
  }
  for (const name of ['nexus', 'sonarqube']) {
    if (!services[name]) fail(`compose: optional service ${name} is missing`);
    else if (!(services[name].profiles ?? []).length) fail(`compose: ${name} must sit behind a profile`);
  }
  for (const [name, s] of Object.entries(services)) {
    if (!s.healthcheck && !(name in BUILT)) fail(`compose: ${name} has no healthcheck`);
    if (s.healthcheck?.disable) fail(`compose: ${name} disables its healthcheck`);
    if (!s.deploy?.resources?.limits?.memory) fail(`compose: ${name} has no memory limit`);
    if (s.image && /:latest$|^[^:]+$/.test(s.image.replace(/\$\{[^}]*\}/g, 'x'))) fail(`compose: ${name} image ${s.image} needs a pinned tag`);
    if (name in BUILT) {
      const dockerfile = s.build?.dockerfile ?? '';
      if (!dockerfile.endsWith('Dockerfile')) fail(`compose: ${name} must build from a Dockerfile`);
      if (!existsSync(join(root, 'deploy', s.build?.context ?? '.', dockerfile))) fail(`compose: ${name} build file ${s.build?.context}/${dockerfile} does not exist`);
    }
    if (name in SERVICE_PORTS) {
      // The Java services share the root Dockerfile: the build arguments name the module and its port.
      const args = s.build?.args ?? {};
      if (s.build?.context !== '..' || s.build?.dockerfile !== 'Dockerfile') fail(`compose: ${name} must build from the root Dockerfile (context .., dockerfile Dockerfile)`);
      if (args.SERVICE !== name) fail(`compose: ${name} must be built with SERVICE: ${name}`);
      if (Number(args.PORT) !== SERVICE_PORTS[name]) fail(`compose: ${name} must be built with PORT: "${SERVICE_PORTS[name]}"`);
    }
    const deps = s.depends_on ?? {};
    for (const [dep, spec] of Object.entries(Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, {}])) : deps)) {
      if (!services[dep]) fail(`compose: ${name} depends on unknown service ${dep}`);
      const isStore = ['postgres', 'mongodb', 'redis', 'influxdb'].includes(dep);
      if (isStore && spec?.condition !== 'service_healthy') fail(`compose: ${name} must wait for ${dep} to be healthy`);
    }
  }
  for (const [name, port] of Object.entries(PUBLISHED)) {
    if (services[name] && !containerPorts(services[name]).includes(port)) fail(`compose: ${name} must publish port ${port}`);
  }
  for (const [name, port] of Object.entries(BUILT)) {
    if (services[name] && (services[name].ports ?? []).some((p) => String(p).endsWith(`:${port}`) && String(p).split(':').length > 1)
      && !containerPorts(services[name]).includes(port)) fail(`compose: ${name} maps the wrong container port`);
  }
  const influx = services.influxdb?.environment ?? {};
  if (influx.DOCKER_INFLUXDB_INIT_ORG !== 'devopstrack') fail('compose: InfluxDB org must be devopstrack');
  if (influx.DOCKER_INFLUXDB_INIT_BUCKET !== 'metrics') fail('compose: InfluxDB bucket must be metrics');
  if (!/\$\{INFLUX_TOKEN/.test(readFileSync(join(root, 'deploy/compose.yml'), 'utf8'))) fail('compose: the InfluxDB token must come from the env file (INFLUX_TOKEN)');

  // Every ${VAR} that compose.yml interpolates is documented in .env.example.
  const text = readFileSync(join(root, 'deploy/compose.yml'), 'utf8').split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
  const used = new Set([...text.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]));
  const example = existsSync(join(root, 'deploy/.env.example')) ? readFileSync(join(root, 'deploy/.env.example'), 'utf8') : '';
  const listed = new Set([...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  for (const v of used) if (!listed.has(v)) fail(`deploy/.env.example: ${v} (used by compose.yml) is not listed`);

  // Traefik: the IngressRoute's routes, each to a Compose service on its port.
  const dynamicDir = 'deploy/traefik/dynamic';
  const routers = {}; const lbs = {};
  for (const f of readdirSync(join(root, dynamicDir)).filter((f) => /\.ya?ml$/.test(f))) {
    const doc = readYaml(`${dynamicDir}/${f}`) ?? {};
    Object.assign(routers, doc.http?.routers ?? {});
    Object.assign(lbs, doc.http?.services ?? {});
  }
  for (const [prefix, target] of Object.entries(ROUTES)) {
    const router = Object.values(routers).find((r) => r.rule === `PathPrefix(\`${prefix}\`)`);
    if (!router) { fail(`traefik: no router for PathPrefix(\`${prefix}\`)`); continue; }
    const urls = (lbs[router.service]?.loadBalancer?.servers ?? []).map((s) => s.url);
    if (!urls.includes(`http://${target}:${BUILT[target]}`)) fail(`traefik: ${prefix} must go to http://${target}:${BUILT[target]} (found ${urls.join(', ') || 'nothing'})`);
  }
  for (const [name, lb] of Object.entries(lbs)) {
    for (const { url } of lb.loadBalancer?.servers ?? []) {
      const host = new URL(url).hostname;
      if (!services[host]) fail(`traefik: service ${name} points at ${url}, not a Compose service`);
    }
  }

  // Prometheus (Compose copy) scrapes Compose services on their ports.
  const prom = readYaml('deploy/prometheus/prometheus.yml');
  for (const job of prom.scrape_configs ?? []) {
    for (const t of (job.static_configs ?? []).flatMap((c) => c.targets ?? [])) {
      const [host, port] = t.split(':');
      if (host === '127.0.0.1' || host === 'localhost') continue;
      if (!services[host]) fail(`prometheus.yml: job ${job.job_name} scrapes ${t}, not a Compose service`);
      else if (host in SERVICE_PORTS && Number(port) !== SERVICE_PORTS[host]) fail(`prometheus.yml: ${host} listens on ${SERVICE_PORTS[host]}, not ${port}`);
    }
  }
  return `${Object.keys(services).length} Compose services, ${Object.keys(routers).length} Traefik routers consistent`;
}

function checkPromSync() {
  const compose = readYaml('deploy/prometheus/prometheus.yml');
  const local = readYaml('deploy/prometheus/prometheus.local.yml');
  const jobs = (cfg) => Object.fromEntries((cfg.scrape_configs ?? []).map((j) => [j.job_name, j]));
  const cj = jobs(compose); const lj = jobs(local);
  const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(compose.rule_files, local.rule_files)) fail('prometheus: rule_files differ between prometheus.yml and prometheus.local.yml');
  if (!same(compose.global, local.global)) fail('prometheus: global settings differ between the two files');
  for (const name of Object.keys(lj)) if (!cj[name]) fail(`prometheus: job ${name} is only in prometheus.local.yml`);
  for (const [name, port] of Object.entries(SERVICE_PORTS)) {
    const c = cj[name]; const l = lj[name];
    if (!c || !l) { fail(`prometheus: job ${name} must be in both files`); continue; }
    for (const key of ['metrics_path', 'scrape_interval', 'relabel_configs', 'metric_relabel_configs']) {
      if (!same(c[key], l[key])) fail(`prometheus: job ${name} has a different ${key} in the two files`);
    }
    const targets = (j) => (j.static_configs ?? []).flatMap((s) => s.targets ?? []);
    if (!same(targets(c), [`${name}:${port}`])) fail(`prometheus.yml: job ${name} must scrape ${name}:${port}`);
    if (!same(targets(l), [`127.0.0.1:${port}`])) fail(`prometheus.local.yml: job ${name} must scrape 127.0.0.1:${port}`);
  }
  const alertmanagers = (cfg) => (cfg.alerting?.alertmanagers ?? []).flatMap((a) => a.static_configs ?? []).flatMap((c) => c.targets ?? []);
  if (!same(alertmanagers(compose), ['alertmanager:9093'])) fail('prometheus.yml: alerts must go to alertmanager:9093');
  if (!same(alertmanagers(local), ['127.0.0.1:9093'])) fail('prometheus.local.yml: alerts must go to 127.0.0.1:9093');
  return `${Object.keys(SERVICE_PORTS).length} service jobs, rule files, relabelling and Alertmanager identical`;
}

function checkDashboards() {
  const ds = readYaml('deploy/grafana/provisioning/datasources/datasources.yml');
  const sources = Object.fromEntries((ds.datasources ?? []).map((d) => [d.uid, d]));
  if (sources.prometheus?.type !== 'prometheus' || sources.prometheus?.url !== 'http://prometheus:9090') fail('grafana: data source uid prometheus must be type prometheus at http://prometheus:9090');
  if (sources.influxdb?.type !== 'influxdb' || sources.influxdb?.url !== 'http://influxdb:8086') fail('grafana: data source uid influxdb must be type influxdb at http://influxdb:8086');
  if (sources.influxdb && sources.influxdb.jsonData?.dbName !== 'metrics') fail('grafana: InfluxDB data source must read database (bucket) metrics');
  const provider = readYaml('deploy/grafana/provisioning/dashboards/dashboards.yml');
  const path = provider.providers?.[0]?.options?.path;
  const compose = readFileSync(join(root, 'deploy/compose.yml'), 'utf8');
  if (!path || !compose.includes(`./grafana/dashboards:${path}`)) fail(`grafana: dashboards path ${path} is not where compose.yml mounts deploy/grafana/dashboards`);

  const dir = 'deploy/grafana/dashboards';
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'));
  if (files.length < 2) fail('grafana: expected the services and pipelines dashboards');
  const uids = new Set(); let panelsSeen = 0;
  for (const f of files) {
    let dash;
    try { dash = JSON.parse(readFileSync(join(root, dir, f), 'utf8')); } catch (e) { fail(`${dir}/${f}: not JSON (${e.message})`); continue; }
    if (!dash.uid || uids.has(dash.uid)) fail(`${dir}/${f}: missing or duplicate uid`);
    uids.add(dash.uid);
    if (!dash.title) fail(`${dir}/${f}: no title`);
    const checkRef = (where, ref) => {
      if (!ref || typeof ref !== 'object' || !ref.uid) { fail(`${dir}/${f}: ${where} names no data source uid`); return; }
      if (ref.uid.startsWith('$') || ref.uid === '-- Grafana --') return;
      const src = sources[ref.uid];
      if (!src) fail(`${dir}/${f}: ${where} uses data source ${ref.uid}, which is not provisioned`);
      else if (ref.type && ref.type !== src.type) fail(`${dir}/${f}: ${where} says ${ref.uid} is ${ref.type}, provisioned as ${src.type}`);
    };
    const ids = new Set();
    const walk = (panels) => {
      for (const p of panels ?? []) {
        if (ids.has(p.id)) fail(`${dir}/${f}: duplicate panel id ${p.id}`);
        ids.add(p.id);
        if (p.type === 'row') { walk(p.panels); continue; }
        panelsSeen++;
        checkRef(`panel "${p.title}"`, p.datasource);
        if (!(p.targets ?? []).length) fail(`${dir}/${f}: panel "${p.title}" has no query`);
        for (const t of p.targets ?? []) {
          if (t.datasource) checkRef(`panel "${p.title}" query ${t.refId}`, t.datasource);
          const src = sources[(t.datasource ?? p.datasource)?.uid];
          if (src?.type === 'prometheus' && !t.expr) fail(`${dir}/${f}: panel "${p.title}" query ${t.refId} has no expr`);
          if (src?.type === 'influxdb' && !t.query) fail(`${dir}/${f}: panel "${p.title}" query ${t.refId} has no InfluxQL query`);
        }
      }
    };
    walk(dash.panels);
    for (const v of dash.templating?.list ?? []) if (v.type === 'query') checkRef(`variable ${v.name}`, v.datasource);
  }
  return `${files.length} dashboards, ${panelsSeen} panels, every data source provisioned`;
}

const checks = { compose: checkCompose, 'prom-sync': checkPromSync, dashboards: checkDashboards };
if (!checks[what]) { console.error(`usage: node check-observability.mjs ${Object.keys(checks).join('|')} <root>`); process.exit(2); }
let summary;
try { summary = checks[what](); } catch (e) { fail(`${what}: ${e.message}`); }
if (problems.length) { for (const p of problems) console.log(p); process.exit(1); }
console.log(summary);
