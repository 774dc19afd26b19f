"""A small HTTP receiver on 127.0.0.1 for tests of VHub's outbound calls (webhooks, Teams): it
records each POST and answers with the next status of a script (then 200). And the check a
receiving system makes of a webhook's signature, written from the Standard Webhooks convention
(docs/webhooks.md), not from VHub's signing code, so the tests compare the two."""

import base64
import hashlib
import hmac
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes


@dataclass
class Receiver:
    url: str
    answers: list[int] = field(default_factory=list)
    calls: list[Received] = field(default_factory=list)

    @property
    def delivered(self) -> list[Received]:
        """The calls it answered with a 2xx."""
        return [c for c, status in zip(self.calls, self._statuses, strict=True) if status < 300]

    _statuses: list[int] = field(default_factory=list)


@contextmanager
def receiver(answers: list[int] | None = None) -> Iterator[Receiver]:
    """`with receiver([500, 500]) as r:` the first two calls fail, the rest succeed."""
    state = Receiver(url="", answers=list(answers or []))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            with lock:
                status = state.answers.pop(0) if state.answers else 200
                state.calls.append(
                    Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                state._statuses.append(status)
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok" if status < 300 else b"not now")

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet test output

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def verify(secret: str, headers: dict[str, str], body: bytes, *, at: datetime) -> bool:
    """The timestamp is within 5 minutes of `at`, and one of the space-separated signatures is
    v1,base64(HMAC-SHA256(key, "id.timestamp.body")), compared in constant time."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    msg_id, stamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not msg_id or not stamp.isdigit() or abs(at.timestamp() - int(stamp)) > 300:
        return False
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    expected = "v1," + base64.b64encode(digest).decode()
    return any(
        hmac.compare_digest(expected, s) for s in headers.get("webhook-signature", "").split()
    )
