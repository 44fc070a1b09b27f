"""A TCP proxy that can stall: forwards 127.0.0.1:<listen> to 127.0.0.1:<target>, and on SIGUSR1 stops
forwarding in both directions for <stall-seconds> (bytes wait in the socket buffers, connections stay open),
as a congested or partitioned network would. New connections made during a stall wait too.

Usage: python3 stall_proxy.py <listen-port> <target-port> <stall-seconds>
"""
import signal
import socket
import sys
import threading
import time

flowing = threading.Event()
flowing.set()


def stall(seconds):
    flowing.clear()
    print(f"stall: forwarding paused for {seconds}s", flush=True)
    time.sleep(seconds)
    flowing.set()
    print("stall: forwarding resumed", flush=True)


def pump(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            flowing.wait()
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()


def serve(client, target_port):
    flowing.wait()
    try:
        upstream = socket.create_connection(("127.0.0.1", target_port), timeout=5)
        upstream.settimeout(None)
        upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        client.close()
        return
    for a, b in ((client, upstream), (upstream, client)):
        threading.Thread(target=pump, args=(a, b), daemon=True).start()


def main():
    listen_port, target_port, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    signal.signal(signal.SIGUSR1, lambda *_: threading.Thread(target=stall, args=(seconds,), daemon=True).start())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = socket.create_server(("127.0.0.1", listen_port), reuse_port=False, backlog=128)
    print(f"proxy 127.0.0.1:{listen_port} -> 127.0.0.1:{target_port}", flush=True)
    while True:
        client, _ = server.accept()
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=serve, args=(client, target_port), daemon=True).start()


if __name__ == "__main__":
    main()
