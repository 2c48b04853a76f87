"""FilePhotoStore: content addressing, atomic durable writes, hash check, full disk."""

import hashlib
import os
from pathlib import Path

import pytest
from store_helpers import tmpfs

from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.errors import StorageFull, StoreError

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_put_stores_under_the_sha256(tmp_path: Path) -> None:
    photos = FilePhotoStore(tmp_path / "photos")
    sha = photos.put(JPEG)
    assert sha == hashlib.sha256(JPEG).hexdigest()
    assert _files(photos.root) == [f"{sha[:2]}/{sha}"]
    assert photos.exists(sha) and photos.read(sha) == JPEG
    assert not photos.exists("0" * 64)


def test_identical_photo_is_not_rewritten(tmp_path: Path) -> None:
    photos = FilePhotoStore(tmp_path)
    sha = photos.put(JPEG)
    path = photos.path_of(sha)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    inode = path.stat().st_ino
    assert photos.put(JPEG) == sha
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (inode, 1_000_000_000)
    assert _files(tmp_path) == [f"{sha[:2]}/{sha}"]


def test_a_damaged_copy_is_replaced_by_a_new_put(tmp_path: Path) -> None:
    photos = FilePhotoStore(tmp_path)
    sha = photos.put(JPEG)
    photos.path_of(sha).write_bytes(b"rot")
    with pytest.raises(StoreError, match="damaged"):
        photos.read(sha)
    photos.put(JPEG)
    assert photos.read(sha) == JPEG


def test_read_checks_the_hash(tmp_path: Path) -> None:
    photos = FilePhotoStore(tmp_path)
    sha = photos.put(JPEG)
    tampered = bytearray(JPEG)
    tampered[100] ^= 1
    photos.path_of(sha).write_bytes(bytes(tampered))
    with pytest.raises(StoreError, match="do not match"):
        photos.read(sha)


def test_missing_photo_and_bad_keys(tmp_path: Path) -> None:
    photos = FilePhotoStore(tmp_path)
    with pytest.raises(StoreError, match="missing"):
        photos.read("ab" * 32)
    with pytest.raises(StoreError, match="SHA-256"):
        photos.read("../../etc/passwd")


def test_write_goes_through_a_synced_temp_file_and_a_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = FilePhotoStore(tmp_path)
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        calls.append(f"replace {Path(src).name.startswith('.')} {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    sha = photos.put(JPEG)
    # subdir made (parent synced), file synced, renamed from a hidden temp, directory synced
    assert calls == ["fsync", "fsync", f"replace True {sha}", "fsync"]


def test_a_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = FilePhotoStore(tmp_path)
    first = photos.put(b"first")

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="Input/output"):
        photos.put(JPEG)
    assert not photos.exists(hashlib.sha256(JPEG).hexdigest())
    assert _files(tmp_path) == [f"{first[:2]}/{first}"]


def test_full_disk_raises_storage_full_and_leaves_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "tiny", "64k") as root:
        photos = FilePhotoStore(root / "photos")
        small = photos.put(b"small photo")
        with pytest.raises(StorageFull, match="disk is full"):
            photos.put(os.urandom(256 * 1024))
        assert _files(photos.root) == [f"{small[:2]}/{small}"]
        assert photos.read(small) == b"small photo"
