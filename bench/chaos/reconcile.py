"""Reconciliation from the stores: what the clients were told was accepted, against what Redis, PostgreSQL,
InfluxDB and MongoDB (through projects-service) hold. Each check adds to `lost` and `duplicated` with a line
that names the record."""
import time
from datetime import datetime, timezone
from collections import Counter

from load import rotate
from stores import Redis, influx, psql

FINAL = {"SUCCEEDED", "FAILED", "CANCELLED"}
PREFIX = "devopstrack:"
# The job documents, their indexes and the executions stream share the {jobs} hash tag (libs/jobs RedisKeys).
SLOT = PREFIX + "{jobs}:"


class Reconciler:
    def __init__(self, http, ports, admin, ledger, cfg):
        self.http, self.ports, self.admin, self.ledger, self.cfg = http, ports, admin, ledger, cfg
        self.lost, self.duplicated, self.notes = [], [], []

    # --- helpers --------------------------------------------------------------------------------------
    def _redis(self):
        return Redis(self.cfg["redis_port"])

    def _pages(self, port, path, size=100):
        items, page = [], 0
        while True:
            sep = "&" if "?" in path else "?"
            a = self.http.call(None, "GET", port, f"{path}{sep}page={page}&size={size}", token=self.admin.get())
            if not a.ok:
                raise RuntimeError(f"GET {path}: {a.status}")
            items += a.body["content"]
            page += 1
            if page >= a.body["page"]["totalPages"]:
                return items

    def _loss(self, what, detail):
        self.lost.append(f"{what}: {detail}")

    def _dup(self, what, detail):
        self.duplicated.append(f"{what}: {detail}")

    # --- quiescence -----------------------------------------------------------------------------------
    def unsettled(self):
        """What is still on its way: accepted jobs not final, finished jobs not yet in InfluxDB, accepted
        deliveries not yet on the runs stream."""
        r = self._redis()
        try:
            ids = list(self.ledger.jobs)
            docs = r.mget_json([f"{SLOT}job:{i}" for i in ids])
            not_final = sum(1 for d in docs.values() if not d or d["status"] not in FINAL)
            runs = r.xrange_all(f"{PREFIX}external-runs")
        finally:
            r.close()
        counted = {row["job_id"] for row in influx(self.cfg["influxd_port"], "metrics",
                   f"SELECT job_id FROM job_runs WHERE project = '{self.cfg['project_id']}'")}
        finished = [i for i, d in zip(ids, docs.values()) if d and d["status"] in FINAL]
        on_stream = {f.get("deliveryId") for _, f in runs}
        left = {"jobs not final": not_final,
                "finished jobs not in InfluxDB": sum(1 for i in finished if i not in counted)}
        if not self.cfg.get("github_jobs"):
            left["deliveries not relayed"] = sum(1 for d in self.ledger.deliveries if d not in on_stream)
        else:
            jobs = {j["externalId"]: j for j in self._github_jobs()}
            runs_done = [jobs.get(str(r)) for r in self.ledger.deliveries.values()]
            left["runs without a final github job"] = sum(1 for j in runs_done if not j or j["status"] not in FINAL)
            left["github jobs not in InfluxDB"] = sum(1 for j in runs_done if j and j["id"] not in counted)
        return left

    def _github_jobs(self):
        return self._pages(self.ports.tasks, f"/tasks?source=github&projectId={self.cfg['project_id']}")

    def quiesce(self, timeout, log):
        deadline, left = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            try:
                left = self.unsettled()
            except Exception as e:
                left = {"stores not answering": str(e)}
            if not any(left.values()):
                log("quiescent: every accepted job final, counted, every delivery relayed")
                return True
            log(f"waiting for quiescence: {left}")
            time.sleep(5)
        log(f"not quiescent after {timeout}s: {left}")
        return False

    # --- checks ---------------------------------------------------------------------------------------
    def jobs(self):
        led, p = self.ledger, self.cfg["project_id"]
        r = self._redis()
        try:
            all_ids = r("ZRANGE", f"{SLOT}jobs:index:project:{p}", 0, -1)
            docs = r.mget_json([f"{SLOT}job:{i}" for i in all_ids])
            executions = r.xrange_all(f"{SLOT}executions")
        finally:
            r.close()
        simulated = {k[len(SLOT) + len("job:"):]: d for k, d in docs.items()
                     if d and d.get("source", "simulated") in (None, "simulated")}
        job_records, stage_records = Counter(), {}
        for _, f in executions:
            if f.get("projectId") != p:
                continue
            if f["kind"] == "job":
                job_records[f["jobId"]] += 1
            else:
                stage_records.setdefault(f["jobId"], []).append(f)
        counted = Counter(row["job_id"] for row in influx(self.cfg["influxd_port"], "metrics",
                          f"SELECT job_id FROM job_runs WHERE project = '{p}'"))
        for job_id in led.jobs:
            doc = simulated.get(job_id)
            if doc is None:
                self._loss("job", f"{job_id} accepted (202) but not in Redis")
                continue
            if doc["status"] not in FINAL:
                self._loss("job", f"{job_id} still {doc['status']}")
                continue
            n = job_records[job_id]
            if n == 0:
                self._loss("job execution record", f"{job_id} {doc['status']} has none on devopstrack:{jobs}:executions")
            elif n > 1:
                self._dup("job execution record", f"{job_id} has {n}")
            stages = Counter(s["stage"] for s in stage_records.get(job_id, []))
            for stage, k in stages.items():
                if k > 1:
                    self._dup("stage execution record", f"{job_id}/{stage} has {k}")
            if _overlapping(stage_records.get(job_id, [])) or _overlapping(
                    [s for s in doc["stages"] if s.get("startedAt") and s.get("finishedAt")]):
                self._dup("job ran twice at once", f"{job_id}: stage intervals overlap")
            c = counted[job_id]
            if c == 0:
                self._loss("job_runs point", f"{job_id} {doc['status']} not counted in InfluxDB")
            elif c > 1:
                self._dup("job_runs point", f"{job_id} counted {c} times in InfluxDB")
        # Every start without an answer was sent again under its Idempotency-Key, so a stored job that no 202
        # named is either a start still unanswered or a second job made by a start sent again.
        extra = [i for i in simulated if i not in led.jobs]
        unanswered = len(led.jobs_unanswered)
        if len(extra) > unanswered:
            self._dup("job", f"{len(extra)} stored jobs never answered 202, only {unanswered} starts still "
                             f"without an answer: {extra[:5]}")
        seen = Counter(status for _, status in led.jobs_uncertain_seen)
        created = sorted(simulated[i]["createdAt"][11:19] for i in extra)
        when = f" (created at {', '.join(created[:8])})" if created else ""
        self.notes.append(f"jobs: {len(led.jobs)} accepted ({led.jobs_started_again} of them when sent again under "
                          f"their key, {led.jobs_found_stored} of those the job the unanswered attempt had stored), {len(extra)} stored{when} from {unanswered} starts still without a 2xx "
                          f"answer; first answers that were not 2xx: {dict(seen)}")

    def deliveries(self):
        led, p, iid = self.ledger, self.cfg["project_id"], self.cfg["integration_id"]
        log = self._pages(self.ports.projects, f"/projects/{p}/integrations/{iid}/deliveries")
        accepted = Counter(d["deliveryId"] for d in log if d["outcome"] == "ACCEPTED")
        r = self._redis()
        try:
            runs = Counter(f.get("deliveryId") for _, f in r.xrange_all(f"{PREFIX}external-runs")
                           if f.get("kind") == "run" and f.get("projectId") == p)
        finally:
            r.close()
        jobs_by_run = None
        if self.cfg.get("github_jobs"):
            jobs = self._github_jobs()
            jobs_by_run = Counter(j.get("externalId") for j in jobs)
            github_job = {j.get("externalId"): j for j in jobs}
            counted = Counter(row["job_id"] for row in influx(self.cfg["influxd_port"], "metrics",
                              f"SELECT job_id FROM job_runs WHERE project = '{p}'"))
        redelivered = 0
        for delivery_id, run_id in led.deliveries.items():
            n = accepted[delivery_id]
            if n == 0:
                self._loss("delivery", f"{delivery_id} answered 202 ACCEPTED, no ACCEPTED line in MongoDB")
            elif n > 1:
                self._dup("delivery", f"{delivery_id} has {n} ACCEPTED lines")
            # tasks-service deletes the entries it has turned into jobs: the stream proves something only before.
            if jobs_by_run is None and runs[delivery_id] == 0:
                self._loss("run event", f"delivery {delivery_id} never reached devopstrack:external-runs")
            redelivered += runs[delivery_id] > 1
            if jobs_by_run is not None:
                k = jobs_by_run[str(run_id)]
                if k == 0:
                    self._loss("github job", f"run {run_id} (delivery {delivery_id}) has no job")
                elif k > 1:
                    self._dup("github job", f"run {run_id} has {k} jobs")
                if k:
                    job = github_job[str(run_id)]
                    if job["status"] not in FINAL:
                        self._loss("github job", f"{job['id']} (run {run_id}) still {job['status']}")
                    elif counted[job["id"]] != 1:
                        (self._loss if not counted[job["id"]] else self._dup)(
                            "job_runs point", f"github job {job['id']} counted {counted[job['id']]} times")
        for delivery_id, outcome, at in led.duplicate_acceptances:
            lines = [(d["outcome"], d["receivedAt"]) for d in log if d["deliveryId"] == delivery_id]
            self._dup("delivery", f"{delivery_id} sent again at {at} after its 202 answered 202 {outcome} (not 200 "
                                  f"DUPLICATE); its lines in the log: {lines}; run events on the stream: "
                                  f"{runs[delivery_id]}")
        self.notes.append(f"deliveries: {len(led.deliveries)} accepted, {led.redelivered_accepted} sent again "
                          f"(all must be DUPLICATE), {led.redelivered_late} unanswered ones redelivered after the faults, "
                          f"{len(led.deliveries_uncertain)} never answered; "
                          f"{redelivered} relayed more than once to the stream (at-least-once, allowed)"
                          + (f"; {len(jobs_by_run)} github jobs" if jobs_by_run is not None else ""))

    def users_and_families(self):
        led, run = self.ledger, self.cfg["run_id"]
        pg = self.cfg["pg_port"]
        stored = Counter(row[0] for row in psql(pg, f"SELECT lower(username) FROM users "
                                                    f"WHERE username LIKE 'chaos-{run}-%'"))
        for username in led.users:
            n = stored[username.lower()]
            if n == 0:
                self._loss("user", f"{username} created (201), not in PostgreSQL")
            elif n > 1:
                self._dup("user", f"{username} stored {n} times")
        for username, n in stored.items():
            if username not in led.users and username not in led.users_uncertain:
                self._dup("user", f"{username} stored but never created")
        families = {row[0]: int(row[1]) for row in psql(pg, f"""
            SELECT u.username, count(DISTINCT r.family_id) FROM refresh_tokens r JOIN users u ON u.id = r.user_id
            WHERE u.username LIKE 'chaos-{run}-%' GROUP BY u.username""")}
        for username, n in families.items():
            if n > led.logins.get(username, 0):
                self._dup("refresh family", f"{username} has {n} families from {led.logins.get(username, 0)} logins")
        for user, reason in led.lost_families:
            self._loss("refresh family", f"{user}: {reason}")
        checked = 0
        for chain in [c for c in led.chains if c["state"] == "ok"]:
            a = rotate(self.http, self.ports.auth, chain, None)
            checked += 1
            if not a.ok:
                self._loss("refresh family", f"{chain['user']}: last token of a chain after {chain['rotations']} "
                                             f"rotations answered {a.status}")
        self.notes.append(f"users: {len(led.users)} created, {len(led.users_uncertain)} unanswered; refresh "
                          f"chains: {len(led.chains)}, {checked} still refreshed at the end, "
                          f"{sum(c['state'] == 'uncertain' for c in led.chains)} left after an unanswered rotation")

    def projects(self):
        led, run = self.ledger, self.cfg["run_id"]
        stored = self._pages(self.ports.projects, f"/projects?q=chaos-{run}-p")
        names = Counter(p["name"] for p in stored)
        by_id = {p["id"]: p for p in stored}
        for name, pid in led.projects.items():
            if names[name] == 0:
                self._loss("project", f"{name} created (201), not in MongoDB")
            elif names[name] > 1:
                self._dup("project", f"{name} stored {names[name]} times")
        for name in names:
            if name not in led.projects and name not in led.projects_uncertain:
                self._dup("project", f"{name} stored but never created")
        for pid, state in led.edits.items():
            stored_project = by_id.get(pid)
            if stored_project and not (stored_project["description"] == state["confirmed"]
                                       or stored_project["description"] in state["maybe"]):
                self._loss("project edit", f"{pid}: stored {stored_project['description']!r}, "
                                           f"last acknowledged {state['confirmed']!r}")
        for pid, confirmed, found in led.lost_edits:
            self._loss("project edit", f"{pid}: read {found!r} after {confirmed!r} was acknowledged")
        self.notes.append(f"projects: {len(led.projects)} created, {len(led.projects_uncertain)} unanswered")

    def run_all(self):
        for check in (self.jobs, self.deliveries, self.users_and_families, self.projects):
            try:
                check()
            except Exception as e:
                self._loss(f"check {check.__name__}", f"could not run: {e!r}")


def _instant(text):
    """ISO-8601 UTC as (seconds, nanoseconds): Java writes 0 to 9 fraction digits, so strings do not sort."""
    whole, _, fraction = text.rstrip("Z").partition(".")
    return datetime.fromisoformat(whole).replace(tzinfo=timezone.utc).timestamp(), int((fraction + "0" * 9)[:9])


def _overlapping(stages):
    spans = sorted((_instant(s["startedAt"]), _instant(s["finishedAt"])) for s in stages)
    return any(b[0] < a[1] for a, b in zip(spans, spans[1:]))
