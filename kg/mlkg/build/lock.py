"""One build at a time per output directory: an advisory lock on ``OUT/.mlkg-lock``.

Two builds writing one directory would mix their staging and shards, and the later one would
silently replace the earlier one's outputs. ``flock`` is held by the open file, and the kernel
lets go of it when the process ends, however it ends (SIGKILL too), so a lock can never be
left behind: the file only says who holds it. A build that finds another one's name in the
file but gets the lock knows that build was killed, and says it takes over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mlkg.errors import Errors, MlkgError

log = logging.getLogger("mlkg")

FILENAME = ".mlkg-lock"


class LockError(MlkgError):
    """Another build holds the output directory; the message names its process and host."""


@contextlib.contextmanager
def locked(outdir: Path, *, wait: bool = False) -> Iterator[Path]:
    """Hold the lock of ``outdir`` (which must exist) for the block; yield the lock file's path.

    Held by another process: LockError naming it, or with ``wait`` a warning and a wait until
    it is free. The file is removed on release, while still held.
    """
    path = outdir / FILENAME
    fd = _acquire(path, wait)
    try:
        previous = _holder(fd)
        if previous:
            log.warning("took over the lock of %s from %s, which ended without releasing it (killed?)",
                        outdir, _describe(previous))
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(me).encode(), 0)
        except OSError as exc:  # a full disk: nothing of the build is written yet
            path.unlink(missing_ok=True)
            raise LockError(Errors.E341.format(path=outdir, reason=exc.strerror or exc)) from None
        try:
            yield path
        finally:
            path.unlink(missing_ok=True)  # still held: nobody locks the file being removed
    finally:
        os.close(fd)


def _acquire(path: Path, wait: bool) -> int:
    """An open descriptor of ``path`` with the lock held; the file is the one at ``path`` now (a
    holder that was waited for may have removed its file, and a lock on that one locks nothing)."""
    announced = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LockError(Errors.E341.format(path=path.parent, reason=exc.strerror or exc)) from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _describe(_holder(fd))
                if not wait:
                    raise LockError(Errors.E342.format(path=path.parent, holder=holder)) from None
                if not announced:
                    log.warning("%s is being written by %s; waiting for it to finish", path.parent, holder)
                    announced = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _holder(fd: int) -> dict[str, Any]:
    """What the lock file says about who holds (or held) it; {} if empty or unreadable."""
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _describe(holder: dict[str, Any]) -> str:
    if not holder:
        return "another mlkg process"
    return (f"mlkg process {holder.get('pid', '?')} on {holder.get('host', '?')} "
            f"(since {holder.get('since', '?')})")
