"""Claims in a sentence, found from entity spans and trigger words.

A blank spaCy pipeline has no parser, so there are no dependencies to follow.
Instead a sentence is read as a sequence of entity spans (from the ruler) and
the plain tokens between them:

- a *group* of countries ("Australia, Japan, South Korea and New Zealand")
  is the subject of the clause that follows it, up to the next group or ";";
- the first framework or NATO after the group is an object, and the tokens
  between them (the *link*) or just after the object (the *tail*: "are PfP
  members", "is a NATO member", "became NATO's 33rd member") decide the
  predicate from small sets of trigger words;
- threats after a cooperation trigger ("works with NATO on cyber defence and
  counter-terrorism") are objects of ``cooperates_on``; threats after a
  framework and an "addresses" trigger are objects of ``addresses``;
- the object-first form ("PfP participants include Austria and Malta", "NATO
  members such as Turkey") is read backwards from the country group.

A negation, a hedge or a modal in the clause ("is not a member", "wrongly
listed", "hopes to join") keeps the sentence from making a positive claim;
the extractor prefers to miss a claim over inventing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nato_graph.loaders.articles.entities import Entity, Match
from nato_graph.loaders.articles.triggers import (
    ADDRESS_WORDS,
    BARRIERS,
    COOP_WORDS,
    COPULA,
    HEDGE_PHRASES,
    HEDGES,
    LIST_JOINERS,
    MEMBER_TAIL,
    MEMBER_WORDS,
    MODALS,
    NEGATORS,
    PART_TAIL,
    PART_WORDS,
    PREPOSITIONS,
    REVERSE_WORDS,
    TAIL_SKIP,
)

PREDICATES = ("partner_in", "cooperates_on", "member_of", "addresses")


@dataclass(frozen=True)
class RawClaim:
    """A claim as the sentence states it, before it is checked against the facts."""

    predicate: str
    subject: Entity
    object: Entity


def _is_ordinal(token: str) -> bool:
    return token[:-2].isdigit() and token[-2:] in ("st", "nd", "rd", "th")


class Sentence:
    """One sentence's tokens (lower case) and entity matches, with the reading helpers."""

    def __init__(self, tokens: Sequence[str], matches: Sequence[Match]) -> None:
        self.tokens = [t.lower() for t in tokens]
        # "non-member" is three tokens; read it as one word so "member" alone is no trigger
        for k in range(2, len(self.tokens)):
            if (
                self.tokens[k - 2] == "non"
                and self.tokens[k - 1] == "-"
                and self.tokens[k].isalpha()
            ):
                self.tokens[k] = "non-" + self.tokens[k]
        self.matches = list(matches)
        self.mentions_nato = any(m.entity.label == "Organization" for m in matches) or any(
            t in ("alliance", "allies", "allied") for t in self.tokens
        )
        text = " ".join(self.tokens)
        self.hedged = any(t in HEDGES for t in self.tokens) or any(p in text for p in HEDGE_PHRASES)

    def span(self, start: int, end: int) -> list[str]:
        return self.tokens[start:end]

    def is_list(self, start: int, end: int) -> bool:
        return all(t in LIST_JOINERS for t in self.tokens[start:end])

    def groups(self, label: str) -> list[list[Match]]:
        """Runs of ``label`` matches joined only by commas, "and", "or", "as well as".

        A list has one "and": in "Armenia, Azerbaijan and Kazakhstan, and Switzerland
        cooperates ..." the second "and" starts a new clause with a new subject.
        """
        runs: list[list[Match]] = []
        closed = False
        for m in self.matches:
            if m.entity.label != label:
                continue
            joiner = self.tokens[runs[-1][-1].end : m.start] if runs else []
            conjunction = "and" in joiner or "or" in joiner
            if (
                runs
                and self.is_list(runs[-1][-1].end, m.start)
                and not self._interrupted(runs[-1][-1], m)
                and not (closed and conjunction)
            ):
                runs[-1].append(m)
                closed = closed or conjunction
            else:
                runs.append([m])
                closed = False
        return runs

    def _interrupted(self, a: Match, b: Match) -> bool:
        return any(a.end <= m.start and m.end <= b.start for m in self.matches)

    def tail(self, end: int, size: int = 4) -> list[str]:
        """Up to ``size`` tokens after an object, stopping at punctuation ('s and ordinals pass)."""
        out: list[str] = []
        for t in self.tokens[end : end + size]:
            if not t.isalnum() and t != "'s" and not _is_ordinal(t) and "-" not in t:
                break
            out.append(t)
        return out

    def negated(self, tokens: Sequence[str]) -> bool:
        return any(t in NEGATORS or t in MODALS for t in tokens)


def _object_position(s: Sentence, start: int) -> bool:
    """Whether the word before a country group (skipping "the") makes it an object."""
    k = start - 1
    while k >= 0 and s.tokens[k] in ("the", "its", "their"):
        k -= 1
    return k >= 0 and s.tokens[k] in PREPOSITIONS


def _possessive_modifier(s: Sentence, i: int) -> bool:
    """NATO in "NATO's Partnership for Peace" or "NATO-led operation" qualifies what follows."""
    m = s.matches[i]
    if i + 1 >= len(s.matches):
        return False
    nxt = s.matches[i + 1]
    return nxt.entity.label in ("Framework", "Institution", "Operation") and all(
        t in ("'s", "'", "-", "the") for t in s.span(m.end, nxt.start)
    )


def _non_nato(s: Sentence, m: Match) -> bool:
    """ "non-NATO ally": the entity is named to say the opposite."""
    return s.span(max(0, m.start - 2), m.start) == ["non", "-"]


def _copular(tokens: Sequence[str]) -> bool:
    return len(tokens) <= 8 and all(
        t in COPULA or t.endswith("ly") or _is_ordinal(t) for t in tokens
    )


def _tail_says(tail: Sequence[str], words: frozenset[str]) -> bool:
    """The first content word after the object ("members", "'s 33rd member") is a trigger."""
    for t in tail:
        if t in TAIL_SKIP or _is_ordinal(t):
            continue
        return t in words
    return False


def claims_in(tokens: Sequence[str], matches: Sequence[Match]) -> list[RawClaim]:
    """Every claim one sentence makes, in text order, each once."""
    s = Sentence(tokens, matches)
    if s.hedged:
        return []
    found: list[RawClaim] = []
    country_groups = s.groups("Country")
    subjects = [g for g in country_groups if not _object_position(s, g[0].start)]
    claimed: set[int] = set()
    for gi, group in enumerate(subjects):
        end = subjects[gi + 1][0].start if gi + 1 < len(subjects) else len(s.tokens)
        barrier = next((k for k in range(group[-1].end, end) if s.tokens[k] in BARRIERS), end)
        before = len(found)
        found += _forward(s, group, barrier)
        if len(found) > before:
            claimed.add(group[0].start)
    for group in country_groups:
        if group[0].start not in claimed:
            found += _backward(s, group)
    for group in s.groups("Framework"):
        found += _addresses(s, group)
    return list(dict.fromkeys(found))


def _forward(s: Sentence, group: list[Match], window_end: int) -> list[RawClaim]:
    """Subject-first claims: "Japan is a member of PAG", "Israel is a NATO member"."""
    out: list[RawClaim] = []
    g_end = group[-1].end
    objects = [
        (i, m)
        for i, m in enumerate(s.matches)
        if g_end <= m.start
        and m.end <= window_end
        and m.entity.label in ("Framework", "Organization", "Threat")
    ]
    prev_end, prev_negated, prev_boundary = g_end, False, g_end
    consumed: set[int] = set()
    for i, m in objects:
        if i in consumed:
            continue
        label = m.entity.label
        if label == "Organization" and _possessive_modifier(s, i):
            continue  # the trigger before "NATO's" belongs to the framework after it
        if label == "Organization" and _non_nato(s, m):
            prev_end = m.end  # "a non-NATO ally": the words up to "ally" say nothing about NATO
            while prev_end < window_end and s.tokens[prev_end] in MEMBER_TAIL | {"major", "key"}:
                prev_end += 1
            prev_negated = True
            continue
        link = s.span(g_end, m.start)
        local = s.span(prev_end, m.start)
        joined_to_previous = prev_end != g_end and s.is_list(prev_end, m.start)
        negated = s.negated(local) or (joined_to_previous and prev_negated)
        trigger = link if joined_to_previous or prev_end == g_end else local
        tail = s.tail(m.end)
        if label == "Framework":
            says = (
                bool(PART_WORDS.intersection(trigger))
                or _ends_in(trigger)
                or (_copular(trigger) and (_tail_says(tail, PART_TAIL) or _names_partners(m)))
            )
            if says and not negated:
                out += [RawClaim("partner_in", c.entity, m.entity) for c in group]
            prev_boundary = m.end
        elif label == "Organization":
            negated = negated or s.negated(s.span(prev_boundary, m.start))
            says = bool(MEMBER_WORDS.intersection(trigger)) or (
                _copular(trigger) and _tail_says(tail, MEMBER_TAIL)
            )
            if says and not negated and not _partner_not_member(trigger):
                out += [RawClaim("member_of", c.entity, m.entity) for c in group]
        else:  # a threat: cooperation with NATO on it
            negated = s.negated(s.span(prev_boundary, m.start))
            run = _threat_run(s, i, window_end)
            consumed.update(run)
            if s.mentions_nato and COOP_WORDS.intersection(link) and not negated:
                out += [
                    RawClaim("cooperates_on", c.entity, s.matches[k].entity)
                    for k in run
                    for c in group
                ]
            m = s.matches[run[-1]]
            prev_boundary = m.end
        prev_end, prev_negated = m.end, negated
    return out


def _ends_in(trigger: Sequence[str]) -> bool:
    """ "Japan is in PfP", "are in the MD", "work with NATO as partners across the globe"."""
    words = [t for t in trigger if t not in ("the", "a", "an", "now", "already", "also", "still")]
    if words and words[-1] == "as":
        return True
    return (
        len(words) >= 2
        and words[-1] == "in"
        and words[-2] in ("is", "are", "was", "were", "remains")
    )


def _names_partners(m: Match) -> bool:
    """A framework whose name says who is in it: "are partners across the globe"."""
    return m.text.lower().startswith(
        ("partner", "global partner", "contact countr", "indo-pacific partner")
    )


def _partner_not_member(trigger: Sequence[str]) -> bool:
    """ "Japan is a NATO partner", "a partner of NATO": partnership is not membership."""
    return ("partner" in trigger or "partners" in trigger) and not MEMBER_WORDS.intersection(
        trigger
    )


def _threat_run(s: Sentence, i: int, window_end: int) -> list[int]:
    """Indices of the threats listed together from match ``i`` on."""
    run = [i]
    joiners = LIST_JOINERS | {"on", "in", "against", "to", "counter", "its", "their", "of", "for"}
    for k in range(i + 1, len(s.matches)):
        m, prev = s.matches[k], s.matches[run[-1]]
        if m.end > window_end or m.entity.label != "Threat":
            break
        if not all(t in joiners for t in s.span(prev.end, m.start)):
            break
        run.append(k)
    return run


def _backward(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """Object-first claims: "PfP participants include Austria", "NATO members such as Turkey"."""
    start = group[0].start
    before = [(i, m) for i, m in enumerate(s.matches) if m.end <= start]
    if not before:
        return []
    _, obj = before[-1]
    label = obj.entity.label
    link = s.span(obj.end, start)
    if len(link) > 8 or not REVERSE_WORDS.intersection(link) or s.negated(link):
        return []
    if label == "Framework":
        return [RawClaim("partner_in", c.entity, obj.entity) for c in group]
    if label == "Organization" and MEMBER_WORDS.intersection(link) and not _non_nato(s, obj):
        if "partner" in link or "partners" in link:
            return []
        return [RawClaim("member_of", c.entity, obj.entity) for c in group]
    return []


def _addresses(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """ "The ICI focuses on counter-terrorism and energy security"."""
    g_end = group[-1].end
    later = [(i, m) for i, m in enumerate(s.matches) if m.start >= g_end]
    first_threat = next(((i, m) for i, m in later if m.entity.label == "Threat"), None)
    if first_threat is None:
        return []
    i, m = first_threat
    if any(o.entity.label in ("Country", "Framework") for _, o in later if o.start < m.start):
        return []  # another subject comes first
    link = s.span(g_end, m.start)
    if len(link) > 12 or not ADDRESS_WORDS.intersection(link) or s.negated(link) or ";" in link:
        return []
    return [
        RawClaim("addresses", f.entity, s.matches[k].entity)
        for k in _threat_run(s, i, len(s.tokens))
        for f in group
    ]
