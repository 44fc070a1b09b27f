// Project rules for the Dockerfiles, on top of dockerfile-utils' syntax lint: the Java services' one
// parameterized Dockerfile (build arguments SERVICE and PORT), the dashboard's frontend/Dockerfile, and
// the image builds of CI's images job, which must give each Java service its own module and port.
// Usage: node lint-dockerfiles.mjs <repository root>   (exit 1 and one line per problem on failure)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import dockerfileAst from 'dockerfile-ast';
import YAML from 'yaml';

const { DockerfileParser } = dockerfileAst;
const root = process.argv[2] ?? '.';
const JAVA_PORTS = {
  'auth-service': 8000, 'projects-service': 8001, 'tasks-service': 8002,
  'metrics-service': 8003, 'tasks-worker': 8004,
};
// file -> the port its HEALTHCHECK probes and its runtime stage EXPOSEs (the Java image: its PORT argument)
const DOCKERFILES = { Dockerfile: '${PORT}', 'frontend/Dockerfile': '8080' };
const problems = [];

const modules = [...readFileSync(join(root, 'pom.xml'), 'utf8').matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1]);

for (const [file, port] of Object.entries(DOCKERFILES)) {
  const say = (msg) => problems.push(`${file}: ${msg}`);
  if (!existsSync(join(root, file))) { say('missing'); continue; }
  const text = readFileSync(join(root, file), 'utf8');
  const dockerfile = DockerfileParser.parse(text);
  const froms = dockerfile.getFROMs();
  const stages = new Set();
  for (const from of froms) {
    const image = from.getImageName();
    if (!stages.has(image)) {
      const tag = from.getImageTag();
      if (!from.getImageDigest() && (!tag || tag === 'latest')) say(`base image ${image} needs a pinned tag (not latest)`);
    }
    if (from.getBuildStage()) stages.add(from.getBuildStage());
  }
  if (froms.length < 2) say('must be multi-stage (a build stage and a slim runtime stage)');

  // The runtime stage: instructions after the last FROM; the build stages: those before it.
  const lastFromLine = froms.at(-1)?.getRange().start.line ?? 0;
  const runtime = dockerfile.getInstructions().filter((i) => i.getRange().start.line > lastFromLine);
  const building = dockerfile.getInstructions().filter((i) => i.getRange().start.line < lastFromLine);
  const argsOf = (instructions, keyword) => instructions.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');
  const args = (keyword) => argsOf(runtime, keyword);

  const users = args('USER');
  const user = users.at(-1);
  if (!user) say('runtime stage has no USER: the container would run as root');
  else if (/^(root|0)(:|$)/.test(user.trim())) say(`runtime stage runs as ${user.trim()}`);

  const health = args('HEALTHCHECK').at(-1);
  if (!health || /^NONE\b/i.test(health.trim())) say('runtime stage has no HEALTHCHECK');
  else if (!health.includes(`127.0.0.1:${port}/healthz`)) say(`HEALTHCHECK must probe http://127.0.0.1:${port}/healthz`);

  if (!args('EXPOSE').some((a) => a.split(/\s+/).includes(port))) say(`runtime stage must EXPOSE ${port}`);
  if (dockerfile.getInstructions().some((i) => i.getKeyword() === 'ADD')) say('use COPY, not ADD');

  if (file === 'frontend/Dockerfile') {
    if (!/nginx/.test(froms.at(-1)?.getImageName() ?? '')) say('the dashboard must be served by an nginx image');
    if (!/npm ci\b/.test(text)) say('install with npm ci (the lock file pins every package)');
    continue;
  }
  // The Java services' image
  if (!argsOf(building, 'ARG').some((a) => a.trim() === 'SERVICE')) say('the build stage must take the module as ARG SERVICE (no default)');
  if (!args('ARG').some((a) => a.trim() === 'PORT')) say('the runtime stage must take the port as ARG PORT (no default)');
  // server.port is ${PORT:…} in every service: the port probed and exposed must be the one it listens on.
  if (!args('ENV').some((a) => /^PORT=\$\{PORT\}$/.test(a.trim()))) say('the runtime stage must set ENV PORT=${PORT} (the port the service listens on)');
  const runtimeImage = `${froms.at(-1)?.getImageName()}:${froms.at(-1)?.getImageTag()}`;
  const major = Number((/temurin:(\d+)/.exec(runtimeImage) ?? [])[1]);
  if (!(major >= 21) || !/jre/.test(runtimeImage)) say(`runtime image ${runtimeImage} must be a JRE 21+ image`);
  if (!/-Djarmode=tools[^\n]*extract[^\n]*--layers/.test(text)) say('extract the Spring Boot layers (java -Djarmode=tools -jar … extract --layers)');
  for (const layer of ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application']) {
    if (!args('COPY').some((a) => a.includes(`/${layer}/`))) say(`runtime stage must COPY the ${layer} layer`);
  }
  // The extracted application layer holds a jar named like the one given to extract: the ENTRYPOINT must run that name.
  const extracted = (/-Djarmode=tools -jar (\S+?\.jar) extract/.exec(text) ?? [])[1]?.split('/').at(-1);
  if (extracted && !args('ENTRYPOINT').some((a) => a.includes(`"${extracted}"`))) say(`ENTRYPOINT must run ${extracted}, the jar that extract puts in the application layer`);
  if (!args('ENTRYPOINT').some((a) => /MaxRAMPercentage/.test(a))) say('ENTRYPOINT must size the heap from the container limit (-XX:MaxRAMPercentage)');
  if (!/-pl "?\$\{SERVICE\}"?\s/.test(text)) say('the Maven build must target the module named by SERVICE (-pl "${SERVICE}")');
  if (!/COPY \$\{SERVICE\}\/src\/main /.test(text)) say('COPY ${SERVICE}/src/main is missing (the module\'s own sources)');
  for (const module of modules) {
    if (!new RegExp(`COPY ${module}/pom\\.xml `).test(text)) say(`COPY ${module}/pom.xml is missing (the reactor reads every module's pom)`);
  }
  for (const service of Object.keys(JAVA_PORTS)) {
    if (!modules.includes(service)) say(`${service} is not a module of the parent pom`);
  }
}

// CI's images job: every Java service from the one Dockerfile with its own SERVICE and PORT, the dashboard from frontend/.
const ci = '.github/workflows/ci.yml';
if (!existsSync(join(root, ci))) problems.push(`${ci}: missing`);
else {
  const say = (msg) => problems.push(`${ci} images: ${msg}`);
  const job = YAML.parse(readFileSync(join(root, ci), 'utf8'))?.jobs?.images;
  const include = job?.strategy?.matrix?.include ?? [];
  const build = (job?.steps ?? []).find((step) => String(step.uses ?? '').startsWith('docker/build-push-action'))?.with ?? {};
  const built = Object.fromEntries(include.map((entry) => [entry.service, entry]));
  for (const [service, port] of Object.entries(JAVA_PORTS)) {
    if (!built[service]) say(`the matrix does not build ${service}`);
    else if (Number(built[service].port) !== port) say(`${service} must be built with port ${port}, not ${built[service].port}`);
  }
  if (!built.frontend) say('the matrix does not build frontend');
  const buildArgs = String(build['build-args'] ?? '');
  if (!/SERVICE=\$\{\{ matrix\.service \}\}/.test(buildArgs) || !/PORT=\$\{\{ matrix\.port \}\}/.test(buildArgs)) {
    say('build-push-action must pass build-args SERVICE=${{ matrix.service }} and PORT=${{ matrix.port }}');
  }
}

const ignore = (file, needles) => {
  const path = join(root, file);
  if (!existsSync(path)) { problems.push(`${file}: missing`); return; }
  const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim());
  for (const needle of needles) if (!lines.includes(needle)) problems.push(`${file}: should contain '${needle}'`);
};
ignore('.dockerignore', ['*', '**/target/']);
ignore('frontend/.dockerignore', ['node_modules', 'dist']);

if (problems.length) {
  for (const p of problems) console.log(p);
  process.exit(1);
}
console.log(`${Object.keys(DOCKERFILES).length} Dockerfiles (${Object.keys(JAVA_PORTS).length} Java services and the dashboard) and CI's image builds follow the project rules`);
