#!/usr/bin/env bash
# Prints a manifest with the DevOpsTrack images moved to the real GHCR owner
# and tag: ghcr.io/devopstrack/devopstrack-<service>:latest becomes
# ghcr.io/<owner>/devopstrack-<service>:<tag>. Used by deploy-eks.yml and
# infra/ansible; needs only sed.
# Usage: deploy/k8s/set-images.sh <owner> <tag> <manifest.yaml>
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 <owner> <tag> <manifest.yaml>" >&2
  exit 2
fi
owner="$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')"
tag="$2"
case "$owner" in *[!a-z0-9._-]*|'') echo "bad owner: $owner" >&2; exit 2 ;; esac
case "$tag" in *[!A-Za-z0-9._-]*|'') echo "bad tag: $tag" >&2; exit 2 ;; esac
sed -E "s#(image: *)ghcr\.io/devopstrack/(devopstrack-[a-z-]+):latest#\1ghcr.io/${owner}/\2:${tag}#" "$3"
