// Renders a kustomization with `kubectl kustomize` and prints it in one stable layout (documents ordered by
// kind then name, keys sorted), so that the committed renderings do not depend on the kustomize version
// that made them (Debian's kubectl 1.20 has kustomize v2.0.3; newer kubectl versions lay YAML out
// differently). Used by deploy/k8s/render.sh.
//   node render-manifests.mjs <kustomization-dir> [header-comment-line...]
import { execFileSync } from "node:child_process";
import { parseAllDocuments, stringify } from "yaml";

const [dir, ...header] = process.argv.slice(2);
const kubectl = process.env.KUBECTL ?? "kubectl";
const rendered = execFileSync(kubectl, ["kustomize", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });

// The order in which kubectl apply should create them (namespaces and configuration first).
const ORDER = ["Namespace", "Secret", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler", "IngressRoute"];
const rank = (kind) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
const docs = parseAllDocuments(rendered)
  .map((d) => {
    if (d.errors.length) throw new Error(`kubectl kustomize ${dir}: ${d.errors[0].message}`);
    return d.toJS();
  })
  .filter(Boolean)
  .sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind) || a.metadata.name.localeCompare(b.metadata.name));

const out =
  header.map((line) => `# ${line}\n`).join("") +
  docs.map((doc, i) => `${i === 0 && header.length === 0 ? "" : "---\n"}${stringify(doc, { sortMapEntries: true, lineWidth: 0 })}`).join("");
process.stdout.write(out);
