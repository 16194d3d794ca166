"""The one place every red-flag number and word list lives, the flag codes, and the flag itself."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any


class FlagCode(enum.StrEnum):
    SENTINEL_INJURY = "sentinel-injury"
    NOT_MOBILE_INJURY = "injury-not-mobile"
    TEN4_FACESP = "ten-4-facesp"
    PATTERNED = "patterned-mark"
    RECURRING_INJURY = "recurring-injury"
    NO_EXPLANATION = "no-explanation"
    CHANGING_EXPLANATION = "changing-explanation"
    ADULT_EXPLANATION = "adult-explanation"
    CLUSTER = "cluster"
    INJURY_WITH_NEGLECT = "injury-with-neglect"
    HOUSEHOLD = "household"
    ABSENCE_AFTER_INJURY = "absence-after-injury"
    ABSENCE_AROUND_WEEKENDS = "absence-around-weekends"


# The codes that name an injury practice treats as sentinel whatever it is called (recall must be 1.0 on these).
SENTINEL_CODES = frozenset({FlagCode.SENTINEL_INJURY, FlagCode.NOT_MOBILE_INJURY, FlagCode.TEN4_FACESP})


@dataclass(frozen=True, slots=True)
class RedFlagThresholds:
    """Every number and word list the rules use; the defaults follow SAFEGUARDING.md, TEN-4-FACESp and NICE CG89.

    Word lists are matched by word form (`red_flags.words`): "fingertip" also finds "fingertips", "don't know"
    also finds "do not know". A school tunes them with `settings red_flags.NAME=VALUE`."""

    recurrence_days: int = 90
    recurrence_injuries: int = 2  # the injury that makes this many (not counting accidents accounted for) flags
    retelling_days: int = 7  # a mark in the same place told again within this many days is the same injury
    young_child_years: int = 4  # TEN-4-FACESp: bruising on the torso, ears, neck or FACESp sites under this age
    any_bruise_months: int = 4  # TEN-4-FACESp: any bruise at this age in months or younger
    baby_months: int = 6  # presumed not independently mobile below this age unless a lead records otherwise
    cluster_concerns: int = 3
    cluster_days: int = 30
    neglect_window_days: int = 30
    household_children: int = 2
    household_days: int = 90
    absence_after_days: int = 3  # school days after an injury in which an absence counts as following it
    absence_after_injuries: int = 2  # injuries followed by absence that make a pattern
    absence_after_window_days: int = 365
    weekend_absence_days: int = 4  # days missed on a Friday or a Monday that make a pattern
    weekend_absence_percent: int = 60  # ... and their share of all days missed (Fridays and Mondays are 40%)
    neglect_categories: tuple[str, ...] = ("neglect",)
    # Where mobile school-age children knock themselves in play (SAFEGUARDING.md: shins, knees, bony prominences).
    everyday_sites: tuple[str, ...] = ("knee-left", "knee-right", "shin-left", "shin-right", "forehead", "chin")
    household_categories: tuple[str, ...] = (
        "physical-abuse", "sexual-abuse", "emotional-abuse", "neglect", "domestic-abuse", "disclosure",
    )  # fmt: skip
    neglect_words: tuple[str, ...] = (
        "hunger", "hungry", "starving", "no breakfast", "not had breakfast", "no food", "not eaten", "taking food",
        "weight loss", "losing weight", "thin", "hygiene", "smell", "smelly", "unwashed", "dirty", "head lice",
        "collected late", "late again", "lateness", "absent", "absence",
    )  # fmt: skip
    non_answers: tuple[str, ...] = (
        "don't know", "dunno", "not sure", "can't remember", "don't remember", "can't say", "won't say",
        "would not say", "wouldn't say", "did not say", "didn't say", "won't tell", "would not tell",
        "refused to say", "no explanation", "no answer", "did not answer", "didn't answer", "said nothing",
        "silent", "silence", "shrug", "shrugged", "looked away", "nothing", "no idea", "don't want to say",
    )  # fmt: skip
    patterned_words: tuple[str, ...] = (
        "pattern", "patterned", "imprint", "fingertip", "finger mark", "finger-shaped", "finger shaped", "grip mark",
        "gripped", "grab mark", "grabbed", "hand-shaped", "hand shaped", "handprint", "hand print", "slap mark",
        "slap", "loop", "looped", "belt", "buckle", "cord", "rope", "ligature", "tramline", "parallel", "stick",
        "shoe", "footprint",
    )  # fmt: skip
    burn_words: tuple[str, ...] = ("burn", "scald", "blister")
    clear_edge_words: tuple[str, ...] = (
        "clear edge", "clear-edged", "sharp edge", "sharp-edged", "well-defined", "well defined", "defined edge",
        "straight edge", "cigarette", "iron", "circular", "round", "glove", "stocking", "immersion", "tide mark",
        "tidemark", "grill", "hob", "lighter", "rope burn", "pattern", "patterned",
    )  # fmt: skip
    bite_words: tuple[str, ...] = ("bite", "bite mark", "teeth mark", "tooth mark", "bitten")
    fracture_words: tuple[str, ...] = (
        "fracture", "fractured", "broken bone", "broken arm", "broken wrist", "broken leg", "broken rib",
        "broken finger", "broken collarbone", "not using arm", "not using his arm", "not using her arm",
        "cannot move", "can't move", "will not put weight", "won't put weight", "won't bear weight", "deformed",
        "out of shape", "in a sling", "in plaster", "x-ray", "xray",
    )  # fmt: skip
    frenulum_words: tuple[str, ...] = ("frenulum", "torn frenulum", "frenum")
    bruise_words: tuple[str, ...] = ("bruise", "bruised", "bruising")
    changed_story_words: tuple[str, ...] = (
        "now says", "changed", "different", "different account", "another version", "says instead",
        "story changed", "told a different", "earlier said",
    )  # fmt: skip

    def to_payload(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> RedFlagThresholds:
        """Known keys of the right type are taken; anything else keeps its default (an older or newer app)."""
        base = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(base, f.name)
            if isinstance(default, tuple) and isinstance(value, list) and all(isinstance(w, str) for w in value):
                values[f.name] = tuple(value)
            elif isinstance(default, int) and isinstance(value, int) and not isinstance(value, bool) and value > 0:
                values[f.name] = value
        return cls(**values)


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One flag: shown at `at_entry` (the entry that completes the pattern), with the entries behind it.

    `code` names the rule (`FlagCode`), `reason` says in plain words what was seen and why it matters, `strong`
    marks what practice treats as a referral-level sign on its own, `entry_ids` are every entry behind it."""

    code: str
    pupil_id: str
    at_entry: str
    occurred_at: datetime
    reason: str
    entry_ids: tuple[str, ...]
    strong: bool = False

    def involves(self, entry_id: str) -> bool:
        return entry_id == self.at_entry or entry_id in self.entry_ids

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "at_entry": self.at_entry,
            "occurred_at": self.occurred_at.isoformat(),
            "reason": self.reason,
            "entry_ids": list(self.entry_ids),
            "strong": self.strong,
        }
