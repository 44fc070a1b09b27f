// Project rules for the Dockerfiles, on top of dockerfile-utils' syntax lint.
// Usage: node lint-dockerfiles.mjs <repository root>   (exit 1 and one line per problem on failure)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import dockerfileAst from 'dockerfile-ast';

const { DockerfileParser } = dockerfileAst;
const root = process.argv[2] ?? '.';
const PORTS = {
  'auth-service': 8000, 'projects-service': 8001, 'tasks-service': 8002,
  'metrics-service': 8003, 'tasks-worker': 8004, frontend: 8080,
};
const problems = [];

const modules = [...readFileSync(join(root, 'pom.xml'), 'utf8').matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1]);

for (const [service, port] of Object.entries(PORTS)) {
  const file = join(service, 'Dockerfile');
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

  // The runtime stage: instructions after the last FROM.
  const lastFromLine = froms.at(-1)?.getRange().start.line ?? 0;
  const runtime = dockerfile.getInstructions().filter((i) => i.getRange().start.line > lastFromLine);
  const args = (keyword) => runtime.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

  const users = args('USER');
  const user = users.at(-1);
  if (!user) say('runtime stage has no USER: the container would run as root');
  else if (/^(root|0)(:|$)/.test(user.trim())) say(`runtime stage runs as ${user.trim()}`);

  const health = args('HEALTHCHECK').at(-1);
  if (!health || /^NONE\b/i.test(health.trim())) say('runtime stage has no HEALTHCHECK');
  else if (!health.includes(`127.0.0.1:${port}/healthz`)) say(`HEALTHCHECK must probe http://127.0.0.1:${port}/healthz`);

  if (!args('EXPOSE').some((a) => a.split(/\s+/).includes(String(port)))) say(`runtime stage must EXPOSE ${port}`);
  if (dockerfile.getInstructions().some((i) => i.getKeyword() === 'ADD')) say('use COPY, not ADD');

  if (service === 'frontend') {
    if (!/nginx/.test(froms.at(-1)?.getImageName() ?? '')) say('the dashboard must be served by an nginx image');
    if (!/npm ci\b/.test(text)) say('install with npm ci (the lock file pins every package)');
    continue;
  }
  // Java services
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
  if (!new RegExp(`-pl ${service}\\b`).test(text)) say(`the Maven build must target its own module (-pl ${service})`);
  for (const module of modules) {
    if (!new RegExp(`COPY ${module}/pom\\.xml `).test(text)) say(`COPY ${module}/pom.xml is missing (the reactor reads every module's pom)`);
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
console.log(`${Object.keys(PORTS).length} Dockerfiles follow the project rules`);
