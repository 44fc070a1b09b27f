#!/usr/bin/env bash
# Checks that every built service jar nests the libs/ jars as they are now built (libs/*/target), entry by entry
# (name and CRC; the jars' own times differ from build to build): a service jar that kept an older copy runs old
# library code although its build looked fine. Run by make build and make test, after packaging.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"

python3 - <<'PY'
import glob, io, os, sys, zipfile

def entries(archive):
    return {(i.filename, i.CRC) for i in archive.infolist() if not i.is_dir()}

libs = {os.path.basename(path): path for path in glob.glob('libs/*/target/devopstrack-*.jar')}
stale, checked = [], 0
for jar in sorted(glob.glob('*/target/*-service.jar') + glob.glob('tasks-worker/target/tasks-worker.jar')):
    with zipfile.ZipFile(jar) as service:
        for name in service.namelist():
            lib = libs.get(os.path.basename(name))
            if not name.startswith('BOOT-INF/lib/') or lib is None:
                continue
            checked += 1
            with zipfile.ZipFile(io.BytesIO(service.read(name))) as nested, zipfile.ZipFile(lib) as built:
                if entries(nested) != entries(built):
                    stale.append(f'{jar} nests another {os.path.basename(name)} than {lib}')
for line in stale:
    print(f'    ✗ {line}', file=sys.stderr)
if stale:
    sys.exit('error: service jars are stale: rebuild them (make build)')
print(f'    ✓ service jars nest the current libs/ jars ({checked} checked)')
PY
