"""Open a pack (folder or ZIP) for checking without trusting it: list, size and stream its members, bounded.

Everything that can be judged without inflating a byte is judged when the pack is opened:
unsafe, repeated or linked names, encrypted members, directory entries that carry data, bytes
before the first member (a prepended script), declared sizes past the limits. Members are then
read as streams that stop at their declared size and at a compression-ratio limit, so memory
stays flat and a bomb ends after a few megabytes, whatever the pack says about itself.
"""
from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from takedown.errors import EvidenceError
from takedown.evidence.container import MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, PackCheckFailed, unsafe_name_reason

CHUNK = 1 << 20
RATIO_LIMIT = 200  # inflated : stored, checked once a member inflates past RATIO_FLOOR
RATIO_FLOOR = 32 << 20  # above any capture (DOWNLOAD_MAXSIZE is 16 MiB), so real packs never meet the limit
ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError)


class BoundedReader(io.RawIOBase):
    """A member's stream that refuses to give more than its declared size or than the ratio limit allows."""

    def __init__(self, name: str, stream: BinaryIO, declared: int, stored: int | None):
        self.name, self.stream, self.declared, self.stored, self.count = name, stream, declared, stored, 0

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self.stream.close()
        super().close()

    def readinto(self, buffer) -> int:
        try:
            data = self.stream.read(min(len(buffer), CHUNK))
        except ZIP_READ_ERRORS as exc:
            raise PackCheckFailed(self.name, f"damaged inside the pack ({exc})") from exc
        self.count += len(data)
        if self.count > self.declared:
            raise PackCheckFailed(self.name, f"holds more than the {self.declared:,} bytes its header declares")
        if self.stored is not None and self.count > RATIO_FLOOR and self.count > RATIO_LIMIT * max(self.stored, 1):
            raise PackCheckFailed(self.name, f"inflates more than {RATIO_LIMIT}:1 ({self.stored:,} bytes stored): "
                                             "a compression bomb, not a capture")
        buffer[:len(data)] = data
        return len(data)


@dataclass
class PackSource:
    """The members of an opened pack: regular files with their declared sizes, folders, the ZIP comment."""

    files: dict[str, int] = field(default_factory=dict)
    folders: set[str] = field(default_factory=set)
    comment: bytes = b""

    def open(self, name: str) -> BinaryIO:
        raise NotImplementedError

    def read_small(self, name: str, limit: int = 16 << 20) -> bytes:
        """A member expected to be small (sums, signature, key, manifest), read whole but bounded."""
        if self.files[name] > limit:
            raise PackCheckFailed(name, f"larger than {limit:,} bytes")
        with self.open(name) as stream:
            return stream.read()


@dataclass
class MemorySource(PackSource):
    members: dict[str, bytes] = field(default_factory=dict)

    def open(self, name: str) -> BinaryIO:
        return io.BufferedReader(BoundedReader(name, io.BytesIO(self.members[name]), len(self.members[name]), None))


@dataclass
class FolderSource(PackSource):
    root: Path = Path()

    def open(self, name: str) -> BinaryIO:
        handle = open(self.root.joinpath(*name.split("/")), "rb")  # noqa: SIM115 - closed by the caller's with
        return io.BufferedReader(BoundedReader(name, handle, self.files[name], None))


@dataclass
class ZipSource(PackSource):
    archive: zipfile.ZipFile | None = None
    infos: dict[str, zipfile.ZipInfo] = field(default_factory=dict)

    def open(self, name: str) -> BinaryIO:
        info = self.infos[name]
        try:
            stream = self.archive.open(info)
        except ZIP_READ_ERRORS as exc:
            raise PackCheckFailed(name, f"damaged inside the ZIP ({exc})") from exc
        return io.BufferedReader(BoundedReader(name, stream, info.file_size, info.compress_size))


def memory_source(members: dict[str, bytes]) -> MemorySource:
    return MemorySource(files={n: len(d) for n, d in members.items()}, members=members)


@contextmanager
def open_pack(path: Path) -> Iterator[PackSource]:
    """The pack at `path` (folder or ZIP), structurally checked; nothing is inflated or extracted."""
    path = Path(path)
    if path.is_symlink():
        raise PackCheckFailed(path.name, "the pack itself is a symbolic link")
    if path.is_dir():
        yield _folder(path)
        return
    if not path.exists():
        raise EvidenceError(f"pack {path} does not exist")
    if not (path.is_file() and zipfile.is_zipfile(path)):
        raise EvidenceError(f"pack {path} is neither a folder nor a ZIP file")
    try:
        with zipfile.ZipFile(path) as archive:
            yield _zip(archive, path.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise PackCheckFailed(path.name, f"unreadable ZIP ({exc})") from exc


def _folder(root: Path) -> FolderSource:
    source = FolderSource(root=root)
    for folder, dirs, files in os.walk(root, followlinks=False):
        for entry in sorted(dirs + files):
            full = Path(folder) / entry
            name = full.relative_to(root).as_posix()
            info = full.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise PackCheckFailed(name, "symbolic link in pack")
            if stat.S_ISDIR(info.st_mode):
                source.folders.add(name)
            elif stat.S_ISREG(info.st_mode):
                source.files[name] = info.st_size
            else:
                raise PackCheckFailed(name, "not a regular file")
    return source


def _zip(archive: zipfile.ZipFile, pack_name: str) -> ZipSource:
    source = ZipSource(archive=archive, comment=archive.comment)
    infos = archive.infolist()
    if infos and min(info.header_offset for info in infos) > 0:
        first = min(info.header_offset for info in infos)
        raise PackCheckFailed(pack_name, f"{first:,} bytes come before the first member (a prepended script?)")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise PackCheckFailed(pack_name, "ZIP declares more than 4 GiB of content")
    for info in infos:
        name = _checked_name(info, source)
        if info.is_dir():
            if info.file_size or info.compress_size > 2:  # an empty deflate stream takes 2 bytes
                raise PackCheckFailed(info.filename, "directory entry that carries data")
            source.folders.add(name)
        else:
            if info.file_size > MAX_MEMBER_BYTES:
                raise PackCheckFailed(name, "member larger than 1 GiB")
            source.files[name] = info.file_size
            source.infos[name] = info
    return source


def _checked_name(info: zipfile.ZipInfo, source: ZipSource) -> str:
    name = info.filename.rstrip("/") if info.is_dir() else info.filename
    reason = unsafe_name_reason(name)
    if reason:
        raise PackCheckFailed(repr(info.filename), reason)
    if name in source.files or name in source.folders:
        raise PackCheckFailed(name, "duplicate member name")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackCheckFailed(name, "symbolic link in pack")
    if info.flag_bits & 0x1:
        raise PackCheckFailed(name, "encrypted member")
    return name
