"""Judging one device's chain: which entries' hashes, links and signatures hold (the signature check is injected).

Every entry names the hash of the entry before it on its device, so a signature over an entry's hash commits to
the whole chain below it. A PC never signs on top of an entry it has not verified, but a member of staff with a
modified program could, so a signature vouches only for the earlier entries **of the same key** that it is linked
to by intact hashes: one verification per author and stretch of chain, not one per entry, and exactly as hard to
forge as checking each. Whatever is below the trusted prefix (hashes this reader verified before, kept sealed in
its snapshot) is not judged again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from desktop_app.domain.entries import GENESIS_HASH

Verifier = Callable[[bytes, bytes, bytes], bool]  # (signing public key, message, signature) -> the signature holds
HASH_SIZE = 32

ALTERED = "content does not match its recorded hash (altered)"
UNKNOWN_SIGNER = "signed by a key this school does not know"
BAD_SIGNATURE = "signature does not match (altered or forged)"
FUTURE = "dated in the future"


class Link(NamedTuple):
    """What judging a chain needs of one entry. `content_ok`: its signed fields hash to `hash` as stored;
    `content_hash`: what they hash to (the same as `hash` when `content_ok`; b"" when not given). A named tuple:
    the first sign-in on a PC makes one per entry."""

    entry_id: str
    seq: int
    prev_hash: bytes
    hash: bytes
    content_ok: bool
    author_key_id: str
    signature: bytes
    content_hash: bytes = b""


@dataclass(slots=True)
class ChainVerdict:
    """The outcome for one device: entries that fail (id -> why), chain problems (the id of the entry where the
    chain breaks, and what is wrong), and how many entries of the chain the trusted prefix holds once extended
    over every entry that holds up to the first one that does not (their hashes are the links' own)."""

    failed: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    trusted_to: int = 0


_seq = itemgetter(1)  # a link's `seq`


def prefix_hash(prefix: bytes | bytearray, seq: int) -> bytes | bytearray:
    """The trusted hash of entry `seq` (from 1) of a prefix, or b"" when the prefix does not reach it."""
    return prefix[(seq - 1) * HASH_SIZE : seq * HASH_SIZE] if 0 < seq * HASH_SIZE <= len(prefix) else b""


def judge_chain(
    device_id: str,
    links: Sequence[Link],
    prefix: bytes | bytearray,  # a reader's, grown in place between judgements
    signing_public: Callable[[str], bytes | None],
    verify: Verifier,
    *,
    trusted: frozenset[str] = frozenset(),
    head: tuple[int, bytes] | None = None,
) -> ChainVerdict:
    """Judge the entries of one device beyond `prefix` (`links`, any order). `trusted`: ids this reader's own
    session signed (nothing to check). `head`: instead of a prefix, the (seq, hash) of the last entry held (sync's
    pull, which judges what arrives on top of the store; `trusted_to` then counts from that seq). Returns what
    fails and how far the prefix extends."""
    held = len(prefix) // HASH_SIZE
    previous = prefix[-HASH_SIZE:] if held else GENESIS_HASH
    if head is not None:
        held, previous = head
    verdict = ChainVerdict(trusted_to=held)
    ordered = sorted((link for link in links if link.seq > held), key=_seq)
    segments, first_anchored = _segments(device_id, ordered, held, previous, verdict)
    _judge_signatures(segments, trusted, signing_public, verify, verdict)
    if first_anchored and segments:
        for link in segments[0]:  # the first stretch follows on from the prefix, one entry after another
            if link.entry_id in verdict.failed:
                break
            verdict.trusted_to += 1
    return verdict


def _segments(
    device_id: str, ordered: list[Link], held: int, previous: bytes | bytearray, verdict: ChainVerdict
) -> tuple[list[list[Link]], bool]:
    """The links cut into stretches that follow one from another, and whether the first follows on from what is
    held; an altered entry, a gap or a break starts a new stretch (and is in `verdict`)."""
    segments: list[list[Link]] = []
    seq, anchored = held, True
    also: bytes | None = None  # after an altered entry: the hash of its content as held
    first_anchored = True
    for link in ordered:
        if not link.content_ok:
            verdict.failed[link.entry_id] = ALTERED
            seq, previous, anchored = link.seq, link.hash, False  # what it says it follows cannot be trusted
            # Whether its content or its recorded hash was changed cannot be told: the next entry joins on to it
            # by either (it still has to be vouched for by a signature of its own key, as after any break).
            also = link.content_hash or None
            if not segments:
                first_anchored = False
            segments.append([])
            continue
        follows = link.seq == seq + 1 and (link.prev_hash == previous or link.prev_hash == also)
        also = None
        if not follows:
            if link.seq > seq + 1:
                missing = f"entry {seq + 1}" if link.seq == seq + 2 else f"entries {seq + 1}–{link.seq - 1}"
                what = f"{missing} of PC {device_id[:8]}'s chain before it are missing (deleted or not received)"
                verdict.problems.append((link.entry_id, what))
            elif anchored or segments:
                verdict.problems.append((link.entry_id, "does not follow the entry before it (chain broken)"))
            if not segments:
                first_anchored = False
            segments.append([])
        elif not segments:
            segments.append([])
        segments[-1].append(link)
        seq, previous, anchored = link.seq, link.hash, True
    return segments, first_anchored


def _judge_signatures(
    segments: list[list[Link]],
    trusted: frozenset[str],
    signing_public: Callable[[str], bytes | None],
    verify: Verifier,
    verdict: ChainVerdict,
) -> None:
    """Check signatures from the end of each stretch back: one good signature by an author vouches for that
    author's entries before it in the stretch (their hashes chain to it); failures go into `verdict`."""
    for segment in segments:
        vouched: set[str] = set()
        for link in reversed(segment):
            if link.entry_id in trusted:
                vouched.add(link.author_key_id)
                continue
            key = signing_public(link.author_key_id)
            if key is None:
                verdict.failed[link.entry_id] = UNKNOWN_SIGNER
            elif link.author_key_id in vouched or verify(key, link.hash, link.signature):
                vouched.add(link.author_key_id)
            else:
                verdict.failed[link.entry_id] = BAD_SIGNATURE
