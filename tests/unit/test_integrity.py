"""Judging one device's chain (`domain.integrity.judge_chain`): what fails, what is named, what the prefix grows to;
and the check of the ids every entry read must have."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.entries import GENESIS_HASH
from desktop_app.domain.integrity import ALTERED, BAD_SIGNATURE, Link, judge_chain
from desktop_app.services.verified.kept import is_uuid

DEVICE = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
KEY = "author"


def _chain(length: int) -> list[Link]:
    """A sound chain of one author: each hash over its place and the hash before it; signatures are the hash."""
    links, previous = [], GENESIS_HASH
    for seq in range(1, length + 1):
        digest = hashlib.sha256(previous + seq.to_bytes(8, "big")).digest()
        links.append(Link(f"e{seq}", seq, previous, digest, True, KEY, digest, digest))
        previous = digest
    return links


def _verify(public: bytes, message: bytes, signature: bytes) -> bool:
    return public == b"key" and message == signature


def _judge(links: list[Link]) -> tuple[dict[str, str], list[tuple[str, str]], int]:
    verdict = judge_chain(DEVICE, links, b"", lambda key_id: b"key" if key_id == KEY else None, _verify)
    return verdict.failed, verdict.problems, verdict.trusted_to


def test_a_sound_chain_grows_the_prefix_over_every_entry() -> None:
    assert _judge(_chain(5)) == ({}, [], 5)


@pytest.mark.parametrize("changed", ["recorded hash", "content"])
def test_an_altered_entry_is_the_only_one_blamed_whichever_half_was_changed(changed: str) -> None:
    """The entry after an altered one names either its recorded hash (its content was changed) or the hash of its
    content as held (its recorded hash was changed): neither blames the next entry, which still needs a signature
    of its own key to vouch for it; the prefix stops before the altered one."""
    links = _chain(5)
    victim = links[2]
    if changed == "recorded hash":
        flipped = bytes([victim.hash[0] ^ 1]) + victim.hash[1:]
        links[2] = victim._replace(hash=flipped, content_ok=False, signature=flipped)
    else:
        links[2] = victim._replace(content_ok=False, content_hash=bytes(32))
    failed, problems, grown = _judge(links)
    assert failed == {"e3": ALTERED}
    assert problems == []
    assert grown == 2


def test_after_an_altered_entry_a_link_to_neither_hash_is_named() -> None:
    links = _chain(5)
    links[2] = links[2]._replace(content_ok=False, content_hash=bytes(32))
    links[3] = links[3]._replace(prev_hash=b"\x07" * 32)
    failed, problems, _ = _judge(links)
    assert failed == {"e3": ALTERED}
    assert problems == [("e4", "does not follow the entry before it (chain broken)")]


def test_after_an_altered_entry_the_rest_still_needs_a_signature() -> None:
    """Joining on to an altered entry vouches for nothing: the entries after it hold only through a signature of
    their own key (a later one vouches for an earlier one; the newest one's own must hold)."""
    links = _chain(5)
    links[2] = links[2]._replace(content_ok=False, content_hash=bytes(32))
    links[3] = links[3]._replace(signature=bytes(32))
    assert _judge(links)[0] == {"e3": ALTERED}  # e4's bad signature is vouched for by e5's
    links[4] = links[4]._replace(signature=bytes(32))
    assert _judge(links)[0] == {"e3": ALTERED, "e4": BAD_SIGNATURE, "e5": BAD_SIGNATURE}


def _is_uuid_by_parsing(text: object) -> bool:
    """The definition `is_uuid` had: what `uuid.UUID` reads and writes back unchanged."""
    try:
        return str(uuid.UUID(text)) == text  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        return False


_near_uuids = (
    st.uuids()
    .map(str)
    .flatmap(
        lambda u: st.sampled_from(
            [
                u,
                u.upper(),
                u.replace("-", ""),
                "{" + u + "}",
                "urn:uuid:" + u,
                u + "\n",
                " " + u,
                u[:-1] + "g",
                u[:8] + "_" + u[9:],
            ]
        )
    )
)


@settings(max_examples=500, deadline=None)
@given(text=_near_uuids | st.text(max_size=40) | st.none() | st.integers())
def test_ids_are_checked_by_pattern_exactly_as_by_parsing(text: object) -> None:
    """Every entry read has its id checked: by a pattern now, which accepts exactly what parsing did."""
    assert is_uuid(text) == _is_uuid_by_parsing(text)  # type: ignore[arg-type]
