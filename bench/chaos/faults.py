"""The fault schedule: SIGKILL of each service (restarted at once, as a supervisor would), a restart of each
store, and network stalls through the stall proxies. Faults are spread over the first 80 % of the run; each
runs on its own thread so that a slow restart does not push the next fault back."""
import os
import signal
import subprocess
import threading
import time
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
SCHEDULE = [
    ("kill", "tasks-worker"), ("restart", "redis"), ("kill", "auth-service"), ("restart", "influx"),
    ("kill", "projects-service"), ("stall", "redis"), ("kill", "metrics-service"), ("restart", "postgres"),
    ("kill", "tasks-service"), ("restart", "mongo"), ("stall", "mongo"),
]


class Faults:
    def __init__(self, local_dir, log):
        self.run_dir = os.path.join(local_dir, "run")
        self.log = log
        self.injected = Counter()
        self.failed = []
        self.threads = []

    def _sh(self, *args):
        result = subprocess.run(["bash", *args], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()[-400:]}")

    def _pid(self, name):
        with open(os.path.join(self.run_dir, name + ".pid")) as f:
            return int(f.readline())

    def kill(self, service):
        pid = self._pid(service)
        os.kill(pid, signal.SIGKILL)
        self.injected[f"SIGKILL {service}"] += 1
        self.log(f"fault: SIGKILL {service}; restarting it")
        for _ in range(300):  # gone, so that services.sh does not take it for a running copy
            try:
                os.kill(pid, 0)
                time.sleep(0.1)
            except ProcessLookupError:
                break
        for attempt in (1, 2, 3):   # a supervisor starts a crashed process again
            try:
                self._sh("deploy/local/services.sh", "up", service)
                break
            except RuntimeError as e:
                if attempt == 3:
                    raise
                self.log(f"fault: {service} did not start (attempt {attempt}: {e}); starting it again")
        self.log(f"fault: {service} healthy again")

    def restart(self, store):
        self.log(f"fault: restarting {store}")
        self._sh("deploy/local/servers.sh", "down", store)
        self.injected[f"restart {store}"] += 1
        time.sleep(2)
        self._sh("deploy/local/servers.sh", "up", store)
        self.log(f"fault: {store} up again")

    def stall(self, store):
        os.kill(self._pid(f"stall-proxy-{store}"), signal.SIGUSR1)
        self.injected[f"stall {store}"] += 1
        self.log(f"fault: network stall on {store}")

    def _run(self, kind, target):
        try:
            getattr(self, kind)(target)
        except Exception as e:
            self.failed.append(f"{kind} {target}: {e}")
            self.log(f"fault: {kind} {target} FAILED: {e}")

    def schedule(self, duration, stop):
        """Runs the schedule in the background: fault i at 5 % + i × 75 % / n of the duration."""
        def loop():
            start = time.monotonic()
            for i, (kind, target) in enumerate(SCHEDULE):
                at = start + duration * (0.05 + 0.75 * i / len(SCHEDULE))
                if stop.wait(max(0, at - time.monotonic())):
                    return
                t = threading.Thread(target=self._run, args=(kind, target), daemon=True)
                t.start()
                self.threads.append(t)

        t = threading.Thread(target=loop, daemon=True)
        t.start()
        self.threads.append(t)

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        for t in list(self.threads):
            t.join(max(0, deadline - time.monotonic()))

    @staticmethod
    def kinds():
        return [f"SIGKILL {t}" if k == "kill" else f"{k} {t}" for k, t in SCHEDULE]
