"""Write a pack's members as a folder or a deterministic ZIP; read either back safely, in memory."""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from takedown.errors import EvidenceError
from takedown.evidence.bodies import write_atomically

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest ZIP time: no clock in the bytes
MAX_MEMBER_BYTES = 1 << 30
MAX_TOTAL_BYTES = 4 << 30
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackCheckFailed(EvidenceError):
    """A pack failed a check; `member` names the file, `check` what failed."""

    exit_code = 7

    def __init__(self, member: str, check: str):
        super().__init__(f"verify failed: {member}: {check}")
        self.member = member
        self.check = check


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name could escape or confuse an extraction folder, or None when it is safe."""
    if not name:
        return "empty member name"
    if "\x00" in name or any(ord(ch) < 32 for ch in name):
        return "control character in member name"
    if "\\" in name:
        return "backslash in member name"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute member name"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "'..', '.' or empty path segment in member name"
    return None


def write_pack(members: dict[str, bytes], target: Path) -> Path:
    """Write the pack to `target`: a ZIP when the name ends in .zip, else a folder.

    Refuses an existing file or a non-empty folder; writes nothing outside `target`.
    """
    for name in members:
        if unsafe_name_reason(name):
            raise EvidenceError(f"refusing to write pack member {name!r}: {unsafe_name_reason(name)}")
    target = Path(target)
    if target.suffix.lower() == ".zip":
        return _write_zip(members, target)
    return _write_folder(members, target)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """The ZIP of `members`: sorted names, fixed times and modes, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()


def _write_zip(members: dict[str, bytes], target: Path) -> Path:
    if target.exists():
        raise EvidenceError(f"output {target} already exists; choose a new name")
    if not target.parent.is_dir():
        raise EvidenceError(f"output folder {target.parent} does not exist")
    try:
        write_atomically(target, zip_bytes(members))
    except OSError as exc:
        raise EvidenceError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def _write_folder(members: dict[str, bytes], target: Path) -> Path:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise EvidenceError(f"output {target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()):
        raise EvidenceError(f"output folder {target} is not empty; nothing was written")
    created = not target.exists()
    written: list[Path] = []
    try:
        target.mkdir(parents=False, exist_ok=True)
        for name in sorted(members):
            path = target.joinpath(*name.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            written.append(path)
            path.write_bytes(members[name])
    except OSError as exc:
        _remove_partial(target, written, created)
        raise EvidenceError(f"cannot write pack to {target}: {exc.strerror or exc}") from exc
    return target


def _remove_partial(target: Path, written: list[Path], created: bool) -> None:
    for path in written:
        path.unlink(missing_ok=True)
    for folder in sorted({p.parent for p in written}, key=lambda p: len(p.parts), reverse=True):
        if folder != target and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if created and target.is_dir() and not any(target.iterdir()):
        target.rmdir()


def read_pack(path: Path) -> dict[str, bytes]:
    """Every member of a pack folder or ZIP, by name, without extracting anything."""
    path = Path(path)
    if path.is_symlink():
        raise PackCheckFailed(path.name, "the pack itself is a symbolic link")
    if path.is_dir():
        return _read_folder(path)
    if path.is_file() and zipfile.is_zipfile(path):
        return _read_zip(path)
    if not path.exists():
        raise EvidenceError(f"pack {path} does not exist")
    raise EvidenceError(f"pack {path} is neither a folder nor a ZIP file")


def _read_folder(root: Path) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for entry in sorted(dirs + files):
            full = Path(folder) / entry
            name = full.relative_to(root).as_posix()
            mode = full.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise PackCheckFailed(name, "symbolic link in pack")
            if stat.S_ISREG(mode):
                members[name] = full.read_bytes()
            elif not stat.S_ISDIR(mode):
                raise PackCheckFailed(name, "not a regular file")
    return members


def _read_zip(path: Path) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
                raise PackCheckFailed(path.name, "ZIP declares more than 4 GiB of content")
            for info in infos:
                _check_zip_member(info, members)
                if not info.is_dir():
                    members[info.filename] = _read_member(archive, info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise PackCheckFailed(path.name, f"unreadable ZIP ({exc})") from exc
    return members


def _check_zip_member(info: zipfile.ZipInfo, seen: dict[str, bytes]) -> None:
    name = info.filename
    reason = unsafe_name_reason(name.rstrip("/") if info.is_dir() else name)
    if reason:
        raise PackCheckFailed(repr(name), reason)
    if name in seen:
        raise PackCheckFailed(name, "duplicate member name")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackCheckFailed(name, "symbolic link in pack")
    if info.flag_bits & 0x1:
        raise PackCheckFailed(name, "encrypted member")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_MEMBER_BYTES:
        raise PackCheckFailed(info.filename, "member larger than 1 GiB")
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)  # a lying size header cannot make us read more
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise PackCheckFailed(info.filename, f"damaged inside the ZIP ({exc})") from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise PackCheckFailed(info.filename, "member larger than 1 GiB")
    return data
