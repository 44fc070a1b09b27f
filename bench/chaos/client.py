"""HTTP JSON calls with keep-alive (one connection per thread and port), and what the clients saw:
requests by kind, errors by status, and the longest unavailability of each kind."""
import http.client
import json
import threading
import time
from collections import Counter

TIMEOUT_S = 10


class Answer:
    def __init__(self, status, body, headers=None):
        self.status = status      # HTTP status, or "refused" / "timeout" / "reset" when there was none
        self.body = body
        self.headers = headers or {}

    @property
    def ok(self):
        return isinstance(self.status, int) and 200 <= self.status < 300

    @property
    def uncertain(self):
        """No answer, or a 5xx: the request may or may not have taken effect."""
        return not isinstance(self.status, int) or self.status >= 500


class Stats:
    """Thread-safe tally. A kind is unavailable from its first failed request to its next success (an expected
    answer, such as 409 to a stale edit, counts as service)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = Counter()
        self.errors = Counter()           # (kind, status) -> n
        self.down_since = {}
        self.longest_down = Counter()     # kind -> seconds

    def record(self, kind, answer, expected=()):
        now = time.monotonic()
        with self.lock:
            self.requests[kind] += 1
            if not answer.ok:
                self.errors[(kind, str(answer.status))] += 1
            if answer.ok or answer.status in expected:
                started = self.down_since.pop(kind, None)
                if started is not None:
                    self.longest_down[kind] = max(self.longest_down[kind], now - started)
            else:
                self.down_since.setdefault(kind, now)

    def close(self):
        """Kinds still failing at the end count as down until now."""
        now = time.monotonic()
        with self.lock:
            for kind, started in self.down_since.items():
                self.longest_down[kind] = max(self.longest_down[kind], now - started)
            self.down_since.clear()


class Http:
    def __init__(self, stats):
        self.stats = stats
        self.local = threading.local()

    def _connection(self, port):
        conns = self.local.__dict__.setdefault("conns", {})
        if port not in conns:
            conns[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
        return conns[port]

    def _drop(self, port):
        conn = self.local.__dict__.get("conns", {}).pop(port, None)
        if conn:
            conn.close()

    def call(self, kind, method, port, path, body=None, token=None, headers=None, raw=None, expected=()):
        """One request; never raises for network trouble. raw: bytes sent as-is (hooks)."""
        hdrs = {"Accept": "application/json"}
        if token:
            hdrs["Authorization"] = "Bearer " + token
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            hdrs.setdefault("Content-Type", "application/json")
        hdrs.update(headers or {})
        answer = self._send(method, port, path, data, hdrs)
        if kind:
            self.stats.record(kind, answer, expected)
        return answer

    def _send(self, method, port, path, data, hdrs):
        for attempt in (1, 2):
            conn = self._connection(port)
            sent = False
            try:
                conn.request(method, path, body=data, headers=hdrs)
                sent = True
                resp = conn.getresponse()
                payload = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self._drop(port)
                try:
                    parsed = json.loads(payload) if payload else None
                except ValueError:
                    parsed = None
                return Answer(resp.status, parsed, dict(resp.getheaders()))
            except ConnectionRefusedError:
                self._drop(port)
                return Answer("refused", None)
            except TimeoutError:
                self._drop(port)
                return Answer("timeout", None)
            except (http.client.HTTPException, OSError):
                self._drop(port)
                # A kept-alive connection the server had closed: send again once on a new one, if nothing can
                # have happened (not sent, or a read). A POST is never repeated: the client must not make duplicates.
                if attempt == 1 and (not sent or method == "GET"):
                    continue
                return Answer("reset", None)
        return Answer("reset", None)
