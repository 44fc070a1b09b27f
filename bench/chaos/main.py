"""The chaos run: set up a project with a GitHub integration, run the load and the faults for CHAOS_DURATION
seconds, wait for quiescence, reconcile from the stores, print the table. Exit 1 on any loss or duplicate,
or when a fault kind was never injected. Started by bench/chaos.sh, which starts the servers it talks to."""
import os
import sys
import threading
import time

from client import Http, Stats
from faults import Faults
from load import Admin, Ledger, Ports, Workloads, run_at_rate
from reconcile import Reconciler

RATES = {  # workload -> (requests per second, threads)
    "start_job": (float(os.environ.get("CHAOS_JOBS_PER_S", 20)), 4),
    "deliver_hook": (float(os.environ.get("CHAOS_HOOKS_PER_S", 10)), 3),
    "create_project": (0.5, 1),
    "edit_project": (2, 1),
    "create_user": (0.5, 1),
    "login": (1, 1),
    "refresh": (3, 1),
    "read_dashboard": (1, 2),
}
T0 = time.monotonic()


def log(message):
    print(f"[{time.monotonic() - T0:6.1f}s] {message}", flush=True)


def setup(http, ports, admin, run_id):
    token = admin.get()
    if token is None:
        sys.exit("chaos: the admin cannot log in")
    for _ in range(30):  # services just started may still be warming up (e.g. fetching the JWK Set)
        a = http.call(None, "POST", ports.projects, "/projects",
                      {"name": f"chaos-{run_id}", "description": "chaos run", "tags": ["chaos"]}, token=token)
        if not a.uncertain:
            break
        log(f"creating the chaos project: {a.status}; trying again")
        time.sleep(2)
    assert a.status == 201, f"creating the chaos project: {a.status} {a.body}"
    project_id = a.body["id"]
    a = http.call(None, "POST", ports.projects, f"/projects/{project_id}/integrations", {"kind": "github"},
                  token=token)
    assert a.status == 201, f"creating the GitHub integration: {a.status} {a.body}"
    return project_id, a.body["id"], a.body["hookPath"], a.body["secret"]


def table(stats, faults, rec, duration, github_jobs):
    rows = [("chaos run", f"{duration}s of load, then quiescence and reconciliation")]
    for kind, n in sorted(stats.requests.items()):
        rows.append((f"requests {kind}", str(n)))
    rows.append(("requests total", str(sum(stats.requests.values()))))
    for kind in Faults.kinds():
        rows.append((f"fault {kind}", str(faults.injected[kind])))
    errors = {}
    for (kind, status), n in stats.errors.items():
        errors.setdefault(status, []).append(f"{kind} {n}")
    for status in sorted(errors):
        rows.append((f"client errors {status}", ", ".join(sorted(errors[status]))))
    for kind, seconds in sorted(stats.longest_down.items()):
        rows.append((f"longest unavailability {kind}", f"{seconds:.1f}s"))
    rows.append(("deliveries reconciled against", "github jobs in tasks-service" if github_jobs
                 else "delivery log (MongoDB) + devopstrack:external-runs"))
    rows += [("note", n) for n in rec.notes]
    rows += [("lost", str(len(rec.lost))), ("duplicated", str(len(rec.duplicated)))]
    width = max(len(r[0]) for r in rows)
    print("\n" + "-" * (width + 40))
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value}")
    print("-" * (width + 40))
    for line in rec.lost[:50]:
        print(f"LOST        {line}")
    for line in rec.duplicated[:50]:
        print(f"DUPLICATED  {line}")


def main():
    env = os.environ
    duration = int(env.get("CHAOS_DURATION", 600))
    base = int(env["DEVOPSTRACK_SERVICE_PORT_BASE"])
    ports = Ports(base, base + 1, base + 2, base + 3)
    run_id = env.get("CHAOS_RUN_ID", str(int(time.time())))
    github_jobs = env.get("CHAOS_GITHUB_JOBS", "1") == "1"
    stats = Stats()
    http = Http(stats)
    admin = Admin(http, ports, env.get("DEVOPSTRACK_ADMIN_USERNAME", "admin"),
                  env.get("DEVOPSTRACK_ADMIN_PASSWORD", "admin-change-me"))
    ledger = Ledger()
    project_id, integration_id, hook_path, secret = setup(http, ports, admin, run_id)
    log(f"chaos project {project_id}, GitHub integration {integration_id}; load and faults for {duration}s")
    work = Workloads(http, ports, admin, ledger, project_id, hook_path, secret, run_id)

    stop = threading.Event()
    for name, (rate, threads) in RATES.items():
        run_at_rate(getattr(work, name), rate, threads, stop)
    faults = Faults(env["DEVOPSTRACK_LOCAL_DIR"], log)
    faults.schedule(duration, stop)
    for _ in range(duration // 10):
        time.sleep(10)
        log(f"{sum(stats.requests.values())} requests, {len(ledger.jobs)} jobs and {len(ledger.deliveries)} "
            f"deliveries accepted, faults {sum(faults.injected.values())}")
    time.sleep(duration % 10)
    stop.set()
    log("load stopped; waiting for the last faults to recover")
    faults.wait(240)
    stats.close()
    work.redeliver_unanswered()
    log(f"{ledger.redelivered_late} unanswered deliveries delivered again (GitHub's redelivery)")
    work.start_unanswered_again()
    log(f"{ledger.jobs_started_again} job starts answered when sent again under their Idempotency-Key (during the load "
        f"and after it); {ledger.jobs_found_stored} of them answered the job the unanswered attempt had stored")

    rec = Reconciler(http, ports, admin, ledger, {
        "redis_port": int(env["DEVOPSTRACK_REDIS_PORT"]), "influxd_port": int(env["DEVOPSTRACK_INFLUXD_PORT"]),
        "pg_port": int(env["DEVOPSTRACK_PG_PORT"]), "project_id": project_id, "integration_id": integration_id,
        "run_id": run_id, "github_jobs": github_jobs})
    rec.quiesce(int(env.get("CHAOS_QUIESCE_TIMEOUT", 240)), log)
    rec.run_all()
    table(stats, faults, rec, duration, github_jobs)
    missing = [k for k in Faults.kinds() if not faults.injected[k]]
    for failure in faults.failed:
        print(f"FAULT FAILED {failure}")
    if missing:
        print(f"FAULTS NEVER INJECTED: {', '.join(missing)}")
    ok = not rec.lost and not rec.duplicated and not missing
    print("chaos: " + ("PASSED (lost = 0, duplicated = 0, every fault injected)" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
