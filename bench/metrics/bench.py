#!/usr/bin/env python3
"""Helpers for bench/metrics.sh (standard library only; RSA signing through the openssl command).

  events N                      RESP commands (XADD devopstrack:{jobs}:executions) for N job events, on stdout
  lines N                       the same N events as InfluxDB line protocol (what metrics-service writes)
  wait-ingested N               polls the consumer group until N entries are acknowledged; prints points/s
                                (whole run, and sustained: the last 80 %, after the JIT warm-up)
  post-direct N BATCH URL DB    posts `lines N` to URL/api/v2/write?bucket=DB in batches; prints points/s
  load N URL DB                 posts N job points spread over the last 6 days (for /stats/summary latency)
  jwks DIR PORT                 key pair in DIR, JWK Set served on 127.0.0.1:PORT/jwks (runs until killed)
  token DIR                     an access token (role VIEWER) signed with DIR's key
"""
import base64, http.client, http.server, json, os, socket, subprocess, sys, time, zlib

REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))
REDIS_DB = os.environ.get("BENCH_REDIS_DATABASE", "2")
STREAM = "devopstrack:{jobs}:executions"
GROUP = "metrics-service"
BASE_MS = 1735689600000  # 2025-01-01T00:00:00Z
STATUSES = ["SUCCEEDED"] * 8 + ["FAILED", "CANCELLED"]


def event(i):
    finished = BASE_MS + i * 10
    return {
        "kind": "job", "jobId": f"bench-{i}", "projectId": f"p{i % 20}", "ref": "main", "attempt": "1",
        "stage": "", "status": STATUSES[i % 10], "startedAt": iso(finished - 1000 - i % 5000),
        "finishedAt": iso(finished), "durationMs": str(1000 + i % 5000),
    }


def iso(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + ".%03dZ" % (ms % 1000)


def line(i):
    """Byte for byte what metrics-service's Points.of writes for event(i)."""
    e = event(i)
    finished = BASE_MS + i * 10
    ts = finished * 1_000_000 + zlib.crc32(e["jobId"].encode()) % 1_000_000
    return (f'job_runs,project={e["projectId"]},ref=main,status={e["status"]} '
            f'attempt=1i,duration_ms={e["durationMs"]}i,job_id="{e["jobId"]}" {ts}')


def resp(*args):
    out = [b"*%d\r\n" % len(args)]
    for a in args:
        a = a.encode() if isinstance(a, str) else a
        out.append(b"$%d\r\n%s\r\n" % (len(a), a))
    return b"".join(out)


def cmd_events(n):
    w = sys.stdout.buffer
    for i in range(n):
        fields = [x for kv in event(i).items() for x in kv]
        w.write(resp("XADD", STREAM, "*", *fields))


def cmd_lines(n):
    for i in range(n):
        print(line(i))


class Redis:
    def __init__(self):
        self.sock = socket.create_connection(("127.0.0.1", REDIS_PORT))
        self.file = self.sock.makefile("rb")
        self.call("SELECT", REDIS_DB)

    def call(self, *args):
        self.sock.sendall(resp(*args))
        return self.read()

    def read(self):
        head = self.file.readline().rstrip(b"\r\n")
        kind, rest = head[:1], head[1:]
        if kind in (b"+", b"-"):
            return rest.decode()
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self.file.read(n + 2)[:-2].decode()
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self.read() for _ in range(n)]
        raise ValueError(head)


def backlog(r):
    groups = r.call("XINFO", "GROUPS", STREAM)
    if not isinstance(groups, list):
        return None
    for g in groups:
        d = dict(zip(g[::2], g[1::2]))
        if d["name"] == GROUP:
            return d["pending"] + (d["lag"] if d["lag"] is not None else 0)
    return None


def cpu_seconds(pid):
    """User + system CPU time of a process, from /proc (None when not given)."""
    if not pid:
        return None
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cmd_wait_ingested(n):
    """Rate over the whole run, and the sustained rate over its last 80 % (once the JIT has compiled the hot path)."""
    r = Redis()
    pid = os.environ.get("BENCH_SERVICE_PID")
    first = warm = None
    deadline = time.time() + 900
    while time.time() < deadline:
        b = backlog(r)
        now = time.time()
        if b is not None and b < n and first is None:
            first = (now, b, cpu_seconds(pid))
        if b is not None and b <= n * 0.8 and warm is None:
            warm = (now, b, cpu_seconds(pid))
        if os.environ.get("BENCH_TRACE") and first is not None:
            print(f"{now - first[0]:.2f}s backlog {b}", file=sys.stderr)
        if b == 0 and first is not None:
            end_cpu = cpu_seconds(pid)
            # Entries acknowledged before the first observation are not in the elapsed time: count from there.
            result = {"events": n, "seconds": round(now - first[0], 3),
                      "pointsPerSecond": round(first[1] / (now - first[0])),
                      "sustainedPointsPerSecond": round(warm[1] / (now - warm[0]))}
            if pid:
                result["serviceCpuMicrosPerEvent"] = round((end_cpu - warm[2]) * 1e6 / warm[1], 1)
            print(json.dumps(result))
            return
        time.sleep(0.02)
    sys.exit("timed out waiting for the group to acknowledge everything")


def post_batches(url, db, batches):
    host, port = url.split("//")[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    for body in batches:
        conn.request("POST", f"/api/v2/write?bucket={db}&org=devopstrack&precision=ns", body=body,
                     headers={"Content-Type": "text/plain; charset=utf-8", "Authorization": "Token bench"})
        response = conn.getresponse()
        response.read()
        if response.status != 204:
            sys.exit(f"write answered {response.status}")


def cmd_post_direct(n, batch, url, db):
    all_lines = [line(i) for i in range(n)]
    batches = ["\n".join(all_lines[i:i + batch]).encode() for i in range(0, n, batch)]
    start = time.time()
    post_batches(url, db, batches)
    elapsed = time.time() - start
    print(json.dumps({"points": n, "batch": batch, "seconds": round(elapsed, 3),
                      "pointsPerSecond": round(n / elapsed)}))


def cmd_load(n, url, db):
    now_ms = int(time.time() * 1000)
    span = 6 * 86_400_000
    batch = []
    for i in range(n):
        finished = now_ms - span + (i * span) // n
        batch.append(f'job_runs,project=p{i % 20},ref=main,status={STATUSES[i % 10]} '
                     f'attempt=1i,duration_ms={1000 + (i * 7919) % 60000}i,job_id="load-{i}" '
                     f'{finished * 1_000_000 + zlib.crc32(b"load-%d" % i) % 1_000_000}')
        if len(batch) == 5000:
            post_batches(url, db, ["\n".join(batch).encode()])
            batch = []
    if batch:
        post_batches(url, db, ["\n".join(batch).encode()])


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def cmd_jwks(directory, port):
    key = os.path.join(directory, "key.pem")
    if not os.path.exists(key):
        os.makedirs(directory, exist_ok=True)
        subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True,
                             capture_output=True, text=True).stdout.strip().split("=", 1)[1]
    jwks = json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "bench",
                                 "n": b64url(bytes.fromhex(modulus)), "e": "AQAB"}]}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(jwks)))
            self.end_headers()
            self.wfile.write(jwks)

        def log_message(self, *args):
            pass

    http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()


def cmd_token(directory):
    now = int(time.time())
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
    claims = b64url(json.dumps({"iss": os.environ.get("JWT_ISSUER", "devopstrack-auth"),
                                "aud": os.environ.get("JWT_AUDIENCE", "devopstrack"), "sub": "bench",
                                "preferred_username": "bench", "roles": ["VIEWER"], "iat": now,
                                "exp": now + 900, "jti": str(now)}).encode())
    signing_input = f"{header}.{claims}".encode()
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(directory, "key.pem")],
                               input=signing_input, check=True, capture_output=True).stdout
    print(f"{header}.{claims}.{b64url(signature)}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "events":
        cmd_events(int(args[0]))
    elif command == "lines":
        cmd_lines(int(args[0]))
    elif command == "wait-ingested":
        cmd_wait_ingested(int(args[0]))
    elif command == "post-direct":
        cmd_post_direct(int(args[0]), int(args[1]), args[2], args[3])
    elif command == "load":
        cmd_load(int(args[0]), args[1], args[2])
    elif command == "jwks":
        cmd_jwks(args[0], int(args[1]))
    elif command == "token":
        cmd_token(args[0])
    else:
        sys.exit(__doc__)
