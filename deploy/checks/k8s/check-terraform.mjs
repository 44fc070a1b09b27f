// Offline check of infra/terraform: every .tf file parses (HCL -> JSON with
// @cdktf/hcl2json) and the configuration holds what the design asks for.
//   node check-terraform.mjs [repo-root]
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@cdktf/hcl2json";

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, "../../..");
const tfDir = join(root, "infra/terraform");
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

function tfFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === ".terraform") return [];
    if (statSync(p).isDirectory()) return tfFiles(p);
    return name.endsWith(".tf") ? [p] : [];
  });
}

// Merge the parsed files of one directory (one Terraform root module).
const modules = new Map();
for (const file of tfFiles(tfDir)) {
  const rel = relative(root, file);
  let json;
  try {
    json = await parse(rel, readFileSync(file, "utf8"));
  } catch (e) {
    fail(rel, String(e.message ?? e).split("\n")[0]);
    continue;
  }
  const dir = relative(root, dirname(file));
  const merged = modules.get(dir) ?? {};
  for (const [block, body] of Object.entries(json)) {
    if (Array.isArray(body)) merged[block] = [...(merged[block] ?? []), ...body];
    else {
      merged[block] ??= {};
      for (const [k, v] of Object.entries(body)) merged[block][k] = Array.isArray(v) ? [...(merged[block][k] ?? []), ...v] : { ...(merged[block][k] ?? {}), ...v };
    }
  }
  modules.set(dir, merged);
}

const main = modules.get("infra/terraform");
if (!main) fail("infra/terraform", "no parsable .tf files");
else {
  const where = "infra/terraform";
  const first = (x) => (Array.isArray(x) ? x[0] : x);
  const variables = Object.fromEntries(Object.entries(main.variable ?? {}).map(([k, v]) => [k, first(v)]));
  // resolve "${var.x}" to the variable's default
  const val = (x) => {
    const m = typeof x === "string" && x.match(/^\$\{var\.([a-z_0-9]+)\}$/);
    return m ? variables[m[1]]?.default : x;
  };

  const tf = first(main.terraform) ?? {};
  const s3 = first(first(tf.backend)?.s3);
  if (!s3) fail(where, "no S3 backend");
  else {
    if (!s3.dynamodb_table) fail(where, "S3 backend has no dynamodb_table (state locking)");
    if (s3.region !== "eu-west-3") fail(where, `S3 backend region ${s3.region} != eu-west-3`);
    if (s3.encrypt !== true) fail(where, "S3 backend state is not encrypted");
  }
  const providers = first(tf.required_providers) ?? {};
  if (!providers.aws?.version) fail(where, "aws provider version not constrained");
  if (val(first(main.provider?.aws)?.region) !== "eu-west-3") fail(where, "aws provider region is not eu-west-3");

  const mods = Object.fromEntries(Object.entries(main.module ?? {}).map(([k, v]) => [k, first(v)]));
  for (const [name, m] of Object.entries(mods)) {
    if (m.source?.startsWith("terraform-aws-modules/") && !/^\d+\.\d+\.\d+$/.test(m.version ?? "")) fail(where, `module ${name} version "${m.version}" is not pinned to an exact release`);
  }
  const vpc = Object.values(mods).find((m) => m.source === "terraform-aws-modules/vpc/aws");
  if (!vpc) fail(where, "no terraform-aws-modules/vpc/aws module");
  else {
    if (val(vpc.cidr) !== "10.0.0.0/16") fail(where, `VPC CIDR ${val(vpc.cidr)} != 10.0.0.0/16`);
    if (!(vpc.enable_nat_gateway === true && vpc.single_nat_gateway === true)) fail(where, "VPC must have exactly one NAT gateway (enable_nat_gateway + single_nat_gateway)");
    if (vpc.create_igw === false) fail(where, "VPC has no Internet gateway");
    if (!vpc.private_subnets || !vpc.public_subnets) fail(where, "VPC lacks public or private subnets");
    if (!/slice\(.*, 0, 3\)/.test(JSON.stringify(main.locals ?? "")) && !/eu-west-3[abc]/.test(JSON.stringify(vpc.azs))) fail(where, "VPC is not spread over three AZs");
  }
  const eks = Object.values(mods).find((m) => m.source === "terraform-aws-modules/eks/aws");
  if (!eks) fail(where, "no terraform-aws-modules/eks/aws module");
  else {
    if (!/^\$\{var\./.test(eks.cluster_version ?? "") || !/^1\.\d+$/.test(val(eks.cluster_version) ?? "")) fail(where, "cluster_version must be a variable with a 1.x default");
    if (!JSON.stringify(eks.cluster_encryption_config ?? {}).includes("secrets")) fail(where, "Kubernetes secrets are not KMS-encrypted (cluster_encryption_config)");
    const logs = eks.cluster_enabled_log_types ?? [];
    for (const l of ["api", "audit", "authenticator"]) if (!logs.includes(l)) fail(where, `control-plane log ${l} not sent to CloudWatch`);
    if (!/private_subnets/.test(eks.subnet_ids ?? "")) fail(where, "EKS not in the private subnets");
    const groups = Object.values(eks.eks_managed_node_groups ?? {});
    if (groups.length !== 1) fail(where, "expected one managed node group");
    for (const g of groups) {
      const types = val(g.instance_types);
      if (JSON.stringify(types) !== JSON.stringify(["t3.medium"])) fail(where, `node group instance types ${JSON.stringify(types)} != ["t3.medium"]`);
      if (val(g.min_size) !== 2 || val(g.max_size) !== 4) fail(where, `node group size ${val(g.min_size)}-${val(g.max_size)} != 2-4`);
      if (!/private_subnets/.test(g.subnet_ids ?? eks.subnet_ids ?? "")) fail(where, "node group not in the private subnets");
    }
  }
  const res = main.resource ?? {};
  if (!res.aws_ecr_repository) fail(where, "no aws_ecr_repository");
  const oidc = first(Object.values(res.aws_iam_openid_connect_provider ?? {})[0]);
  if (!oidc || oidc.url !== "https://token.actions.githubusercontent.com") fail(where, "no GitHub OIDC provider");
  const role = Object.values(res.aws_iam_role ?? {}).map(first).find((r) => r.name === "DevOpsTrackGitHub");
  if (!role) fail(where, "no IAM role DevOpsTrackGitHub");
  const trust = JSON.stringify(main.data?.aws_iam_policy_document ?? {});
  if (!trust.includes("token.actions.githubusercontent.com:sub") || !trust.includes("repo:${var.github_repository}:")) fail(where, "DevOpsTrackGitHub trust is not limited to this repository (sub condition)");
  if (/repo:\$\{var\.github_repository\}:\*|repo:\*/.test(trust)) fail(where, "DevOpsTrackGitHub trust uses a wildcard subject");
  const outputs = Object.keys(main.output ?? {});
  for (const o of ["cluster_name", "cluster_endpoint", "cluster_certificate_authority_data", "kubeconfig"]) if (!outputs.includes(o)) fail(where, `no output ${o}`);
}

for (const p of problems) console.log(`  ${p}`);
if (problems.length) process.exit(1);
console.log(`  terraform: ${[...modules.keys()].join(", ")} parsed and checked`);
