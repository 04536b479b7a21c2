"""The part of Node's ``node:fs`` that streams need: ``createReadStream``/``createWriteStream``.

Ported from Node 20's ``lib/internal/fs/streams.js`` (``ReadStream``,
``WriteStream``) with the option handling of ``lib/internal/fs/utils.js``,
plus the synchronous ``readFileSync``, ``writeFileSync``, ``existsSync`` and
``unlinkSync`` of ``lib/fs.js``. Errors are Node's: bad arguments raise
``ERR_INVALID_ARG_TYPE``/``ERR_INVALID_ARG_VALUE``/``ERR_OUT_OF_RANGE``, a
failed system call gives libuv's error (``ENOENT: no such file or
directory, open 'x'`` with ``errno`` -2, ``code``, ``syscall``, ``path``).

File I/O of the streams runs on a small thread pool (libuv's threadpool,
four threads) through ``loop.run_in_executor``; each request in flight keeps
``process.run`` alive, as an active ``uv_fs_t`` keeps Node's loop alive. An
open file by itself does not (Node exits with a stream's file still open).

Python mapping: a path is a ``str``, ``bytes`` or ``os.PathLike``; a Buffer
is ``bytes``. Not ported: the ``fs`` option (custom file operations),
``FileHandle`` as ``fd``, ``windowsHandle``, URL paths, the deprecated
``open()`` methods of the streams.
"""

from __future__ import annotations

import asyncio
import errno as _errno
import math
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._streams.destroy import errorOrDestroy
from ._streams.end_of_stream import eos as finished
from ._streams.readable import Readable
from ._streams.writable import Writable
from .errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
    uvErrorFromOSError,
    uvException,
)
from .process import lifetime, nextTick
from .string_decoder import StringDecoder
from .util import Symbol, encodeString, isEncoding
from .validators import validateBoolean, validateInteger

__all__ = ['ReadStream', 'WriteStream', 'createReadStream', 'createWriteStream',
           'readFileSync', 'writeFileSync', 'existsSync', 'unlinkSync', 'constants']


class constants:
    """``fs.constants``: the open flags Node's ``stringToFlags`` uses."""

    O_RDONLY = os.O_RDONLY
    O_WRONLY = os.O_WRONLY
    O_RDWR = os.O_RDWR
    O_CREAT = os.O_CREAT
    O_EXCL = os.O_EXCL
    O_TRUNC = os.O_TRUNC
    O_APPEND = os.O_APPEND
    O_SYNC = getattr(os, 'O_SYNC', 0)


# -- lib/internal/fs/utils.js ------------------------------------------------------

def assertEncoding(encoding: Any) -> None:
    if encoding and not isEncoding(encoding):
        # Node passes the two names the other way round; its message reads so.
        raise ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding')


def getOptions(options: Any, defaultOptions: dict[str, Any] | None = None) -> dict[str, Any]:
    if options is None or callable(options):
        return defaultOptions if defaultOptions is not None else {}
    if isinstance(options, str):
        defaultOptions = dict(defaultOptions or {})
        defaultOptions['encoding'] = options
        options = defaultOptions
    elif not isinstance(options, dict):
        raise ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options)
    if options.get('encoding') != 'buffer':
        assertEncoding(options.get('encoding'))
    return dict(options)


def toPath(path: Any) -> Any:
    """``toPathIfFileURL``; here an ``os.PathLike`` (``pathlib.Path``) is also a path."""
    if isinstance(path, os.PathLike):
        return os.fspath(path)
    return path


def validatePath(path: Any, propName: str = 'path') -> None:
    if not isinstance(path, (str, bytes)):
        raise ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path)
    if (isinstance(path, str) and '\x00' in path) or (isinstance(path, bytes) and b'\x00' in path):
        raise ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes')


def _showPath(path: Any) -> str:
    return path.decode('utf-8', 'replace') if isinstance(path, bytes) else path


def getValidatedFd(fd: Any, propName: str = 'fd') -> int:
    validateInteger(fd, propName, 0, 2**31 - 1)  # validateInt32(fd, propName, 0)
    return int(fd)


_FLAGS = {
    'r': os.O_RDONLY,
    'rs': os.O_RDONLY | constants.O_SYNC, 'sr': os.O_RDONLY | constants.O_SYNC,
    'r+': os.O_RDWR,
    'rs+': os.O_RDWR | constants.O_SYNC, 'sr+': os.O_RDWR | constants.O_SYNC,
    'w': os.O_TRUNC | os.O_CREAT | os.O_WRONLY,
    'wx': os.O_TRUNC | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    'w+': os.O_TRUNC | os.O_CREAT | os.O_RDWR,
    'wx+': os.O_TRUNC | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    'a': os.O_APPEND | os.O_CREAT | os.O_WRONLY,
    'ax': os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    'as': os.O_APPEND | os.O_CREAT | os.O_WRONLY | constants.O_SYNC,
    'a+': os.O_APPEND | os.O_CREAT | os.O_RDWR,
    'ax+': os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    'as+': os.O_APPEND | os.O_CREAT | os.O_RDWR | constants.O_SYNC,
}
for _a, _b in (('wx', 'xw'), ('wx+', 'xw+'), ('ax', 'xa'), ('as', 'sa'), ('ax+', 'xa+'),
               ('as+', 'sa+')):
    _FLAGS[_b] = _FLAGS[_a]


def stringToFlags(flags: Any, name: str = 'flags') -> int:
    if isinstance(flags, int) and not isinstance(flags, bool):
        return flags
    if flags is None:
        return os.O_RDONLY
    if isinstance(flags, str) and flags in _FLAGS:
        return _FLAGS[flags]
    raise ERR_INVALID_ARG_VALUE(name, flags)


_OCTAL = re.compile(r'^[0-7]+$')


def parseFileMode(value: Any, name: str, default: int | None = None) -> int:
    if value is None:
        value = default
    if isinstance(value, str):
        if not _OCTAL.match(value):
            raise ERR_INVALID_ARG_VALUE(name, value,
                                        'must be a 32-bit unsigned integer or an octal string')
        value = int(value, 8)
    validateInteger(value, name, 0, 2**32 - 1)  # validateUint32
    return int(value)


def _bufferToString(data: bytes, encoding: str) -> str:
    return StringDecoder(encoding).end(data)


# -- the thread pool: libuv's fs requests ------------------------------------------

_pool: ThreadPoolExecutor | None = None


def _threadpool() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:  # libuv's default UV_THREADPOOL_SIZE
        _pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix='node_http_agent.fs')
    return _pool


def _request(work: Callable[..., Any], callback: Callable[..., Any], *args: Any) -> None:
    """Run ``work(*args)`` on the pool, then ``callback(err, result)`` on the loop.

    ``work`` raises the Node error itself. The request holds a ref on the
    process lifetime until its callback has run.
    """
    life = lifetime()
    life.ref()
    future = life.loop.run_in_executor(_threadpool(), work, *args)

    def done(fut: asyncio.Future[Any]) -> None:
        try:
            if fut.cancelled():
                return
            err = fut.exception()
            if err is not None:
                callback(err, None)
            else:
                callback(None, fut.result())
        finally:
            life.unref()
    life.whenDone(future, done)  # done runs under runCallback


def _openWork(path: Any, flags: int, mode: int) -> int:
    try:
        # libuv opens every file with O_CLOEXEC.
        return os.open(path, flags | getattr(os, 'O_CLOEXEC', 0), mode)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'open', _showPath(path)) from None


def _readWork(fd: int, length: int, position: int | None) -> bytes:
    try:
        if position is None:
            return os.read(fd, length)
        return os.pread(fd, length, position)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'read') from None


def _writeWork(fd: int, data: Any, position: int | None) -> int:
    try:
        if position is None:
            return os.write(fd, data)
        return os.pwrite(fd, data, position)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'write') from None


def _writevWork(fd: int, chunks: list[Any], position: int | None) -> int:
    try:
        if position is None:
            return os.writev(fd, chunks)
        return os.pwritev(fd, chunks, position)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'write') from None


def _closeWork(fd: int) -> None:
    try:
        os.close(fd)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'close') from None


def _fsyncWork(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'fsync') from None


class _FsOps:
    """The callback-style ``fs.open/read/write/writev/close/fsync`` the streams call
    (Node's ``stream[kFs]``); arguments are checked on the calling thread."""

    @staticmethod
    def open(path: Any, flags: Any, mode: Any, cb: Callable[..., Any]) -> None:
        path = toPath(path)
        validatePath(path)
        _request(_openWork, cb, path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666))

    @staticmethod
    def read(fd: int, length: int, position: int | None, cb: Callable[..., Any]) -> None:
        _request(_readWork, cb, fd, length, position)

    @staticmethod
    def write(fd: int, data: Any, position: int | None, cb: Callable[..., Any]) -> None:
        _request(_writeWork, cb, fd, data, position)

    @staticmethod
    def writev(fd: int, chunks: list[Any], position: int | None,
               cb: Callable[..., Any]) -> None:
        _request(_writevWork, cb, fd, chunks, position)

    @staticmethod
    def close(fd: int, cb: Callable[..., Any]) -> None:
        _request(_closeWork, cb, fd)

    @staticmethod
    def fsync(fd: int, cb: Callable[..., Any]) -> None:
        _request(_fsyncWork, cb, fd)


_fs = _FsOps()


# -- lib/internal/fs/streams.js ----------------------------------------------------

kIoDone = Symbol('kIoDone')


def _construct(stream: Any, callback: Callable[..., Any]) -> None:
    if isinstance(stream.fd, int):
        callback()
        return

    def onopen(er: Any, fd: Any) -> None:
        if er:
            callback(er)
        else:
            stream.fd = fd
            stream._ownFd = True
            stream._life = lifetime()
            stream._life.track(stream)
            callback()
            stream.emit('open', stream.fd)
            stream.emit('ready')
    _fs.open(stream.path, stream.flags, stream.mode, onopen)


def close(stream: Any, err: Any, cb: Callable[..., Any]) -> None:
    if not stream.fd:  # Node's `!stream.fd`: fd 0 is left open too
        cb(err)
    elif stream.flush:
        stream._fs.fsync(stream.fd, lambda flushErr, *_: _close(stream, err or flushErr, cb))
    else:
        _close(stream, err, cb)


def _close(stream: Any, err: Any, cb: Callable[..., Any]) -> None:
    stream._fs.close(stream.fd, lambda er, *_: cb(er or err))
    stream.fd = None


def importFd(stream: Any, options: dict[str, Any]) -> Any:
    fd = options.get('fd')
    if isinstance(fd, (int, float)) and not isinstance(fd, bool):
        # When fd is a raw descriptor, we must keep our fingers crossed that the
        # descriptor won't get closed, or worse, replaced with another one.
        stream._fs = _fs
        return fd
    raise ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd)


def _destroyAfterIo(stream: Any, err: Any, cb: Callable[..., Any]) -> None:
    # Usually for async IO it is safe to close a file descriptor even when there
    # are pending operations. However, file IO is implemented using synchronous
    # operations running in a thread pool, so wait for any pending IO to finish.
    if stream._isPerformingIO:
        stream.once(kIoDone, lambda er=None, *_: close(stream, err or er, cb))
    else:
        close(stream, err, cb)


class _FileStream:
    """What ``ReadStream`` and ``WriteStream`` share: the fd's bookkeeping."""

    fd: Any = None
    path: Any = None
    flags: Any = None
    mode: Any = None
    flush = False
    _ownFd = False
    _isPerformingIO = False
    _life: Any = None
    _fs: Any = _fs

    def _importOptions(self, path: Any, options: dict[str, Any], defaultFlags: str) -> None:
        if options.get('fd') is None:
            self.fd = None
            self._fs = _fs
            # Path will be ignored when fd is specified, so it can be falsy
            self.path = toPath(path)
            self.flags = defaultFlags if options.get('flags') is None else options['flags']
            self.mode = 0o666 if options.get('mode') is None else options['mode']
            validatePath(self.path)
        else:
            self.fd = getValidatedFd(importFd(self, options))
        options['autoDestroy'] = True if options.get('autoClose') is None \
            else options['autoClose']

    def _construct(self, callback: Callable[..., Any]) -> None:
        _construct(self, callback)

    def _destroy(self, err: Any, cb: Callable[..., Any]) -> None:
        _destroyAfterIo(self, err, cb)

    @property
    def pending(self) -> bool:
        return self.fd is None

    def _closeAtExit(self) -> None:
        """``process.run`` is ending: close a file we opened (Node's exit leaves it to the OS)."""
        fd = self.fd
        if self._ownFd and isinstance(fd, int) and not self._isPerformingIO:
            self.fd = None
            try:
                os.close(fd)
            except OSError:
                pass


class ReadStream(_FileStream, Readable):
    """Node's ``fs.ReadStream``."""

    def __init__(self, path: Any, options: Any = None) -> None:
        # A little bit bigger buffer and water marks by default
        options = getOptions(options, {})
        if options.get('highWaterMark') is None:
            options['highWaterMark'] = 64 * 1024
        self._importOptions(path, options, 'r')

        self.start = options.get('start')
        self.end = options.get('end')
        self.pos: Any = None
        self.bytesRead = 0
        self._isPerformingIO = False

        if self.start is not None:
            validateInteger(self.start, 'start', 0)
            self.pos = self.start

        if self.end is None:
            self.end = math.inf
        elif self.end != math.inf:
            validateInteger(self.end, 'end', 0)
            if self.start is not None and self.start > self.end:
                raise ERR_OUT_OF_RANGE('start', f'<= "end" (here: {self.end})', self.start)

        Readable.__init__(self, options)

    @property
    def autoClose(self) -> bool:
        """Node's ``readStream.autoClose``."""
        return bool(self._readableState.autoDestroy)

    @autoClose.setter
    def autoClose(self, val: Any) -> None:
        self._readableState.autoDestroy = val

    def _read(self, n: Any = None) -> None:
        if self.pos is not None:
            n = min(self.end - self.pos + 1, n)
        else:
            n = min(self.end - self.bytesRead + 1, n)

        if n <= 0:
            self.push(None)
            return

        self._isPerformingIO = True

        def onread(er: Any, buf: Any) -> None:
            self._isPerformingIO = False
            # Tell ._destroy() that it's safe to close the fd now.
            if self.destroyed:
                self.emit(kIoDone, er)
                return
            if er:
                errorOrDestroy(self, er)
            elif len(buf) > 0:
                if self.pos is not None:
                    self.pos += len(buf)
                self.bytesRead += len(buf)
                self.push(buf)
            else:
                self.push(None)
        self._fs.read(self.fd, int(n), self.pos, onread)

    def close(self, cb: Any = None) -> None:
        """Node's ``readStream.close()``."""
        if callable(cb):
            finished(self, cb)
        self.destroy()


def writeAll(stream: Any, data: Any, size: int, pos: Any, cb: Callable[..., Any],
             retries: int = 0) -> None:
    def onwrite(er: Any, bytesWritten: Any) -> None:
        nonlocal size, pos, retries
        # No data currently available and operation should be retried later.
        if er is not None and getattr(er, 'code', None) == 'EAGAIN':
            er = None
            bytesWritten = 0
        if stream.destroyed or er:
            cb(er or ERR_STREAM_DESTROYED('write'))
            return
        stream.bytesWritten += bytesWritten
        retries = 0 if bytesWritten else retries + 1
        size -= bytesWritten
        if pos is not None:
            pos += bytesWritten
        # Try writing non-zero number of bytes up to 5 times.
        if retries > 5:
            # Node's ERR_SYSTEM_ERROR('write failed') has no errno to show; EIO says it.
            cb(uvException(_errno.EIO, 'write'))
        elif size:
            writeAll(stream, memoryview(data)[bytesWritten:], size, pos, cb, retries)
        else:
            cb()
    stream._fs.write(stream.fd, data, pos, onwrite)


def writevAll(stream: Any, chunks: list[Any], size: int, pos: Any, cb: Callable[..., Any],
              retries: int = 0) -> None:
    def onwrite(er: Any, bytesWritten: Any) -> None:
        nonlocal size, pos, retries
        # No data currently available and operation should be retried later.
        if er is not None and getattr(er, 'code', None) == 'EAGAIN':
            er = None
            bytesWritten = 0
        if stream.destroyed or er:
            cb(er or ERR_STREAM_DESTROYED('writev'))
            return
        stream.bytesWritten += bytesWritten
        retries = 0 if bytesWritten else retries + 1
        size -= bytesWritten
        if pos is not None:
            pos += bytesWritten
        if retries > 5:
            cb(uvException(_errno.EIO, 'writev'))
        elif size:
            rest = b''.join(chunks)[bytesWritten:]
            writevAll(stream, [rest], size, pos, cb, retries)
        else:
            cb()
    stream._fs.writev(stream.fd, chunks, pos, onwrite)


class WriteStream(_FileStream, Writable):
    """Node's ``fs.WriteStream``."""

    def __init__(self, path: Any, options: Any = None) -> None:
        options = getOptions(options, {})
        # Only buffers are supported.
        options['decodeStrings'] = True
        self._importOptions(path, options, 'w')

        flush = options.get('flush')
        if flush is None:
            self.flush = False
        else:
            validateBoolean(flush, 'options.flush')
            self.flush = flush

        self.start = options.get('start')
        self.pos: Any = None
        self.bytesWritten = 0
        self._isPerformingIO = False

        if self.start is not None:
            validateInteger(self.start, 'start', 0)
            self.pos = self.start

        Writable.__init__(self, options)

        if options.get('encoding'):
            self.setDefaultEncoding(options['encoding'])

    @property
    def autoClose(self) -> bool:
        """Node's ``writeStream.autoClose``."""
        return bool(self._writableState.autoDestroy)

    @autoClose.setter
    def autoClose(self, val: Any) -> None:
        self._writableState.autoDestroy = val

    def _afterIo(self, cb: Callable[..., Any]) -> Callable[..., None]:
        def done(er: Any = None) -> None:
            self._isPerformingIO = False
            if self.destroyed:
                # Tell ._destroy() that it's safe to close the fd now.
                cb(er)
                self.emit(kIoDone, er)
                return
            cb(er)
        return done

    def _write(self, data: Any, encoding: Any, cb: Callable[..., Any]) -> None:
        self._isPerformingIO = True
        writeAll(self, data, len(data), self.pos, self._afterIo(cb))
        if self.pos is not None:
            self.pos += len(data)

    def _writev(self, data: list[dict[str, Any]], cb: Callable[..., Any]) -> None:
        chunks = [entry['chunk'] for entry in data]
        size = sum(len(chunk) for chunk in chunks)
        self._isPerformingIO = True
        writevAll(self, chunks, size, self.pos, self._afterIo(cb))
        if self.pos is not None:
            self.pos += size

    def close(self, cb: Any = None) -> None:
        """Node's ``writeStream.close()``."""
        if cb:
            if self.closed:
                nextTick(cb)
                return
            self.on('close', cb)
        # If we are not autoClosing, we should call destroy on 'finish'.
        if not self.autoClose:
            self.on('finish', self.destroy)
        # We use end() instead of destroy() because of
        # https://github.com/nodejs/node/issues/2006
        self.end()

    # There is no shutdown() for files.
    def destroySoon(self, *args: Any) -> Any:
        """Node's ``writeStream.destroySoon()``."""
        return self.end(*args)


def createReadStream(path: Any, options: Any = None) -> ReadStream:
    """Node's ``fs.createReadStream()``."""
    return ReadStream(path, options)


def createWriteStream(path: Any, options: Any = None) -> WriteStream:
    """Node's ``fs.createWriteStream()``."""
    return WriteStream(path, options)


# -- lib/fs.js: the synchronous calls ------------------------------------------------

def _isFd(path: Any) -> bool:
    return isinstance(path, int) and not isinstance(path, bool)


def _openSync(path: Any, flags: Any, mode: Any) -> int:
    path = toPath(path)
    validatePath(path)
    return _openWork(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666))


def readFileSync(path: Any, options: Any = None) -> Any:
    """``fs.readFileSync(path[, options])``: ``bytes``, or ``str`` with an encoding."""
    options = getOptions(options, {'flag': 'r'})
    isUserFd = _isFd(path)  # File descriptor ownership
    fd = getValidatedFd(path) if isUserFd else _openSync(path, options.get('flag', 'r'), 0o666)
    try:
        parts = []
        while True:
            chunk = _readWork(fd, 64 * 1024, None)
            if not chunk:
                break
            parts.append(chunk)
    finally:
        if not isUserFd:
            os.close(fd)
    data = b''.join(parts)
    encoding = options.get('encoding')
    if encoding and encoding != 'buffer':
        return _bufferToString(data, encoding)
    return data


def writeFileSync(file: Any, data: Any, options: Any = None) -> None:
    """``fs.writeFileSync(file, data[, options])``."""
    options = getOptions(options, {'encoding': 'utf8', 'mode': 0o666, 'flag': 'w'})
    if isinstance(data, str):
        data = encodeString(data, options.get('encoding') or 'utf8')
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        raise ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data)
    flush = options.get('flush')
    if flush is not None:
        validateBoolean(flush, 'options.flush')
    isUserFd = _isFd(file)  # File descriptor ownership
    fd = getValidatedFd(file) if isUserFd else _openSync(
        file, options.get('flag') or 'w', options.get('mode'))
    try:
        view = memoryview(data)
        while view:
            view = view[_writeWork(fd, view, None):]
        if flush:
            _fsyncWork(fd)
    finally:
        if not isUserFd:
            os.close(fd)


def existsSync(path: Any) -> bool:
    """``fs.existsSync(path)``: never throws; a bad path is just ``False``."""
    try:
        path = toPath(path)
        validatePath(path)
    except (TypeError, ValueError):
        return False
    return os.access(path, os.F_OK)


def unlinkSync(path: Any) -> None:
    """Node's ``fs.unlinkSync()``."""
    path = toPath(path)
    validatePath(path)
    try:
        os.unlink(path)
    except OSError as exc:
        raise uvErrorFromOSError(exc, 'unlink', _showPath(path)) from None
