"""What keeps the desk safe to expose: the write token, body limits and response headers."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

# Slack over the file limit for the multipart envelope and the small form fields beside the file.
ENVELOPE_BYTES = 64 * 1024


class WriteGuard:
    """Checks the operator's token on every write; with no token configured the desk is read-only."""

    def __init__(self, token: str | None):
        self.token = token or None

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def check(self, request: Request, form_token: str | None = None) -> None:
        if self.token is None:
            raise HTTPException(403, "uploads are disabled: this desk is read-only (the operator set no EVENTDESK_TOKEN)")
        given = None
        auth = request.headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        elif form_token:
            given = form_token.strip()
        if not given:
            raise HTTPException(401, "a token is required: send 'Authorization: Bearer <token>' or the form field 'token'",
                                headers={"WWW-Authenticate": "Bearer"})
        # constant time, so the token cannot be guessed a character at a time
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(403, "wrong token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


class TooLargeBody(Exception):
    pass


class BodyLimit:
    """ASGI middleware: refuses request bodies over ``limit`` bytes with 413, before reading them.

    A declared Content-Length over the limit is refused at once; a body sent
    without one (chunked) is counted as it arrives and cut off at the limit.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, send, int(declared))
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise TooLargeBody()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking_send)
        except TooLargeBody:
            if not started:
                await self._refuse(scope, send, seen)

    async def _refuse(self, scope, send, size: int):
        from starlette.responses import JSONResponse

        mb = self.limit / 1_000_000
        detail = f"upload too large: more than {self.limit} bytes ({mb:.1f} MB), the limit this desk accepts"
        await JSONResponse({"detail": detail}, status_code=413)(scope, _no_receive, send)


async def _no_receive():
    return {"type": "http.disconnect"}


def content_security_policy(tiles: str | None) -> str:
    """Scripts and styles only from this server; images also from the tile server, when one is configured."""
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles)
        if parts.scheme in ("http", "https") and parts.netloc:
            # Leaflet's "{s}" subdomains become the wildcard CSP allows in the leftmost label
            host = parts.netloc.replace("{s}", "*")
            img += f" {parts.scheme}://{host}"
    return (f"default-src 'self'; img-src {img}; script-src 'self'; style-src 'self'; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def security_headers(csp: str):
    async def middleware(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    return middleware
