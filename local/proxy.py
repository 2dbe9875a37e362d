"""A thin proxy in front of the AWS emulator, for the Airflow processes of the local stack.

Everything passes through unchanged except what the emulator cannot know, because it runs
nothing: ECS task states. DescribeTasks and RunTask answers get the real state of each task's
local processes (status, exit codes, stop reason) instead of the emulator's fixed RUNNING/0, and
StopTask of a task the emulator never had gets ECS's answer (InvalidParameterException "The
referenced task was not found."; moto answers HTTP 500), which the ECS executor's start-up
health check relies on.
"""

from __future__ import annotations

import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "expect", "te", "upgrade"}


def patch_tasks(body: bytes, describe: Callable[[dict[str, Any]], dict[str, Any]]) -> bytes:
    answer = json.loads(body)
    answer["tasks"] = [describe(task) for task in answer.get("tasks", [])]
    return json.dumps(answer, default=str).encode()


class AwsProxy:
    def __init__(
        self,
        upstream: str,
        describe: Callable[[dict[str, Any]], dict[str, Any]],
        stop_requested: Callable[[str], bool],
    ):
        """`describe` patches one task entry; `stop_requested` returns False for an unknown task."""
        self.upstream = urlsplit(upstream)
        self.describe = describe
        self.stop_requested = stop_requested
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="aws-proxy", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, list, bytes]:
        connection = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port, timeout=120)
        try:
            connection.request(method, path, body=body, headers={**headers, "Content-Length": str(len(body))})
            reply = connection.getresponse()
            return reply.status, reply.getheaders(), reply.read()
        finally:
            connection.close()

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, list, bytes]:
        action = headers.get("x-amz-target", "").rsplit(".", 1)[-1]
        known_task = True
        if action == "StopTask":
            known_task = self.stop_requested(json.loads(body or b"{}").get("task", ""))
        status, reply_headers, reply = self.forward(method, path, headers, body)
        if action == "StopTask" and status >= 500 and not known_task:
            error = {"__type": "InvalidParameterException", "message": "The referenced task was not found."}
            return 400, [("Content-Type", "application/x-amz-json-1.1")], json.dumps(error).encode()
        if action in ("DescribeTasks", "RunTask") and status == 200:
            reply = patch_tasks(reply, self.describe)
        return status, reply_headers, reply

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, and 100-continue for S3 uploads

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _relay(self) -> None:
                body = self._body()
                headers = {k.lower(): v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                try:
                    status, reply_headers, reply = proxy.handle(self.command, self.path, headers, body)
                except Exception as err:  # the emulator went away (shutdown): answer, do not hang
                    status, reply_headers, reply = 502, [("Content-Type", "text/plain")], str(err).encode()
                self.send_response(status)
                for name, value in reply_headers:
                    if name.lower() not in HOP_HEADERS:
                        self.send_header(name, value)
                length = dict((k.lower(), v) for k, v in reply_headers).get("content-length", "0")
                # A HEAD answer has no body but names the length of the object's.
                self.send_header("Content-Length", length if self.command == "HEAD" else str(len(reply)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = _relay

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                pass

        return Handler
