"""The mock's result files are real media of the kind their name says: checked with the
standard library, and with ffprobe and ffmpeg where they are installed."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import wave
import zlib
from pathlib import Path

import pytest

from a2e.mock.media import MP3_FRAME_BYTES
from a2e.mock.results import RESULTS_PATH, content_of

NAME = "face_swap/6674f1765699df7e9d25311a"


def _file(suffix: str) -> bytes:
    return content_of(f"{RESULTS_PATH}{NAME}{suffix}")


def _boxes(data: bytes) -> dict[bytes, bytes]:
    """The boxes of one level of an MP4, by kind (their sizes must add up to the whole)."""
    found: dict[bytes, bytes] = {}
    at = 0
    while at < len(data):
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        assert size >= 8 and at + size <= len(data), (kind, size)
        found[kind] = data[at + 8 : at + size]
        at += size
    assert at == len(data)
    return found


def test_png_chunks_and_pixels() -> None:
    data = _file(".png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        chunks.append((kind, body))
        at += 12 + length
    assert [k for k, _ in chunks] == [b"IHDR", b"tEXt", b"IDAT", b"IEND"]
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (depth, colour) == (8, 2) and width == height > 0
    pixels = zlib.decompress(chunks[2][1])
    assert len(pixels) == height * (1 + 3 * width)
    assert NAME.encode() in chunks[1][1]


def test_jpeg_segments() -> None:
    data = _file(".jpg")
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    markers, at = [], 2
    while True:
        marker, length = struct.unpack(">HH", data[at : at + 4])
        markers.append(marker)
        if marker == 0xFFC0:
            _, height, width, components = struct.unpack(">BHHB", data[at + 4 : at + 10])
            assert width == height > 0 and components == 1
        if marker == 0xFFFE:
            assert NAME.encode() in data[at + 4 : at + 2 + length]
        at += 2 + length
        if marker == 0xFFDA:
            break
    assert markers == [0xFFE0, 0xFFFE, 0xFFDB, 0xFFC0, 0xFFC4, 0xFFC4, 0xFFDA]
    scan = data[at:-2]
    # In entropy-coded data every 0xFF is stuffed with a 0x00.
    assert scan and all(scan[i + 1] == 0 for i in range(len(scan)) if scan[i] == 0xFF)
    assert _file(".jpeg")[:2] == b"\xff\xd8"


def test_mp4_boxes_point_at_its_frames() -> None:
    data = _file(".mp4")
    top = _boxes(data)
    assert list(top) == [b"ftyp", b"moov", b"mdat", b"free"]
    assert top[b"ftyp"][:4] == b"isom" and NAME.encode() in top[b"free"]
    moov = _boxes(top[b"moov"])
    trak = _boxes(moov[b"trak"])
    mdia = _boxes(trak[b"mdia"])
    assert mdia[b"hdlr"][8:12] == b"vide"
    stbl = _boxes(_boxes(mdia[b"minf"])[b"stbl"])
    entry = stbl[b"stsd"][8:]
    assert entry[4:8] == b"avc1"
    avcc = _boxes(entry[8 + 78 :])[b"avcC"]  # after the 78 bytes of a visual sample entry
    assert avcc[0] == 1 and avcc[8] & 0x1F == 7  # version 1, then a sequence parameter set
    count = struct.unpack(">I", stbl[b"stsz"][8:12])[0]
    sizes = struct.unpack(f">{count}I", stbl[b"stsz"][12:])
    (offset,) = struct.unpack(">I", stbl[b"stco"][8:12])
    mdat_start = data.index(b"mdat") + 4
    assert offset == mdat_start and sum(sizes) == len(top[b"mdat"])
    at = offset
    for size in sizes:
        (length,) = struct.unpack(">I", data[at : at + 4])
        assert length == size - 4 and data[at + 4] & 0x1F == 5  # one IDR picture
        at += size


def test_mp3_frames_follow_their_tag() -> None:
    data = _file(".mp3")
    assert data[:3] == b"ID3"
    tag = sum(b << shift for b, shift in zip(data[6:10], (21, 14, 7, 0), strict=True)) + 10
    assert NAME.encode() in data[:tag]
    frames = data[tag:]
    assert frames and len(frames) % MP3_FRAME_BYTES == 0
    for at in range(0, len(frames), MP3_FRAME_BYTES):
        header = frames[at : at + 4]
        assert header[0] == 0xFF and header[1] & 0xE0 == 0xE0  # frame sync
        assert header == frames[:4]


def test_wav_reads_with_the_wave_module() -> None:
    data = _file(".wav")
    assert data[:4] == b"RIFF" and struct.unpack("<I", data[4:8])[0] == len(data) - 8
    with wave.open(io.BytesIO(data)) as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        frames = sound.readframes(sound.getnframes())
    assert len(frames) == 2 * sound.getnframes() > 0 and any(frames)
    assert NAME.encode() in data


def test_a_suffix_naming_no_format_gets_a_line_of_text() -> None:
    assert content_of(f"{RESULTS_PATH}{NAME}.bin") == f"a2e mock result {NAME}.bin\n".encode()


def test_each_result_file_carries_its_name() -> None:
    assert _file(".mp4") != content_of(f"{RESULTS_PATH}face_swap/{'1' * 24}.mp4")


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed")
@pytest.mark.parametrize(
    ("suffix", "codec"),
    [(".png", "png"), (".jpg", "mjpeg"), (".mp4", "h264"), (".mp3", "mp3"), (".wav", "pcm_s16le")],
)
def test_ffmpeg_reads_and_decodes_each_kind(tmp_path: Path, suffix: str, codec: str) -> None:
    path = tmp_path / f"result{suffix}"
    path.write_bytes(_file(suffix))
    probed = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name", "-of", "csv=p=0", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probed.returncode == 0 and probed.stderr == "", probed.stderr
    assert probed.stdout.split() == [codec]
    if shutil.which("ffmpeg") is not None:
        decoded = subprocess.run(
            ["ffmpeg", "-v", "error", "-i", path, "-f", "null", "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert decoded.returncode == 0 and decoded.stderr == "", decoded.stderr
