"""The team key, its recovery code, and the sealed bundle format.

A bundle file is ``MAGIC | u32 header length | header JSON | nonce | ciphertext``.
The payload is zlib-compressed JSON, encrypted with AES-256-GCM under the team key;
the header (format, schema, replica, bundle number, change range, dependencies)
is the AAD, so a header moved onto another bundle's ciphertext fails to open.
The header also names the key (a short hash of it) so a replica of another team
gets a clear message instead of a decryption failure.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.sync.errors import BadCodeError, BundleError

MAGIC = b"TSB1"
FORMAT = 1
KEY_BYTES = 32
NONCE_BYTES = 12
_CHECK_BYTES = 3
_MAX_HEADER = 64 * 1024


def new_team_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"tessere-team-key-id\x00" + key).hexdigest()[:12]


DEMO_PREFIX = "DEMO"


def recovery_code(key: bytes, *, demo: bool = False) -> str:
    """Base32 of key + 3-byte checksum, in groups of 5 letters/digits for typing.
    A demo team's code starts with DEMO, so nobody mistakes it for a real team's."""
    check = hashlib.sha256(key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    code = "-".join(text[i:i + 5] for i in range(0, len(text), 5))
    return f"{DEMO_PREFIX}-{code}" if demo else code


def _code_text(code: str) -> tuple[str, bool]:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    expected = len(base64.b32encode(bytes(KEY_BYTES + _CHECK_BYTES)).decode().rstrip("="))
    if len(text) == expected + len(DEMO_PREFIX) and text.startswith(DEMO_PREFIX):
        return text[len(DEMO_PREFIX):], True
    return text, False


def code_is_demo(code: str) -> bool:
    """The code of a demo team (its data are invented)."""
    return _code_text(code)[1]


def key_from_code(code: str) -> bytes:
    """Accepts the code however it was typed: case, spaces and dashes do not matter,
    and the digits people confuse with letters (0, 1, 8) are read as O, I, B."""
    text, _demo = _code_text(code)
    text = text.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    size = KEY_BYTES + _CHECK_BYTES
    expected = len(base64.b32encode(bytes(size)).decode().rstrip("="))
    if len(text) != expected:
        raise BadCodeError(
            f"Il codice della squadra deve avere {expected} caratteri (ne ho letti {len(text)}): "
            "controlla di averlo copiato tutto."
        )
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise BadCodeError("Il codice della squadra contiene caratteri non validi.") from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        raise BadCodeError(
            "Il codice della squadra non è valido: probabilmente c'è un errore di battitura."
        )
    return key


def _canonical(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def seal(key: bytes, header: dict, payload) -> bytes:
    header = dict(header, format=FORMAT, key=key_id(key))
    head = _canonical(header)
    nonce = os.urandom(NONCE_BYTES)
    body = AESGCM(key).encrypt(nonce, zlib.compress(_canonical(payload), 6), head)
    return MAGIC + struct.pack(">I", len(head)) + head + nonce + body


def read_header(data: bytes, name: str) -> tuple[dict, bytes, bytes]:
    if len(data) < len(MAGIC) + 4 or data[:len(MAGIC)] != MAGIC:
        raise BundleError(f"Il pacchetto «{name}» non è un pacchetto di Tessere o è danneggiato.")
    (size,) = struct.unpack(">I", data[4:8])
    if size > _MAX_HEADER or len(data) < 8 + size + NONCE_BYTES + 16:
        raise BundleError(f"Il pacchetto «{name}» è incompleto (troncato): non viene applicato.")
    head = data[8:8 + size]
    try:
        header = json.loads(head)
    except ValueError:
        raise BundleError(f"L'intestazione del pacchetto «{name}» è danneggiata.") from None
    if not isinstance(header, dict):
        raise BundleError(f"L'intestazione del pacchetto «{name}» è danneggiata.")
    return header, head, data[8 + size:]


def open_sealed(key: bytes, data: bytes, name: str) -> tuple[dict, object]:
    header, payload, _text = open_sealed_text(key, data, name)
    return header, payload


def open_sealed_text(key: bytes, data: bytes, name: str) -> tuple[dict, object, str]:
    """``open_sealed`` with the payload's JSON text too (``bundle.fields_texts``)."""
    header, head, rest = read_header(data, name)
    if header.get("key") != key_id(key):
        raise BundleError(
            f"Il pacchetto «{name}» è cifrato con la chiave di un'altra squadra: "
            "controlla il codice della squadra su questo computer."
        )
    nonce, body = rest[:NONCE_BYTES], rest[NONCE_BYTES:]
    try:
        plain = AESGCM(key).decrypt(nonce, body, head)
    except InvalidTag:
        raise BundleError(
            f"Il pacchetto «{name}» è stato alterato o è incompleto: la verifica di integrità "
            "non è riuscita e non viene applicato."
        ) from None
    try:
        raw = zlib.decompress(plain)
        text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads(bytes) reads it
        payload = json.loads(text)
    except (zlib.error, ValueError):  # UnicodeDecodeError is a ValueError
        raise BundleError(f"Il contenuto del pacchetto «{name}» è illeggibile.") from None
    return header, payload, text
