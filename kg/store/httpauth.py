"""HTTP Basic and Digest authentication (RFC 7617, RFC 7616), chosen from the server's
WWW-Authenticate challenge; credentials from the environment or ~/.netrc only."""
from __future__ import annotations

import base64
import hashlib
import itertools
import netrc
import os
import re
import secrets
from urllib.parse import urlsplit

USER_ENV, PASSWORD_ENV = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"
_PARAM = re.compile(r'([\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]+)')
_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256, "SHA-512-256": lambda b: hashlib.new("sha512_256", b)}
_counter = itertools.count(1)


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) for the URL's host: $KG_ENDPOINT_USER/$KG_ENDPOINT_PASSWORD, else ~/.netrc."""
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user:
        return user, password or ""
    try:
        found = netrc.netrc().authenticators(urlsplit(url).hostname or "")
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        found = None
    if found and found[0]:
        return found[0], found[2] or ""
    return None


def parse_challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """scheme (lower case) -> its parameters, from WWW-Authenticate header values."""
    found: dict[str, dict[str, str]] = {}
    for value in values:
        # A header may hold several challenges: each starts with a scheme token not followed by '='.
        for part in re.split(r",\s*(?=[A-Za-z][\w-]*\s+[\w-]+\s*=)", value.strip()):
            scheme, _, rest = part.strip().partition(" ")
            params = {k.lower(): v[1:-1].replace('\\"', '"') if v.startswith('"') else v
                      for k, v in _PARAM.findall(rest)}
            if scheme:
                found.setdefault(scheme.lower(), params)
    return found


def schemes_offered(values: list[str]) -> str:
    """The schemes of a challenge, for messages ('Digest', 'Basic')."""
    return "/".join(s.capitalize() for s in parse_challenges(values)) or "an unknown scheme"


def authorization(challenges: dict[str, dict[str, str]], user: str, password: str,
                  method: str, uri: str) -> str | None:
    """The Authorization header answering the strongest challenge we support, or None."""
    digest = challenges.get("digest")
    if digest and digest.get("nonce") and digest.get("algorithm", "MD5").upper().removesuffix("-SESS") in _HASHES:
        return _digest(digest, user, password, method, uri)
    if "basic" in challenges:
        token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
        return f"Basic {token}"
    return None


def _digest(challenge: dict[str, str], user: str, password: str, method: str, uri: str) -> str:
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    h = lambda text: _HASHES[base](text.encode("utf-8")).hexdigest()  # noqa: E731
    realm, nonce = challenge.get("realm", ""), challenge["nonce"]
    cnonce, nc = secrets.token_hex(8), f"{next(_counter):08x}"
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    fields = {"username": user, "realm": realm, "nonce": nonce, "uri": uri, "algorithm": algorithm}
    if "auth" in qops:
        fields["response"] = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        extra = f", qop=auth, nc={nc}, cnonce=\"{cnonce}\""
    else:
        fields["response"] = h(f"{ha1}:{nonce}:{ha2}")
        extra = ""
    if "opaque" in challenge:
        fields["opaque"] = challenge["opaque"]
    quoted = ", ".join(f'{k}="{_quoted(v)}"' if k != "algorithm" else f"{k}={v}" for k, v in fields.items())
    return f"Digest {quoted}{extra}"


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
