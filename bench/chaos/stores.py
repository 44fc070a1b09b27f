"""Reading the stores themselves for the reconciliation: Redis (a minimal RESP client), PostgreSQL (psql),
InfluxDB (/query). MongoDB is read through projects-service's API (no MongoDB client in the standard library)."""
import json
import socket
import subprocess
import urllib.parse
import urllib.request


class Redis:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.file = self.sock.makefile("rb")

    def close(self):
        self.sock.close()

    def __call__(self, *args):
        out = b"*%d\r\n" % len(args)
        for a in args:
            a = a if isinstance(a, bytes) else str(a).encode()
            out += b"$%d\r\n%s\r\n" % (len(a), a)
        self.sock.sendall(out)
        return self._read()

    def _read(self):
        line = self.file.readline()
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None
            data = self.file.read(n + 2)[:-2]
            return data.decode()
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._read() for _ in range(n)]
        raise RuntimeError(f"unexpected RESP line {line!r}")

    def xrange_all(self, stream):
        """Every entry of a stream as (id, {field: value})."""
        entries, start = [], "-"
        while True:
            page = self("XRANGE", stream, start, "+", "COUNT", 5000)
            if start != "-" and page and page[0][0] == start:
                page = page[1:]
            if not page:
                return entries
            for entry_id, fields in page:
                entries.append((entry_id, dict(zip(fields[::2], fields[1::2]))))
            start = page[-1][0]

    def mget_json(self, keys, chunk=500):
        found = {}
        for i in range(0, len(keys), chunk):
            part = keys[i:i + chunk]
            for key, value in zip(part, self("MGET", *part)):
                found[key] = json.loads(value) if value else None
        return found


def psql(port, sql):
    """Rows of a query on database auth, as lists of strings."""
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "devopstrack", "-d", "auth",
                          "-qtAX", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True, env={"PGPASSWORD": "devopstrack", "PATH": "/usr/bin:/bin"})
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def influx(port, database, query):
    """Rows of an InfluxQL query as dicts (column -> value), straight from influxd."""
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"db": database, "q": query})
    with urllib.request.urlopen(url, timeout=60) as resp:
        result = json.load(resp)["results"][0]
    if "error" in result:
        raise RuntimeError(result["error"])
    rows = []
    for series in result.get("series", []):
        for values in series["values"]:
            rows.append(dict(zip(series["columns"], values)))
    return rows
