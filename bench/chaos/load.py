"""The steady load: job starts, signed GitHub deliveries, project creations and edits, user creations, logins
and refresh-token rotations, dashboard reads. Every workload records in the Ledger what the platform accepted
(an answer received) and what is uncertain (no answer or a 5xx: it may or may not have happened)."""
import copy
import hashlib
import hmac
import json
import os
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "../../projects-service/src/test/resources/hooks/github/workflow_run.completed.json")
USER_PASSWORD = "chaos-password-1"


@dataclass
class Ports:
    auth: int
    projects: int
    tasks: int
    metrics: int


@dataclass
class Ledger:
    lock: threading.Lock = field(default_factory=threading.Lock)
    jobs: dict = field(default_factory=dict)            # job id -> accepted at (epoch s)
    jobs_unanswered: dict = field(default_factory=dict)   # Idempotency-Key -> True, a start without an answer
    jobs_uncertain_seen: list = field(default_factory=list)   # (time, status) of those requests
    jobs_started_again: int = 0                         # unanswered starts sent again under their key, then 202
    jobs_found_stored: int = 0                          # ... whose job the unanswered attempt had stored after all
    deliveries: dict = field(default_factory=dict)      # delivery id -> workflow_run id, 202 ACCEPTED
    deliveries_uncertain: dict = field(default_factory=dict)   # delivery id -> (body, run id), no answer
    redelivered_late: int = 0                           # unanswered ones delivered again after the faults
    redelivered_accepted: int = 0                       # a delivery id sent again after its 202 (must be DUPLICATE)
    duplicate_acceptances: list = field(default_factory=list)  # ... answered 202 again: a duplicate
    projects: dict = field(default_factory=dict)        # name -> id
    projects_uncertain: set = field(default_factory=set)
    edits: dict = field(default_factory=dict)           # project id -> {"version", "confirmed", "maybe": [..]}
    lost_edits: list = field(default_factory=list)
    users: dict = field(default_factory=dict)           # username -> id
    users_uncertain: set = field(default_factory=set)
    logins: dict = field(default_factory=dict)          # username -> logins that may have made a family
    chains: list = field(default_factory=list)          # refresh chains [{user, token, state}]
    lost_families: list = field(default_factory=list)


class Admin:
    """The admin's access token, renewed by a new login every 5 minutes (tokens live 15)."""

    def __init__(self, http, ports, username, password):
        self.http, self.ports, self.username, self.password = http, ports, username, password
        self.token, self.at, self.lock = None, 0, threading.Lock()

    def get(self):
        with self.lock:
            if self.token is None or time.monotonic() - self.at > 300:
                for _ in range(60):
                    a = self.http.call(None, "POST", self.ports.auth, "/auth/login",
                                       {"username": self.username, "password": self.password})
                    if a.ok:
                        self.token, self.at = a.body["accessToken"], time.monotonic()
                        break
                    time.sleep(1)
            return self.token


class Workloads:
    def __init__(self, http, ports, admin, ledger, project_id, hook_path, hook_secret, run_id):
        self.http, self.ports, self.admin, self.ledger = http, ports, admin, ledger
        self.project_id, self.hook_path, self.hook_secret = project_id, hook_path, hook_secret.encode()
        self.run_id = run_id
        self.counter = iter(range(1, 10**9))
        self.counter_lock = threading.Lock()
        with open(FIXTURE) as f:
            self.fixture = json.load(f)
        self.run_base = int(time.time()) * 1000

    def next(self):
        with self.counter_lock:
            return next(self.counter)

    # --- jobs -----------------------------------------------------------------------------------------
    def start_job(self):
        """A new start; now and then, as a client would, the start again of one that got no answer, under the
        same Idempotency-Key: it must answer the job the first attempt stored, if it did, not a second one."""
        led = self.ledger
        with led.lock:
            retry = led.jobs_unanswered.popitem()[0] if led.jobs_unanswered and random.random() < 0.5 else None
        self._start(retry or str(uuid.uuid4()), again=retry is not None)

    def _start(self, key, again):
        sent = datetime.now(timezone.utc)
        a = self.http.call("POST /tasks", "POST", self.ports.tasks, "/tasks",
                           {"projectId": self.project_id, "ref": "main"}, token=self.admin.get(),
                           headers={"Idempotency-Key": key})
        with self.ledger.lock:
            if a.status == 202:
                self.ledger.jobs[a.body["id"]] = time.time()
                self.ledger.jobs_started_again += again
                created = datetime.fromisoformat(a.body["createdAt"].replace("Z", "+00:00"))
                self.ledger.jobs_found_stored += again and created < sent
            elif a.uncertain:
                self.ledger.jobs_unanswered[key] = True
                if not again:
                    self.ledger.jobs_uncertain_seen.append((time.strftime("%H:%M:%S"), str(a.status)))
        return a.status == 202

    def start_unanswered_again(self):
        """After the faults, every start that got no answer is sent again under its key, until one fails."""
        while True:
            with self.ledger.lock:
                if not self.ledger.jobs_unanswered:
                    return
                key = self.ledger.jobs_unanswered.popitem()[0]
            if not self._start(key, again=True):
                return

    # --- hooks ----------------------------------------------------------------------------------------
    def _workflow_run(self, run_id):
        payload = copy.deepcopy(self.fixture)
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        sha = hashlib.sha1(str(run_id).encode()).hexdigest()
        run = payload["workflow_run"]
        run.update(id=run_id, name="chaos", run_attempt=1, status="completed",
                   conclusion=random.choice(["success", "success", "failure"]), head_sha=sha,
                   created_at=now, run_started_at=now, updated_at=now)
        run["head_commit"].update(id=sha, timestamp=now)
        return json.dumps(payload).encode()

    def _deliver(self, delivery_id, body):
        signature = "sha256=" + hmac.new(self.hook_secret, body, hashlib.sha256).hexdigest()
        return self.http.call("POST /hooks/github", "POST", self.ports.projects, self.hook_path, raw=body,
                              headers={"X-GitHub-Event": "workflow_run", "X-GitHub-Delivery": delivery_id,
                                       "X-Hub-Signature-256": signature}, expected=(200,))

    def deliver_hook(self):
        """A new delivery; now and then GitHub's redelivery of an uncertain one, or of an accepted one."""
        led = self.ledger
        with led.lock:
            retry = led.deliveries_uncertain.popitem() if led.deliveries_uncertain and random.random() < 0.5 else None
            again = None
            if not retry and led.deliveries and random.random() < 0.05:
                again = random.choice(list(led.deliveries.items()))
        if retry:
            delivery_id, (body, run_id) = retry
        elif again:
            delivery_id, run_id = again
            body = self._workflow_run(run_id)   # the same delivery id: dedup is by id, not body
        else:
            delivery_id, run_id = str(uuid.uuid4()), self.run_base + self.next()
            body = self._workflow_run(run_id)
        a = self._deliver(delivery_id, body)
        outcome = a.body.get("outcome") if isinstance(a.body, dict) else None
        with led.lock:
            if again:
                led.redelivered_accepted += 1
                if a.status == 202:
                    led.duplicate_acceptances.append((delivery_id, outcome, time.strftime("%H:%M:%S")))
            elif a.status == 202 and outcome == "ACCEPTED":
                led.deliveries[delivery_id] = run_id
            elif a.status == 200 and outcome == "DUPLICATE" and retry:
                led.deliveries[delivery_id] = run_id    # the first, unanswered, attempt was recorded
            elif a.uncertain:
                led.deliveries_uncertain[delivery_id] = (body, run_id)

    def redeliver_unanswered(self):
        """After the faults, GitHub's redelivery of every delivery that got no answer: 202 ACCEPTED, or 200
        DUPLICATE when the first attempt was recorded after all. Either way it must become exactly one run."""
        while True:
            with self.ledger.lock:
                if not self.ledger.deliveries_uncertain:
                    return
                delivery_id, (body, run_id) = self.ledger.deliveries_uncertain.popitem()
            a = self._deliver(delivery_id, body)
            outcome = a.body.get("outcome") if isinstance(a.body, dict) else None
            with self.ledger.lock:
                if (a.status, outcome) in ((202, "ACCEPTED"), (200, "DUPLICATE")):
                    self.ledger.deliveries[delivery_id] = run_id
                    self.ledger.redelivered_late += 1
                else:
                    self.ledger.deliveries_uncertain[delivery_id] = (body, run_id)
                    return

    # --- projects -------------------------------------------------------------------------------------
    def _create(self, kind, port, path, name, body, created, uncertain, also=None):
        """The admin's creation of the project or user `name`: on 201 the id answered is recorded under its name
        in `created` (and `also` is given the answer's body, still under the ledger's lock); without an answer
        the name goes into `uncertain`."""
        a = self.http.call(kind, "POST", port, path, body, token=self.admin.get())
        with self.ledger.lock:
            if a.status == 201:
                created[name] = a.body["id"]
                if also:
                    also(a.body)
            elif a.uncertain:
                uncertain.add(name)

    def create_project(self):
        name = f"chaos-{self.run_id}-p{self.next()}"

        def track_edits(project):
            self.ledger.edits[project["id"]] = {"name": name, "version": project["version"], "confirmed": "v0",
                                                "maybe": [], "stale": False}

        self._create("POST /projects", self.ports.projects, "/projects", name,
                     {"name": name, "description": "v0", "tags": ["chaos"]},
                     self.ledger.projects, self.ledger.projects_uncertain, also=track_edits)

    def edit_project(self):
        with self.ledger.lock:
            if not self.ledger.edits:
                return
            pid = random.choice(list(self.ledger.edits))
            state = self.ledger.edits[pid]
        if state["stale"]:
            a = self.http.call("GET /projects/{id}", "GET", self.ports.projects, f"/projects/{pid}",
                               token=self.admin.get())
            if a.ok:
                self._check_edit(pid, state, a.body["description"])
                state["version"], state["stale"] = a.body["version"], False
            return
        description = f"edit-{self.next()}"
        a = self.http.call("PUT /projects/{id}", "PUT", self.ports.projects, f"/projects/{pid}",
                           {"name": state["name"], "description": description, "tags": ["chaos"],
                            "version": state["version"]}, token=self.admin.get(), expected=(409,))
        if a.ok:
            state["version"], state["confirmed"], state["maybe"] = a.body["version"], description, []
        elif a.status == 409 or a.uncertain:
            if a.uncertain:
                state["maybe"].append(description)
            state["stale"] = True

    def _check_edit(self, pid, state, stored):
        """The stored description is the last confirmed edit or one sent after it without an answer."""
        if stored == state["confirmed"] or stored in state["maybe"]:
            state["confirmed"], state["maybe"] = stored, []
        else:
            with self.ledger.lock:
                self.ledger.lost_edits.append((pid, state["confirmed"], stored))

    # --- users, logins, refresh rotations ---------------------------------------------------------------
    def create_user(self):
        username = f"chaos-{self.run_id}-u{self.next()}"
        self._create("POST /auth/users", self.ports.auth, "/auth/users", username,
                     {"username": username, "password": USER_PASSWORD, "roles": ["VIEWER"]},
                     self.ledger.users, self.ledger.users_uncertain)

    def login(self):
        with self.ledger.lock:
            if not self.ledger.users:
                return
            username = random.choice(list(self.ledger.users))
            self.ledger.logins[username] = self.ledger.logins.get(username, 0) + 1
        a = self.http.call("POST /auth/login", "POST", self.ports.auth, "/auth/login",
                           {"username": username, "password": USER_PASSWORD})
        with self.ledger.lock:
            if a.ok:
                self.ledger.chains.append({"user": username, "token": a.body["refreshToken"], "state": "ok",
                                           "rotations": 0})
            elif not a.uncertain:
                self.ledger.logins[username] -= 1
                if a.status == 401:
                    self.ledger.lost_families.append((username, "login refused: user lost?"))

    def refresh(self):
        with self.ledger.lock:
            live = [c for c in self.ledger.chains if c["state"] == "ok" and not c.get("busy")]
            if not live:
                return
            chain = random.choice(live)
            chain["busy"] = True
        a = rotate(self.http, self.ports.auth, chain, "POST /auth/refresh")
        chain["busy"] = False
        if a.status == 401:
            with self.ledger.lock:
                self.ledger.lost_families.append((chain["user"], "refresh refused after a 200"))

    # --- dashboard reads ------------------------------------------------------------------------------
    def read_dashboard(self):
        token, p = self.admin.get(), self.project_id
        for kind, port, path in (("GET /projects", self.ports.projects, "/projects?size=20"),
                                 ("GET /tasks", self.ports.tasks, f"/tasks?projectId={p}&size=20"),
                                 ("GET /stats/summary", self.ports.metrics, f"/stats/summary?projectId={p}"),
                                 ("GET /stats/delivery", self.ports.metrics, f"/stats/delivery?projectId={p}")):
            self.http.call(kind, "GET", port, path, token=token)


def rotate(http, auth_port, chain, kind):
    """One refresh of a chain: its token is replaced on 200; without an answer the chain is left aside
    (the rotation may have happened, so the token held may be spent)."""
    a = http.call(kind, "POST", auth_port, "/auth/refresh", {"refreshToken": chain["token"]})
    if a.ok:
        chain["token"], chain["rotations"] = a.body["refreshToken"], chain["rotations"] + 1
    elif a.uncertain:
        chain["state"] = "uncertain"
    else:
        chain["state"] = "refused"
    return a


def run_at_rate(fn, per_second, threads, stop):
    """Calls fn about per_second times a second from `threads` threads until stop is set."""
    period = threads / per_second

    def loop(offset):
        next_at = time.monotonic() + offset
        while not stop.is_set():
            delay = next_at - time.monotonic()
            if delay > 0 and stop.wait(delay):
                return
            next_at = max(next_at + period, time.monotonic() - period)
            try:
                fn()
            except Exception as e:  # a bug in the client must not stop the load silently
                print(f"load: {fn.__name__} failed: {e!r}", flush=True)

    started = []
    for i in range(threads):
        t = threading.Thread(target=loop, args=(i * period / threads,), daemon=True, name=fn.__name__)
        t.start()
        started.append(t)
    return started
