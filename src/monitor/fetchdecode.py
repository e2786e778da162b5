"""Decompression of response bodies in bounded steps (gzip, deflate, brotli, zstd): a small
compressed body can expand a thousandfold, so no step yields more than ``_DECODE_STEP`` bytes
and ``monitor.fetch`` counts the decoded bytes against its cap as they come.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence

import brotli
import zstandard

from monitor.errors import PermanentFetchError

_DECODE_STEP = 64 * 1024  # most bytes one decompression step may produce
_ZSTD_SLICE = 256  # zstd has no output limit: feed it small slices (RLE blocks expand ~32000x)


def decode(stream: Iterator[bytes], encodings: Sequence[str], url: str) -> Iterator[bytes]:
    """``stream`` with its content codings undone; raises ``PermanentFetchError`` on a coding
    it does not know, or a body that does not decode."""
    # Content-Encoding lists codings in the order applied: undo them in reverse.
    for encoding in reversed(encodings):
        decoder = _DECODERS.get(encoding)
        if decoder is None:
            raise PermanentFetchError(url, f"unsupported content encoding {encoding!r}")
        stream = _guard_decode(decoder(stream), url, encoding)
    return stream


def _guard_decode(stream: Iterator[bytes], url: str, encoding: str) -> Iterator[bytes]:
    try:
        yield from stream
    except (zlib.error, brotli.error, zstandard.ZstdError) as exc:
        raise PermanentFetchError(url, f"body could not be decoded ({encoding})") from exc


def _inflate(chunks: Iterable[bytes], wbits: int | None) -> Iterator[bytes]:
    """zlib output in bounded steps; gzip members are concatenated; ``None`` sniffs deflate."""
    decomp: zlib._Decompress | None = None
    for data in chunks:
        while data:
            if decomp is None:
                if wbits is None:  # "deflate" is zlib-wrapped by the RFC, raw by some servers
                    zlib_header = len(data) >= 2 and (data[0] & 0x0F) == 8
                    zlib_header = zlib_header and (data[0] * 256 + data[1]) % 31 == 0
                    decomp = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
                else:
                    decomp = zlib.decompressobj(wbits)
            out = decomp.decompress(data, _DECODE_STEP)
            if out:
                yield out
            if decomp.eof:
                data = decomp.unused_data
                decomp = None
                if wbits is None:
                    return
            else:
                data = decomp.unconsumed_tail
    if decomp is not None:
        tail = decomp.flush()
        if tail:
            yield tail


def _gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, 16 + zlib.MAX_WBITS)


def _deflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, None)


def _unbrotli(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decomp = brotli.Decompressor()
    for data in chunks:
        out = decomp.process(data, output_buffer_limit=_DECODE_STEP)
        while True:
            if out:
                yield out
            if decomp.can_accept_more_data():
                break
            out = decomp.process(b"", output_buffer_limit=_DECODE_STEP)


def _unzstd(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decomp = zstandard.ZstdDecompressor().decompressobj(read_across_frames=True)
    for data in chunks:
        for start in range(0, len(data), _ZSTD_SLICE):
            out = decomp.decompress(data[start : start + _ZSTD_SLICE])
            if out:
                yield out


_DECODERS: dict[str, Callable[[Iterator[bytes]], Iterator[bytes]]] = {
    "gzip": _gunzip,
    "x-gzip": _gunzip,
    "deflate": _deflate,
    "br": _unbrotli,
    "zstd": _unzstd,
}
