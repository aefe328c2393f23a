"""Where bundles live: one small interface, a shared folder or a WebDAV server.

Paths are relative, ``"<replica>/<name>"``. Only the owner of a replica directory
writes in it, so file-sync tools never see two writers on one file. Writes are
atomic: a temporary name (starting with ``.tmp-``, ignored by listings), then a
rename (folder: fsync first; WebDAV: PUT then MOVE), so a half-written bundle
is never visible under its real name.
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

from desktop.sync.errors import BundleExistsError, TargetError, UnreadableEntryError

TEMP_PREFIX = ".tmp-"
RETRY = " La sincronizzazione riproverà più tardi."
_WRITES = frozenset({"PUT", "MKCOL", "MOVE", "DELETE"})
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # no bundle or snapshot part comes near this


def _too_big(path: str) -> str:
    return (f"«{path}» è più grande di {MAX_ENTRY_BYTES // (1024 * 1024)} MB: non è un pacchetto "
            "di Tessere e viene ignorato.")


class Target:
    """list / read / write atomically / reachable."""

    label = ""

    def check_reachable(self) -> None:
        raise NotImplementedError

    def list(self, directory: str = "") -> list[str]:
        """Names in ``directory`` (sub-directories included), temp files excluded."""
        raise NotImplementedError

    def sizes(self, directory: str) -> dict[str, int]:
        """The files of ``directory`` with their sizes (the owner checks its bundles)."""
        raise NotImplementedError

    def read(self, path: str) -> bytes:
        raise NotImplementedError

    def write_atomic(self, path: str, data: bytes, *, exclusive: bool = False) -> None:
        """``exclusive``: never replace a file already there (BundleExistsError)."""
        raise NotImplementedError

    def remove(self, path: str) -> None:
        """Remove one of our own files (old snapshots); a missing file is no error."""
        raise NotImplementedError

    def set_aside(self, path: str) -> None:
        """Move something that is not ours out of the way of one of our names (a
        folder or a pipe where our bundle should be), under a hidden name: nothing
        is deleted."""
        raise NotImplementedError


class FolderTarget(Target):
    """A shared folder (network share, Nextcloud client folder, USB stick).

    What Tessere writes there is readable by this user only (folders 0700, files
    0600) unless ``group_access``: a team share where colleagues log in as different
    users of one group needs 0770/0660 (and the group set on the root folder)."""

    def __init__(self, path: str | os.PathLike, *, group_access: bool = False):
        self.root = Path(path).expanduser()
        self.label = str(self.root)
        self.group_access = group_access
        self._dir_mode, self._file_mode = (0o770, 0o660) if group_access else (0o700, 0o600)

    def check_reachable(self) -> None:
        if not self.root.is_dir():
            raise TargetError(f"La cartella di sincronizzazione «{self.root}» non è raggiungibile." + RETRY)
        if not os.access(self.root, os.W_OK):
            raise TargetError(
                f"Non hai il permesso di scrivere nella cartella di sincronizzazione «{self.root}»: "
                "chiedi a chi la gestisce il permesso di modifica.", retry_later=False)

    def _entries(self, directory: str) -> list[os.DirEntry]:
        """Links are not followed: nothing outside the root is ever read."""
        folder = self.root / directory
        if directory and folder.is_symlink():
            return []
        try:
            with os.scandir(folder) as entries:
                return [e for e in entries if not e.name.startswith(TEMP_PREFIX) and not e.is_symlink()]
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as exc:
            raise TargetError(f"Non riesco a leggere la cartella «{folder}»: {exc.strerror}." + RETRY) from exc

    def list(self, directory: str = "") -> list[str]:
        return sorted(e.name for e in self._entries(directory))

    def sizes(self, directory: str) -> dict[str, int]:
        return {e.name: e.stat(follow_symlinks=False).st_size for e in self._entries(directory)
                if e.is_file(follow_symlinks=False)}

    def read(self, path: str) -> bytes:
        """A regular file of at most MAX_ENTRY_BYTES; a pipe, a device, a folder or a
        link is refused without waiting on it."""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.root / path, flags)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
                raise UnreadableEntryError(f"«{path}» non è un file: ignorato.") from exc
            raise TargetError(f"Non riesco a leggere «{path}» dalla cartella: {exc.strerror}." + RETRY) from exc
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # a folder opens too; fdopen would then raise
            os.close(fd)
            raise UnreadableEntryError(f"«{path}» non è un file: ignorato.")
        with os.fdopen(fd, "rb") as fh:
            if info.st_size > MAX_ENTRY_BYTES:
                raise UnreadableEntryError(_too_big(path))
            try:
                return fh.read(MAX_ENTRY_BYTES + 1)
            except OSError as exc:
                raise TargetError(f"Non riesco a leggere «{path}» dalla cartella: {exc.strerror}." + RETRY) from exc

    def _make_dirs(self, folder: Path) -> None:
        missing = []
        while not folder.is_dir() and folder != self.root:
            missing.append(folder)
            folder = folder.parent
        for made in reversed(missing):
            made.mkdir(mode=self._dir_mode, exist_ok=True)
            os.chmod(made, self._dir_mode)  # mkdir's mode passes through the umask

    def write_atomic(self, path: str, data: bytes, *, exclusive: bool = False) -> None:
        final = self.root / path
        temp = final.parent / f"{TEMP_PREFIX}{final.name}-{secrets.token_hex(4)}"
        try:
            self._make_dirs(final.parent)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, self._file_mode)
            with os.fdopen(fd, "wb") as fh:
                os.fchmod(fh.fileno(), self._file_mode)
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if exclusive:
                _link_exclusive(temp, final)
            else:
                os.replace(temp, final)
            dir_fd = os.open(final.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise _folder_write_error(exc, self.root) from exc

    def remove(self, path: str) -> None:
        try:
            (self.root / path).unlink(missing_ok=True)
        except OSError as exc:
            raise TargetError(f"Non riesco a togliere «{path}» dalla cartella: {exc.strerror}." + RETRY) from exc

    def set_aside(self, path: str) -> None:
        current = self.root / path
        try:
            os.rename(current, current.with_name(f"{TEMP_PREFIX}estraneo-{current.name}-"
                                                 f"{secrets.token_hex(4)}"))
        except OSError as exc:
            raise TargetError(f"Non riesco a spostare «{path}» nella cartella: {exc.strerror}." + RETRY) from exc


def _link_exclusive(temp: Path, final: Path) -> None:
    """Give ``temp`` the name ``final`` only if no file has it: a hard link fails
    when the name exists. Where links are not supported (FAT, some shares) a check
    right before the rename leaves a window of milliseconds."""
    try:
        os.link(temp, final)
    except FileExistsError:
        temp.unlink()
        raise BundleExistsError(f"«{final.name}» esiste già.") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if final.exists():
            temp.unlink()
            raise BundleExistsError(f"«{final.name}» esiste già.") from None
        os.replace(temp, final)
        return
    temp.unlink()


def _folder_write_error(exc: OSError, root: Path) -> TargetError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return TargetError(
            f"Lo spazio nella cartella di sincronizzazione «{root}» è esaurito: libera spazio "
            "(le modifiche restano su questo computer e partiranno alla prossima sincronizzazione).",
            retry_later=False)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return TargetError(
            f"Non hai il permesso di scrivere nella cartella di sincronizzazione «{root}»: "
            "chiedi a chi la gestisce il permesso di modifica.", retry_later=False)
    return TargetError(f"Non riesco a scrivere nella cartella di sincronizzazione: {exc.strerror}." + RETRY)


_LENGTH_QUERY = (b'<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop>'
                 b'<D:getcontentlength/></D:prop></D:propfind>')


def _is_html(response) -> bool:
    return "html" in response.headers.get("Content-Type", "").lower()


def webdav_password(url: str, user: str) -> str | None:
    """From the OS keyring (service "Tessere", entry per url and user), else the
    environment variable TESSERE_WEBDAV_PASSWORD."""
    from desktop.sync import secrets

    return (secrets.from_keyring(f"webdav-{user}@{url}")
            or os.environ.get("TESSERE_WEBDAV_PASSWORD"))


def save_webdav_password(url: str, user: str, password: str) -> None:
    import keyring

    from desktop.core.keys import SERVICE

    keyring.set_password(SERVICE, f"webdav-{user}@{url}", password)


class WebDavTarget(Target):
    def __init__(self, url: str, user: str, password: str | None = None, *, timeout: float = 20.0):
        import requests

        self.base = url.rstrip("/") + "/"
        self.label = self.base
        self.user = user
        if password is None:
            password = webdav_password(url, user)
        if password is None:
            raise TargetError(
                "Manca la password del server WebDAV: salvala nel portachiavi o impostala "
                "nella variabile TESSERE_WEBDAV_PASSWORD.", retry_later=False
            )
        self.http = requests.Session()
        self.http.auth = (user, password)
        self.timeout = timeout
        self._made: set[str] = set()

    def _url(self, path: str) -> str:
        return self.base + quote(path)

    def _request(self, method: str, path: str, **kw):
        """One HTTP request; a refusal that no later attempt can fix, or a server
        error, becomes a TargetError saying which."""
        import requests

        try:
            response = self.http.request(method, self._url(path), timeout=self.timeout,
                                         allow_redirects=False, **kw)
        except requests.Timeout as exc:
            raise TargetError("Il server WebDAV non risponde (tempo scaduto)." + RETRY) from exc
        except requests.ConnectionError as exc:
            raise TargetError("Il server WebDAV non è raggiungibile." + RETRY) from exc
        except requests.RequestException as exc:
            raise TargetError("Errore di comunicazione con il server WebDAV." + RETRY) from exc
        status = response.status_code
        if (300 <= status < 400 and method != "GET") or (
                method == "PROPFIND" and status < 300 and _is_html(response)):
            # A captive portal (hotel, hospital guest network) or a proxy answering
            # in the server's place: nothing it says is about our files.
            raise TargetError(
                "Al posto del server WebDAV risponde un'altra pagina (forse la rete chiede "
                "un accesso dal browser, o l'indirizzo è stato spostato)." + RETRY)
        if status == 401:
            raise TargetError("Il server WebDAV ha rifiutato le credenziali: controlla utente e "
                              "password.", retry_later=False)
        if status == 403:
            if method in _WRITES:
                raise TargetError(
                    f"Non hai il permesso di scrivere nella cartella «{self.base}» del server "
                    "WebDAV (forse è condivisa in sola lettura): chiedi a chi la gestisce il "
                    "permesso di modifica.", retry_later=False)
            raise TargetError(
                f"Non hai il permesso di leggere la cartella «{self.base}» del server WebDAV: "
                "chiedi a chi la gestisce di condividerla con te.", retry_later=False)
        if status == 507:
            raise TargetError(
                "Il server WebDAV è pieno: non c'è più spazio per le modifiche. Libera spazio o "
                "chiedi a chi gestisce il server di aumentarlo (le modifiche restano su questo "
                "computer).", retry_later=False)
        if status >= 500:
            raise TargetError(f"Il server WebDAV ha risposto con un errore ({status})." + RETRY)
        return response

    def _missing_folder(self) -> TargetError:
        return TargetError(
            f"La cartella «{self.base}» non esiste sul server WebDAV: controlla l'indirizzo o "
            "chiedi a chi gestisce il server se è stata spostata.", retry_later=False)

    def check_reachable(self) -> None:
        response = self._request("PROPFIND", "", headers={"Depth": "0"})
        if response.status_code in (404, 409):
            raise self._missing_folder()
        if response.status_code >= 400:
            raise TargetError(f"Il server WebDAV ha risposto con un errore ({response.status_code})." + RETRY)

    def _propfind(self, directory: str) -> dict[str, int | None]:
        """Names in ``directory`` with their sizes (None for folders)."""
        path = directory.strip("/") + "/" if directory else ""
        response = self._request("PROPFIND", path, headers={"Depth": "1"})
        if response.status_code == 404:
            if not path:
                raise self._missing_folder()
            return {}
        if response.status_code >= 400:
            raise TargetError(f"Il server WebDAV ha risposto con un errore ({response.status_code})." + RETRY)
        try:
            tree = ElementTree.fromstring(response.content)
        except ElementTree.ParseError as exc:
            raise TargetError("Il server WebDAV ha dato una risposta illeggibile." + RETRY) from exc
        own = urlsplit(self._url(path)).path.rstrip("/")
        found: dict[str, int | None] = {}
        for item in tree.iter("{DAV:}response"):
            href_path = urlsplit(item.findtext("{DAV:}href") or "").path.rstrip("/")
            if href_path == own or not href_path:
                continue
            name = unquote(href_path.rsplit("/", 1)[-1])
            if name.startswith(TEMP_PREFIX):
                continue
            length = item.findtext(".//{DAV:}getcontentlength")
            folder = item.find(".//{DAV:}collection") is not None
            found[name] = None if folder or not (length or "").strip().isdigit() else int(length)
        return found

    def list(self, directory: str = "") -> list[str]:
        return sorted(self._propfind(directory))

    def sizes(self, directory: str) -> dict[str, int]:
        return {n: size for n, size in self._propfind(directory).items() if size is not None}

    def read(self, path: str) -> bytes:
        """At most MAX_ENTRY_BYTES, streamed: a huge or endless answer is cut off."""
        import requests

        response = self._request("GET", path, stream=True)
        try:
            if (300 <= response.status_code < 500 or response.status_code == 501
                    or _is_html(response)):
                # A folder under a bundle's name, or an entry gone since the listing.
                raise UnreadableEntryError(f"«{path}» non è un file leggibile sul server: ignorato.")
            if response.status_code >= 400:
                raise TargetError(f"Non riesco a leggere «{path}» dal server ({response.status_code})." + RETRY)
            chunks, size = [], 0
            for chunk in response.iter_content(1024 * 1024):
                size += len(chunk)
                if size > MAX_ENTRY_BYTES:
                    raise UnreadableEntryError(_too_big(path))
                chunks.append(chunk)
            return b"".join(chunks)
        except requests.RequestException as exc:
            raise TargetError("La lettura dal server WebDAV si è interrotta." + RETRY) from exc
        finally:
            response.close()

    def _mkdirs(self, directory: str) -> None:
        parts = [p for p in directory.split("/") if p]
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i]) + "/"
            if sub in self._made:
                continue
            response = self._request("MKCOL", sub)
            if response.status_code in (404, 409):
                raise self._missing_folder()
            if response.status_code not in (201, 405, 301):
                raise TargetError(f"Non riesco a creare la cartella «{sub}» sul server ({response.status_code})." + RETRY)
            self._made.add(sub)

    def write_atomic(self, path: str, data: bytes, *, exclusive: bool = False) -> None:
        directory, _, name = path.rpartition("/")
        if directory:
            self._mkdirs(directory)
        temp = f"{directory}/{TEMP_PREFIX}{name}-{secrets.token_hex(4)}" if directory else f"{TEMP_PREFIX}{name}"
        response = self._request("PUT", temp, data=data)
        if response.status_code in (404, 409):
            self._made.clear()
            raise self._missing_folder()
        if response.status_code >= 400:
            raise TargetError(f"Il server WebDAV non ha accettato il pacchetto ({response.status_code})." + RETRY)
        try:
            response = self._request("MOVE", temp, headers={
                "Destination": self._url(path), "Overwrite": "F" if exclusive else "T"})
        except TargetError:
            self._discard(temp)
            raise
        if response.status_code >= 400:
            self._discard(temp)
            if exclusive and response.status_code == 412:
                raise BundleExistsError(f"«{path}» esiste già.")
            if response.status_code in (404, 409):
                raise self._missing_folder()
            raise TargetError(f"Il server WebDAV non ha completato il salvataggio ({response.status_code})." + RETRY)
        self._verify(path, len(data))

    def _verify(self, path: str, size: int) -> None:
        """A server may answer 2xx to a PUT or MOVE that did not happen: the bundle
        counts as published only once the server lists it with its full size."""
        response = self._request("PROPFIND", path, headers={"Depth": "0",
                                 "Content-Type": "application/xml"}, data=_LENGTH_QUERY)
        listed = None
        if response.status_code < 300:
            try:
                tree = ElementTree.fromstring(response.content)
                text = next((e.text for e in tree.iter("{DAV:}getcontentlength") if e.text), None)
                listed = int(text) if text is not None else None
            except (ElementTree.ParseError, ValueError):
                listed = None
        if listed is None and response.status_code < 300:  # servers that omit the property
            head = self._request("HEAD", path)
            length = head.headers.get("Content-Length")
            listed = int(length) if head.status_code < 300 and (length or "").isdigit() else None
        if listed != size:
            raise TargetError(
                f"Il server WebDAV ha detto di aver salvato «{path}» ma non lo mostra "
                f"({'assente' if listed is None else f'{listed} byte invece di {size}'}): "
                "il pacchetto non conta come inviato." + RETRY)

    def _discard(self, temp: str) -> None:
        """Best effort: a temp name left behind is ignored by every listing."""
        with contextlib.suppress(TargetError):
            self._request("DELETE", temp)

    def set_aside(self, path: str) -> None:
        directory, _, name = path.rpartition("/")
        hidden = f"{directory}/{TEMP_PREFIX}estraneo-{name}-{secrets.token_hex(4)}".lstrip("/")
        response = self._request("MOVE", path, headers={"Destination": self._url(hidden),
                                                         "Overwrite": "F"})
        if response.status_code >= 400:
            raise TargetError(f"Il server WebDAV non ha spostato «{path}» ({response.status_code})." + RETRY)

    def remove(self, path: str) -> None:
        response = self._request("DELETE", path)
        if response.status_code >= 400 and response.status_code != 404:
            raise TargetError(f"Il server WebDAV non ha tolto «{path}» ({response.status_code})." + RETRY)
