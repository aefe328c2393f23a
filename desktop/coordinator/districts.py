"""The districts a coordinator's database merges: each is a district's team as
the coordinator reaches it, its sync root (a shared folder or a WebDAV server)
and its team code, or a file the district handed over (``coordinator.files``).
Adding one checks what can be checked at once, so that a mistyped code, a
wrong folder or passphrase is said now and not at the first merge.

The team key, the WebDAV password and a file's passphrase are secrets: in the
OS keyring where one answers, else in this encrypted database
(``desktop.sync.secrets``)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.model import ChangeLog, CoordinatorDistrict, RecordOrigin, ReplicaMeta, utcnow
from desktop.sync import crypto, root, secrets, team
from desktop.sync.errors import BundleError, DemoMismatchError, ForeignRootError, TargetError
from desktop.sync.targets import FolderTarget, Target, WebDavTarget

KINDS = {"cartella": "cartella condivisa", "webdav": "server WebDAV", "file": "file consegnato"}


@dataclass(frozen=True)
class DistrictRow:
    """A district as ``tessere coordinator status`` and the Coordinamento page list it."""

    id: str
    name: str
    kind: str
    location: str
    user: str | None
    added_at: Any
    last_merge_at: Any
    last_merge: dict | None
    replicas: int   # laptops seen in its root
    records: int    # records merged from it


def _log_end(session) -> int:
    """Where a new district's attribution starts: nothing before it is its own
    (its laptops' changes arrive only from its root or file), so the first
    merge of each district does not scan what the others brought."""
    return session.scalar(sa.select(sa.func.max(ChangeLog.seq))) or 0


def _key_entry(district_id: str) -> str:
    return f"coordinator-team-{district_id}"


def _password_entry(district_id: str) -> str:
    """The WebDAV password, or the passphrase of a file handed over."""
    return f"coordinator-password-{district_id}"


def _keep_secret(session, entry: str, secret: str) -> None:
    if not secrets.to_keyring(entry, secret):
        session.merge(ReplicaMeta(key=f"secret:{entry}", value=secret))


def _secret(session, entry: str) -> str | None:
    found = secrets.from_keyring(entry)
    if found:
        return found
    row = session.get(ReplicaMeta, f"secret:{entry}")
    return row.value if row else None


def _checked_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("Dai un nome al distretto (per esempio «Distretto di Cremona»).",
                              "nome")
    return name


def _refuse_twice(store, name: str, team_id: str, location: str, same_place: str) -> None:
    """``same_place``: how to say the place is taken ("Questo file è già quello di")."""
    with store.system_read() as s:
        for other in s.scalars(sa.select(CoordinatorDistrict)):
            if other.name.casefold() == name.casefold():
                raise ValidationError(f"C'è già un distretto chiamato «{other.name}».", "nome")
            if other.team_id == team_id:
                raise ValidationError(f"La squadra di questo distretto è già aggiunta come "
                                      f"«{other.name}».", "codice")
            if other.location == location:
                raise ValidationError(f"{same_place} «{other.name}».", "dove")


def add_district_file(store, name: str, path: str, passphrase: str) -> DistrictRow:
    """Add a district by a file handed over: a Tessere backup (its passphrase)
    or a database file with a passphrase. The file is opened (a private copy)
    to check the passphrase, its soundness and its schema now."""
    from desktop.coordinator.files import identity, opened

    name = _checked_name(name)
    location = str(Path(path).expanduser().absolute())
    if not passphrase:
        raise ValidationError("Indica la passphrase del backup (o del database) del distretto.",
                              "passphrase")
    with opened(location, passphrase) as source:
        replica, team_id = identity(source)
        demo = source.is_demo
    if demo != store.is_demo:
        raise DemoMismatchError(root.demo_mismatch_message(store.is_demo, f"«{Path(path).name}»"))
    team_id = team_id or f"file-{replica}"
    _refuse_twice(store, name, team_id, location, "Questo file è già quello di")
    district = CoordinatorDistrict(id=new_id(), name=name, kind="file", location=location,
                                   team_id=team_id, added_at=utcnow(), replicas=[replica],
                                   read_upto={})
    with store.session(capture=False) as s:
        district.attributed_upto = _log_end(s)
        s.add(district)
        _keep_secret(s, _password_entry(district.id), passphrase)
    return _row(district)


def file_passphrase(store, district: CoordinatorDistrict) -> str:
    with store.system_read() as s:
        found = _secret(s, _password_entry(district.id))
    if found is None:
        raise TargetError(f"Manca la passphrase del file di «{district.name}» su questo computer:"
                          " togli il distretto e aggiungilo di nuovo.", retry_later=False)
    return found


def add_district(store, name: str, *, code: str, folder: str | None = None,
                 url: str | None = None, user: str | None = None,
                 password: str | None = None) -> DistrictRow:
    """Add a district by its sync root (``folder`` or ``url`` with ``user`` and
    ``password``) and its team code; refused, in Italian, when the name or the
    team is already there, the code is mistyped, the root cannot be reached or
    belongs to another team."""
    name = _checked_name(name)
    if bool(folder) == bool(url):
        raise ValidationError("Indica dove si sincronizza la squadra del distretto: una cartella "
                              "condivisa oppure l'indirizzo di un server WebDAV.", "dove")
    key = crypto.key_from_code(code)  # BadCodeError: a mistyped code, said in Italian
    if crypto.code_is_demo(code) != store.is_demo:
        raise DemoMismatchError(root.demo_mismatch_message(store.is_demo, "Quella squadra"))
    kind = "cartella" if folder else "webdav"
    location = (folder or url or "").strip()
    if kind == "webdav":
        if not location.lower().startswith(("http://", "https://")):
            raise ValidationError("L'indirizzo del server deve iniziare con https:// (o http://).",
                                  "indirizzo")
        if not (user or "").strip() or not password:
            raise ValidationError("Per un server WebDAV servono utente e password.", "utente")
    own = team.team_key(store)
    if own is not None and crypto.key_id(own) == crypto.key_id(key):
        raise ValidationError("Questo è il codice della squadra di questo stesso database: il "
                              "coordinamento unisce le squadre dei distretti, non la propria.",
                              "codice")
    _refuse_twice(store, name, crypto.key_id(key), location,
                  f"Questa {KINDS[kind]} è già quella di")
    target = (FolderTarget(location) if kind == "cartella"
              else WebDavTarget(location, user.strip(), password))
    check_root(store, target, key, name)
    district = CoordinatorDistrict(
        id=new_id(), name=name, kind=kind, location=location,
        user=user.strip() if kind == "webdav" else None, team_id=crypto.key_id(key),
        added_at=utcnow(), replicas=[])
    with store.session(capture=False) as s:
        district.attributed_upto = _log_end(s)
        s.add(district)
        _keep_secret(s, _key_entry(district.id), key.hex())
        if kind == "webdav":
            _keep_secret(s, _password_entry(district.id), password)
    return _row(district)


def check_root(store, target: Target, key: bytes, name: str) -> None:
    """Reachable, and the team's: the root's mark (or, without one, a bundle)
    opens with this key. Nothing is written there: the coordinator only reads."""
    target.check_reachable()
    listing = target.list("")
    sealed = None
    if root.MARK in listing:
        sealed = (root.MARK, target.read(root.MARK))
    else:
        for replica in sorted(r for r in listing if root.REPLICA_NAME.match(r)):
            numbers = sorted(n for n in target.list(replica) if n.isdigit())
            if numbers:
                where = f"{replica}/{numbers[0]}"
                sealed = (where, target.read(where))
                break
    if sealed is None:
        return  # nobody has synced there yet: the first merge will find what comes
    where, data = sealed
    try:
        header, _head, _rest = crypto.read_header(data, where)
    except BundleError:
        raise TargetError(f"In «{target.label}» non trovo una squadra di Tessere leggibile: "
                          "controlla il percorso.", retry_later=False) from None
    if header.get("key") != crypto.key_id(key):
        raise ForeignRootError(
            f"«{target.label}» è la cartella di sincronizzazione di un'altra squadra, non di "
            f"quella del codice indicato per «{name}»: controlla il percorso o il codice.")
    if bool(header.get("demo")) != store.is_demo:
        raise DemoMismatchError(root.demo_mismatch_message(store.is_demo, f"«{target.label}»"))


def target_of(store, district: CoordinatorDistrict) -> tuple[Target, bytes]:
    """The district's root and team key, from where they are kept."""
    with store.system_read() as s:
        key = _secret(s, _key_entry(district.id))
        password = _secret(s, _password_entry(district.id)) if district.kind == "webdav" else None
    if key is None:
        raise TargetError(f"Manca la chiave della squadra di «{district.name}» su questo computer:"
                          " togli il distretto e aggiungilo di nuovo con il suo codice.",
                          retry_later=False)
    if district.kind == "cartella":
        return FolderTarget(district.location), bytes.fromhex(key)
    if password is None:
        raise TargetError(f"Manca la password del server WebDAV di «{district.name}».",
                          retry_later=False)
    return WebDavTarget(district.location, district.user or "", password), bytes.fromhex(key)


def districts(store) -> list[CoordinatorDistrict]:
    with store.system_read() as s:
        return list(s.scalars(sa.select(CoordinatorDistrict).order_by(CoordinatorDistrict.name)))


def district_rows(session) -> list[DistrictRow]:
    """Each district with the records merged from it, by name."""
    counts = dict(session.execute(sa.select(RecordOrigin.district_id, sa.func.count())
                                  .group_by(RecordOrigin.district_id)).all())
    return [_row(d, counts.get(d.id, 0)) for d in session.scalars(
        sa.select(CoordinatorDistrict).order_by(CoordinatorDistrict.name))]


def district_named(store, name: str) -> CoordinatorDistrict:
    wanted = " ".join(name.split()).casefold()
    found = [d for d in districts(store) if d.name.casefold() == wanted]
    if not found:
        known = ", ".join(f"«{d.name}»" for d in districts(store)) or "nessuno"
        raise ValidationError(f"Nessun distretto «{name}» (aggiunti: {known}).", "distretto")
    return found[0]


def _row(d: CoordinatorDistrict, records: int = 0) -> DistrictRow:
    return DistrictRow(d.id, d.name, d.kind, d.location, d.user, d.added_at, d.last_merge_at,
                       d.last_merge, len(d.replicas or []), records)
