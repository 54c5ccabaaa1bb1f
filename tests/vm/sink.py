#!/usr/bin/python3
"""An HTTP sink for tests inside the VM: accepts any method on any path,
answers 200, and appends one JSON line per request to a log file."""
import http.server
import json
import sys


class Sink(http.server.BaseHTTPRequestHandler):
    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        with open(self.server.log, "a") as f:
            f.write(json.dumps({"method": self.command, "path": self.path,
                                "host": self.headers.get("Host"),
                                "bytes": len(body)}) + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "3")
        self.end_headers()
        self.wfile.write(b"ok\n")

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = handle_any

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, log = int(sys.argv[1]), sys.argv[2]
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), Sink)
    srv.log = log
    open(log, "a").close()
    print("ready", flush=True)
    srv.serve_forever()
