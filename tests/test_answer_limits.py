"""Answers read into memory are bounded (issue #16, rows 5 and 6): however a server encodes or
stretches an answer, the client holds at most `max_answer_size` bytes of it."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import httpx
import pytest
from hostile import (
    KEY,
    SYNC_ASYNC,
    answering,
    endless,
    read_task,
    streamed,
)

import a2e
from a2e_client.api.face_swap import get_face_swap_task

ANSWER = (
    b'{"code":0,"data":{"_id":"t1","current_status":"completed","pad":"' + b" " * 2**25 + b'"}}'
)


@SYNC_ASYNC
@pytest.mark.parametrize("shape", ["gzip", "deflate", "endless"])
def test_answers_read_into_memory_are_bounded(use_async: bool, shape: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept-encoding"] == "gzip, deflate"
        if shape == "endless":
            return endless(request)
        packed = gzip.compress(ANSWER) if shape == "gzip" else zlib.compress(ANSWER)
        return streamed(packed, **{"Content-Encoding": shape})

    client = answering(answer, max_answer_size=2**20)
    tracemalloc.start()
    try:
        with pytest.raises(a2e.InvalidResponseError, match="larger than 1048576 bytes"):
            read_task(client, use_async=use_async)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, f"peak {peak} bytes"


@SYNC_ASYNC
def test_an_answer_in_an_encoding_not_asked_for_is_refused(use_async: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return streamed(b"\x0b\x02\x80{}\x03", **{"Content-Encoding": "br"})

    with pytest.raises(a2e.InvalidResponseError, match="'br', which was not asked for"):
        read_task(answering(answer), use_async=use_async)


BODY = b'{"code":0,"data":{"_id":"t1","current_status":"completed"}}'


@pytest.mark.parametrize(
    ("packed", "coding"),
    [
        (gzip.compress(BODY), "gzip"),
        (zlib.compress(BODY), "deflate"),
        (zlib.compress(BODY)[2:-4], "deflate"),  # as some servers send it: no zlib frame
    ],
    ids=["gzip", "deflate", "raw-deflate"],
)
def test_compressed_answers_within_the_cap_still_read(packed: bytes, coding: str) -> None:
    client = answering(lambda request: streamed(packed, **{"Content-Encoding": coding}))
    assert a2e.unwrap(get_face_swap_task.sync_detailed("t1", client=client)).id == "t1"


def test_max_answer_size_is_checked() -> None:
    with pytest.raises(a2e.ConfigurationError, match="max_answer_size"):
        a2e.Client(KEY, max_answer_size=0)
