"""Small, valid media files for the mock's results: PNG, JPEG, MP4 (H.264), MP3 and WAV.

Made with the standard library only, so that a user's pipeline (Pillow, ffmpeg, a player)
opens what the mock serves. Each file carries a short text (the result's address) in the
place its format keeps comments, so that two results differ as A2E's do; the rest of each
file is built once and cached.
"""

from __future__ import annotations

import functools
import io
import math
import struct
import wave
import zlib
from collections.abc import Callable

# A picture 64 pixels square; a video of 32x32 pixels at 10 frames a second for one second;
# sounds of half a second. Small enough to serve fast, large enough to be seen and heard.
IMAGE_SIZE = 64
VIDEO_SIZE = 32
VIDEO_FRAMES = 10
VIDEO_FPS = 10
SOUND_SECONDS = 0.5
WAV_RATE = 8000
TONE_HZ = 440.0


def media_for(suffix: str) -> Callable[[str], bytes] | None:
    """The maker of a file of this suffix (".png"...), called with its comment; None for a
    suffix that names no format made here."""
    return _MAKERS.get(suffix.lower())


def _ascii(comment: str) -> bytes:
    """The comment as the formats' text fields take it: ASCII, anything else escaped."""
    return comment.encode("ascii", "backslashreplace")


# PNG: signature, IHDR, tEXt (the comment), IDAT, IEND; each chunk with its CRC.


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def _png_parts() -> tuple[bytes, bytes]:
    size = IMAGE_SIZE
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = b"".join(
        b"\x00" + bytes(v for x in range(size) for v in (x * 4, y * 4, 160)) for y in range(size)
    )
    head = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
    tail = _png_chunk(b"IDAT", zlib.compress(rows, 9)) + _png_chunk(b"IEND", b"")
    return head, tail


def png(comment: str) -> bytes:
    head, tail = _png_parts()
    return head + _png_chunk(b"tEXt", b"Comment\x00" + _ascii(comment)) + tail


# JPEG: a baseline greyscale picture of flat 8x8 blocks. Only the DC coefficient of each block
# is coded, so one standard DC table and an AC table holding nothing but end-of-block suffice.

_DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)  # the standard luminance DC table


def _huffman_codes(bits: tuple[int, ...]) -> list[tuple[int, int]]:
    """(code, length) of each symbol in order, from the count of codes of each length."""
    codes, code = [], 0
    for length, count in enumerate(bits, start=1):
        for _ in range(count):
            codes.append((code, length))
            code += 1
        code <<= 1
    return codes


def _segment(marker: int, data: bytes) -> bytes:
    return struct.pack(">HH", 0xFF00 | marker, len(data) + 2) + data


class _Bits:
    """A big-endian bit writer; `data()` pads with ones and stuffs JPEG's 0xFF bytes."""

    def __init__(self) -> None:
        self.value = 0
        self.count = 0

    def put(self, value: int, length: int) -> None:
        self.value = (self.value << length) | (value & ((1 << length) - 1))
        self.count += length

    def jpeg_data(self) -> bytes:
        pad = -self.count % 8
        raw = ((self.value << pad) | ((1 << pad) - 1)).to_bytes((self.count + pad) // 8, "big")
        return raw.replace(b"\xff", b"\xff\x00")


@functools.cache
def _jpeg_parts() -> tuple[bytes, bytes]:
    size, block = IMAGE_SIZE, 8
    dc_codes = _huffman_codes(_DC_BITS)
    scan, previous = _Bits(), 0
    for by in range(size // block):
        for bx in range(size // block):
            # Quantized by 8, a flat block's DC coefficient is its level less 128.
            level = 40 + (bx + by) * 12
            difference, previous = level - 128 - previous, level - 128
            category = abs(difference).bit_length()
            scan.put(*dc_codes[category])
            if category:
                scan.put(difference if difference > 0 else difference - 1, category)
            scan.put(0, 1)  # end of block: the only AC symbol, code 0
    head = b"\xff\xd8" + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    tail = b"".join(
        [
            _segment(0xDB, b"\x00" + bytes([8] * 64)),
            _segment(0xC0, struct.pack(">BHHBBBB", 8, size, size, 1, 1, 0x11, 0)),
            _segment(0xC4, b"\x00" + bytes(_DC_BITS) + bytes(range(12))),
            _segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00"),
            _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
            scan.jpeg_data(),
            b"\xff\xd9",
        ]
    )
    return head, tail


def jpeg(comment: str) -> bytes:
    head, tail = _jpeg_parts()
    return head + _segment(0xFE, _ascii(comment)[:65000]) + tail


# MP4: one H.264 video track of intra frames whose macroblocks are sent uncoded (I_PCM), the
# simplest stream every decoder must read; the comment goes in a `free` box at the end.


class _Rbsp(_Bits):
    """Bits of an H.264 syntax structure, with Exp-Golomb codes."""

    def ue(self, value: int) -> None:
        self.put(value + 1, 2 * (value + 1).bit_length() - 1)

    def align(self, bit: int) -> None:
        while self.count % 8:
            self.put(bit, 1)

    def nal(self, header: int) -> bytes:
        """The NAL unit: its header byte, then these bits closed by the trailing bits, with
        emulation prevention bytes where the payload would look like a start code."""
        self.put(1, 1)
        self.align(0)
        payload = self.value.to_bytes(self.count // 8, "big")
        out, zeros = bytearray([header]), 0
        for byte in payload:
            if zeros >= 2 and byte <= 3:
                out.append(3)
                zeros = 0
            out.append(byte)
            zeros = zeros + 1 if byte == 0 else 0
        return bytes(out)


_PROFILE, _LEVEL = 66, 30  # Baseline, level 3


def _sps() -> bytes:
    bits = _Rbsp()
    bits.put(_PROFILE, 8)
    bits.put(0xC0, 8)  # constraint_set0 and 1: constrained baseline
    bits.put(_LEVEL, 8)
    for value in (0, 0, 2, 1):  # sps id, log2_max_frame_num - 4, POC type 2, one ref frame
        bits.ue(value)
    bits.put(0, 1)  # no gaps in frame_num
    bits.ue(VIDEO_SIZE // 16 - 1)
    bits.ue(VIDEO_SIZE // 16 - 1)
    bits.put(0b1100, 4)  # frames only, direct 8x8 inference, no cropping, no VUI
    return bits.nal(0x67)


def _pps() -> bytes:
    bits = _Rbsp()
    bits.ue(0)
    bits.ue(0)
    bits.put(0, 2)  # CAVLC, no bottom-field POC
    for value in (0, 0, 0):  # one slice group, one reference each way
        bits.ue(value)
    bits.put(0, 3)  # no weighted prediction
    for _ in range(3):  # QP, QS and chroma QP offsets of 0 (se(0) is ue(0))
        bits.ue(0)
    bits.put(0, 3)  # no deblocking control, intra prediction unconstrained, no redundant pictures
    return bits.nal(0x68)


def _frame(index: int) -> bytes:
    """One IDR picture: every macroblock I_PCM, a diagonal gradient moving with `index`."""
    bits = _Rbsp()
    for value in (0, 7, 0):  # first macroblock, slice type I (all slices), pps id
        bits.ue(value)
    bits.put(0, 4)  # frame_num
    bits.ue(index % 2)  # idr_pic_id: consecutive IDR pictures differ
    bits.put(0, 2)  # keep earlier pictures' output; no long-term reference
    bits.ue(0)  # slice_qp_delta
    across = VIDEO_SIZE // 16
    for mb in range(across * across):
        bits.ue(25)  # I_PCM
        bits.align(0)
        top, left = (mb // across) * 16, (mb % across) * 16
        luma = bytes(
            16 + ((left + x + top + y + 6 * index) * 3) % 220 for y in range(16) for x in range(16)
        )
        chroma = bytes([128 - 4 * index] * 64 + [96 + 8 * index] * 64)
        for byte in luma + chroma:
            bits.put(byte, 8)
    return bits.nal(0x65)


def _box(kind: bytes, *parts: bytes) -> bytes:
    data = b"".join(parts)
    return struct.pack(">I", len(data) + 8) + kind + data


def _full_box(kind: bytes, version_flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", version_flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _moov(samples: list[bytes], sps: bytes, pps: bytes, mdat_offset: int) -> bytes:
    timescale, delta = 1000, 1000 // VIDEO_FPS
    duration = delta * len(samples)
    size = VIDEO_SIZE
    avcc = _box(
        b"avcC",
        bytes([1, _PROFILE, 0xC0, _LEVEL, 0xFF, 0xE1]),
        struct.pack(">H", len(sps)),
        sps,
        b"\x01",
        struct.pack(">H", len(pps)),
        pps,
    )
    avc1 = _box(
        b"avc1",
        bytes(6) + struct.pack(">H", 1) + bytes(16),
        struct.pack(">HHIIIH", size, size, 0x480000, 0x480000, 0, 1),
        bytes(32),
        struct.pack(">Hh", 0x18, -1),
        avcc,
    )
    stbl = _box(
        b"stbl",
        _full_box(b"stsd", 0, struct.pack(">I", 1), avc1),
        _full_box(b"stts", 0, struct.pack(">III", 1, len(samples), delta)),
        _full_box(b"stsc", 0, struct.pack(">IIII", 1, 1, len(samples), 1)),
        _full_box(
            b"stsz",
            0,
            struct.pack(">II", 0, len(samples)),
            *(struct.pack(">I", len(s)) for s in samples),
        ),
        _full_box(b"stco", 0, struct.pack(">II", 1, mdat_offset)),
    )
    minf = _box(
        b"minf",
        _full_box(b"vmhd", 1, bytes(8)),
        _box(b"dinf", _full_box(b"dref", 0, struct.pack(">I", 1), _full_box(b"url ", 1))),
        stbl,
    )
    mdia = _box(
        b"mdia",
        _full_box(b"mdhd", 0, struct.pack(">IIIIHH", 0, 0, timescale, duration, 0x55C4, 0)),
        _full_box(b"hdlr", 0, bytes(4), b"vide", bytes(12), b"VideoHandler\x00"),
        minf,
    )
    tkhd = _full_box(
        b"tkhd",
        3,  # enabled, in the movie
        struct.pack(">IIIII", 0, 0, 1, 0, duration),
        bytes(8),
        struct.pack(">hhhH", 0, 0, 0, 0),
        _MATRIX,
        struct.pack(">II", size << 16, size << 16),
    )
    mvhd = _full_box(
        b"mvhd",
        0,
        struct.pack(">IIIIIH", 0, 0, timescale, duration, 0x10000, 0x100),
        bytes(10),
        _MATRIX,
        bytes(24),
        struct.pack(">I", 2),
    )
    return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))


@functools.cache
def _mp4_body() -> bytes:
    sps, pps = _sps(), _pps()
    samples = [struct.pack(">I", len(nal)) + nal for nal in map(_frame, range(VIDEO_FRAMES))]
    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    # The chunk offset's value does not change the moov's length: measure, then fill it in.
    offset = len(ftyp) + len(_moov(samples, sps, pps, 0)) + 8
    return ftyp + _moov(samples, sps, pps, offset) + _box(b"mdat", *samples)


def mp4(comment: str) -> bytes:
    return _mp4_body() + _box(b"free", _ascii(comment))


# MP3: an ID3v2.3 tag titled with the comment, then silent MPEG-1 Layer III frames (mono,
# 48 kHz, 32 kbit/s: 96 bytes, 1152 samples each; all-zero side information is silence).

_MP3_HEADER = b"\xff\xfb\x14\xc0"
MP3_FRAME_BYTES = 96
_MP3_FRAME_SAMPLES, _MP3_RATE = 1152, 48000


def _syncsafe(value: int) -> bytes:
    return bytes((value >> shift) & 0x7F for shift in (21, 14, 7, 0))


@functools.cache
def _mp3_frames() -> bytes:
    count = math.ceil(SOUND_SECONDS * _MP3_RATE / _MP3_FRAME_SAMPLES)
    return (_MP3_HEADER + bytes(MP3_FRAME_BYTES - len(_MP3_HEADER))) * count


def mp3(comment: str) -> bytes:
    title = b"\x00" + _ascii(comment)  # ISO-8859-1
    frame = b"TIT2" + struct.pack(">IH", len(title), 0) + title
    return b"ID3\x03\x00\x00" + _syncsafe(len(frame)) + frame + _mp3_frames()


# WAV: a tone, 16-bit mono PCM, written by the `wave` module; the comment in a LIST/INFO chunk
# after the samples, which readers skip.


@functools.cache
def _wav_body() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(WAV_RATE)
        count = int(WAV_RATE * SOUND_SECONDS)
        file.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * TONE_HZ * n / WAV_RATE)))
                for n in range(count)
            )
        )
    return out.getvalue()


def _riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + b"\x00" * (len(data) % 2)


def wav(comment: str) -> bytes:
    body = _wav_body()
    info = _riff_chunk(b"LIST", b"INFO" + _riff_chunk(b"ICMT", _ascii(comment) + b"\x00"))
    whole = body + info
    return whole[:4] + struct.pack("<I", len(whole) - 8) + whole[8:]


_MAKERS: dict[str, Callable[[str], bytes]] = {
    ".png": png,
    ".jpg": jpeg,
    ".jpeg": jpeg,
    ".mp4": mp4,
    ".mp3": mp3,
    ".wav": wav,
}
