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
- an aside after the subject ("Georgia, which joined the PfP in 1994, is not a
  NATO member") holds claims of its own, and the verb after it links the
  subject to what follows; the second verb of a coordination ("joined the PfP
  in 1994 and became a NATO member in 2004") speaks for itself; "as is X",
  "and neither is X" give X the claims of the subject before (negated after
  "neither" and "nor"); "and X in 1996", "and X since 1995", "and X the PfP in
  1994", ", X in 1955 and Y in 1982" (new subjects with no verb of their own)
  take its verb and tense. A
  comparison set off by commas (", like Jordan,", ", just as Jordan did,", ", as
  did Jordan,") names no subject.
- a framework's name that also names an area ("building integrity") is the area
  after "on" or in a list of areas.
- a framework's launch ("The MD was launched in December 1994", "NATO launched the
  ICI in 2004", "the IPCP, which NATO created in 2011", "The EAPC replaced the NACC
  in 1997") is a ``launched`` claim of the framework, its subject and object
  both (see ``_launched`` for the forms read).
- a fact box's labelled line ("Members: Bahrain, Kuwait and Qatar", "Launched:
  June 2004", "Joined: 1995") is said of what the heading above it names (see
  ``_fact_box_line``).
- a country called a partner of NATO with no framework named ("Russia is an active
  NATO partner", "one of NATO's partners", "a partner of NATO", "became a NATO
  partner in 2012") is a ``partner_of`` claim of NATO, read only where the partner
  noun ends its phrase: "a NATO partner in the Gulf", "NATO partners such as
  Jordan" or "NATO's newest partner" make none (see ``_partner_of_it``).

- a joining verb or "a member" whose object the clause leaves unstated
  ("Saudi Arabia and Oman have not joined", "and Sweden became a member in
  2024") takes the framework (or NATO) named before it in the sentence, or the
  one the sentence before was about (see ``_implied``).

A negation in the clause ("is not a member", "has never been") makes a
negative claim, checked as one. A hedge or a modal ("wrongly listed", "hopes
to join", "could", "is expected to", "in the future") or a question makes no
claim at all: the extractor prefers to miss a claim over inventing one. So do
a clause of time in the present, which speaks of the future ("Until Ukraine joins
NATO, ..."), the countries an exception names ("All GCC states except Oman ...")
and a country's membership made the subject ("Ukraine's membership of NATO is a
long way off"). A
modal before a verb of continuing ("will remain", "will keep", "is expected
to continue") is the exception: it takes the present state for granted, and
claims it (see ``_continuations``).

Each claim carries its tense and date, read from the clause around it (see
``_aspect``): "is", "remains", "still", "today", "currently" claim the present
status; "joined", "became" claim an event, dated by "in YEAR"; "since YEAR"
claims an unbroken present status from that year; "was", "took part" and
"until YEAR" claim the past. A year in a phrase before the subject that dates
it from another event ("Ten years after it joined the PfP in 1994, Slovenia
became ...") is that event's: the clause's own date is relative, and unread.
A headline's or a timeline's present with a date of its own ("Ukraine joins the
PfP in 1994", "2009: Japan joins NATO's partners across the globe") tells a
join then, as "joined" does; undated, it is the present state. An aside of a
partnership "since YEAR" before a main clause that tells a past event
("Estonia, a PfP partner since 1994, joined NATO in 2004") speaks of the time of
that event: a partner from then, not still one now. An undated event before a
"when" clause takes its date ("became a member when it opened its mission in
2016"). "The most recent" and "the latest" rank as "the newest".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, TypeVar

from nato_graph.loaders.articles.entities import ENTITY_LABELS, NATO_SIZES, Entity, Match
from nato_graph.loaders.articles.triggers import (
    ADDRESS_WORDS,
    APPROVE_WORDS,
    ASIDES,
    BARRIERS,
    BLOCKERS,
    CLAUSE_BREAKS,
    COMPARATIVES,
    COMPARISONS,
    CONDITIONS,
    CONTESTED,
    CONTESTED_WITH_THAT,
    CONTINUE_SKIP,
    CONTINUE_WORDS,
    COOP_WORDS,
    COPULA,
    COUNT_NOT_AFTER,
    COUNT_NOT_BETWEEN,
    COUNTED_NOUNS,
    DASHES,
    DATE_FILLERS,
    DOUBT_NEGATORS,
    ENTER_WORDS,
    EVENT_WORDS,
    EVIDENCE_WORDS,
    EXCLUSIVE_AFTER,
    EXCLUSIVE_NOBODY,
    EXCLUSIVE_NOUNS,
    EXCLUSIVE_WORDS,
    FOLD_WORDS,
    FOUNDING,
    FROM,
    HALT_OBJECTS,
    HALT_WORDS,
    HEARSAY_ADVERBS,
    HEARSAY_INFINITIVES,
    HEARSAY_VERBS,
    HEDGE_PHRASES,
    HEDGES,
    HISTORIC_PRESENT,
    IMPLIED_EVENT,
    IMPLIED_NOUNS,
    IMPLIED_SLOT,
    IMPLIED_VERBS,
    IN_NAME_PHRASES,
    IN_NAME_WORDS,
    INTENT_VERBS,
    INTO_WORDS,
    INVERTED,
    JOIN_GERUNDS,
    JOIN_INFINITIVES,
    LAUNCH_PRESENT,
    LAUNCH_VERBS,
    LEAVE_NOT,
    LEAVE_OUT_OF,
    LEAVE_WORDS,
    LIST_JOINERS,
    LONG_SPANS,
    MEMBER_TAIL,
    MEMBER_WORDS,
    MODALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PART_NOUNS,
    NEAR_MISS_DEGREE,
    NEAR_MISS_VERBS,
    NEGATORS,
    ON_BOARD_VERBS,
    OPEN_TO_WORDS,
    OPERATION_ENDS,
    OPERATION_STARTS,
    PART_TAIL,
    PART_WORDS,
    PASSIVE_ADVERBS,
    PAST_WORDS,
    PERFECT,
    PREPOSITIONS,
    PREVENT_WORDS,
    PRONOUNS,
    RANK_WORDS,
    RANKED,
    REFUSAL_PARTICLES,
    REFUSAL_WORDS,
    RELATIVE_UNITS,
    RELATIVE_WORDS,
    RESUME_WORDS,
    REVERSE_WORDS,
    SEAT_NOUNS,
    SEAT_OWNERS,
    SEAT_PREPOSITIONS,
    SINCE,
    STRIVEN_FOR,
    STRIVING_ROADS,
    STRIVING_VERBS,
    SUSPEND_WORDS,
    TAIL_SKIP,
    TAKES_IN,
    TAKING_AS_JOINING,
    UNDATED_WORDS,
    UNDONE_BEFORE,
    UNTIL,
    VERB_AFTER_ENDS,
    YEAR_LEADS,
)

# The marks of a possessive, as the tokenizer splits them off: "Russia's", "Russia\u2019s",
# "Belarus'".
_POSSESSIVE_MARKS = frozenset(("'s", "\u2019s", "'", "\u2019"))

# left: a partner left a framework ("Malta withdrew from the PfP"); suspended: it suspended its
# part in it, its own act ("suspended its participation in the PfP"); was_suspended: its part was
# suspended, by whoever ("Russia was suspended from the PfP")
PREDICATES = (
    "partner_in",
    # a partner of NATO, no framework named ("Russia is an active NATO partner"): checked against
    # all the country's partnerships (verdicts._partner_of)
    "partner_of",
    "left",
    "suspended",
    "was_suspended",
    "nato_suspended",  # NATO named as the one who suspended it ("NATO suspended Malta from ...")
    # a partner's whole cooperation with NATO suspended, no framework named: by NATO ("NATO
    # suspended all practical cooperation with Russia in 2014"), or by whoever ("Russia's
    # cooperation with NATO was suspended"); checked against each of its partnerships
    "nato_suspended_cooperation",
    "cooperation_suspended",
    "resumed",  # a partner took part again after a break ("Malta rejoined the PfP in 2008")
    "cooperates_on",
    "member_of",
    "addresses",
    "launched",  # a framework's launch, its subject and object both the framework
    # an operation's start and end ("ISAF ended in December 2014"), its subject and object both
    # the operation (see ``_operation_dates``)
    "operation_began",
    "operation_ended",
    # a country alone of all took part in a framework ("Only Kuwait joined the ICI", "Israel is
    # the only member of the MD"): checked against every partner the data lists (see ``_only``)
    "only_partner_in",
    # how many members NATO has ("NATO has 32 members", "NATO's 32 Allies", "In 2020 NATO had 30
    # members"), its subject and object both NATO: counted among every Ally's accession (see
    # ``_member_counts``)
    "member_count",
    # how many partners a framework has ("The ICI has four members", "the seven MD partners"),
    # its subject and object both the framework: checked against every partner it lists
    "partner_count",
)
LEAVING = ("left", "suspended", "was_suspended", "nato_suspended")
# The claims of a change in a partnership's history, each dated like a join (claims._aspect).
CHANGES = (*LEAVING, "resumed")
# The words that make a suspension passive ("was suspended from", "has been temporarily
# suspended from"): the subject's part was suspended, not by it.
_PASSIVE = frozenset(
    ("am", "is", "are", "was", "were", "be", "been", "being", "get", "got", "remain", "remains",
     "remained", "stay", "stays", "stayed")
)  # fmt: skip
# present: the status now; since: unbroken from ``year`` to now; event: it happened (in ``year``);
# past: it held once (until ``until`` when given).
TENSES = ("present", "since", "event", "past")


@dataclass(frozen=True)
class RawClaim:
    """A claim as the sentence states it, before it is checked against the facts."""

    predicate: str
    subject: Entity
    object: Entity
    negated: bool = False
    tense: str = "present"
    year: int | None = None  # the start or event year the claim states
    month: int | None = None
    until: int | None = None  # the end year a past claim states
    years: tuple[
        int, ...
    ] = ()  # the years one of which the claim states, when it does not say which
    day: int | None = None  # the day of the month, when the claim gives one with its month
    rank: int | None = None  # "NATO's 30th member": 30; "its newest": -1 (the last)
    # the years a vague part of a decade means at its core ("the late 1990s": 1997-1999), of
    # the wider ``years`` it is read as so that only a year well outside refutes it (1995-1999):
    # a year of ``years`` outside the core is at the phrase's edge, and confirms nothing. Empty
    # when every year of ``years`` is as good as another ("the 1990s", "between 1994 and 1996").
    core: tuple[int, ...] = ()
    # a state claimed for every year of ``years``, both ends written ("was a PfP partner between
    # 2006 and 2019"), not for one of them ("in the 2000s")
    throughout: bool = False
    # a state said to have begun then, in the past perfect ("had been a partner since 2008"), not
    # an act of joining ("joined in 2008"): the year may be that of a return after a break. None
    # for a claim stored before this was recorded, read as it may be either
    began: bool | None = False
    # the words the sentence names the object by, when they are not its name ("Enhanced
    # Opportunities Partners" for the PII): a framework whose rows list only a part of its
    # partners, that part named, is judged as a list complete in that part (verdicts). Not
    # compared: the same claim named two ways is one claim.
    named_as: str | None = field(default=None, compare=False)
    # the subject called a partner of the framework ("no longer EAPC partners"), not just one in
    # it: an Ally sits in the EAPC, but is no partner (verdicts)
    as_partner: bool = field(default=False, compare=False)
    # a denial of the present that says the state held before ("Poland is no longer a NATO
    # member", "is not a PfP partner any more"): false of a state that never held, or holds
    ceased: bool = field(default=False, compare=False)
    count: int | None = None  # how many members a count claims ("NATO has 32 members": 32)

    @property
    def dated(self) -> bool:
        """Whether the claim states a year: its own, its end, or one of several."""
        return self.year is not None or bool(self.years) or self.until is not None

    def with_aspect(self, aspect: Aspect, negated: bool) -> RawClaim:
        if (
            negated
            and aspect.tense == "past"
            and aspect.until is not None
            and (aspect.joining or self.predicate in CHANGES)
        ):
            # "did not join the MD until 2000" says that it joined in 2000, and "Malta did not
            # rejoin the PfP until 2008" that it rejoined in 2008
            aspect, negated = Aspect("event", aspect.until), False
        return RawClaim(
            self.predicate,
            self.subject,
            self.object,
            negated,
            aspect.tense,
            aspect.year,
            aspect.month,
            aspect.until,
            aspect.years,
            aspect.day,
            None
            if aspect.founding and not _founders_checked(self.predicate, negated, aspect)
            else aspect.rank,
            aspect.core if aspect.years else (),
            aspect.throughout and bool(aspect.years),
            aspect.began,
        )


@dataclass(frozen=True)
class Aspect:
    tense: str = "present"
    year: int | None = None
    month: int | None = None
    until: int | None = None
    years: tuple[int, ...] = ()  # "in 2004 and 2005" said of several subjects: one of these
    joining: bool = False  # the clause's verb is one of joining ("joined", "became")
    day: int | None = None  # "on 11 March 2024", "March 11, 2024"
    # the clause gives a date or a comparison the reader cannot check ("11/03/2024", "earlier
    # than Israel"): no claim is made of it rather than one without the date
    unreadable: bool = False
    rank: int | None = None  # "NATO's 30th member", "the first to join": see RANK_WORDS
    founding: bool = False  # the rank is "founding": of NATO its first twelve
    core: tuple[int, ...] = ()  # of ``years``, those a vague phrase means at its core (RawClaim)
    throughout: bool = False  # a state in every year of ``years`` (RawClaim)
    # a state said to have begun then, in the past perfect ("had been a partner since 1994"),
    # read as the join it dates
    began: bool = False
    # ``years`` read from a length of time ("has long been", "for more than five years")
    lasting: bool = False


def _checkable(predicate: str, aspect: Aspect, negated: bool = False) -> bool:
    """Whether a claim with this aspect is one the checker reads: not when its date or
    comparison is unreadable, nor a start in the past perfect denied ("had not been a partner
    since 1996"), nor when it gives a rank of anything but NATO membership ("the first country
    to join the PfP": the order of joining a framework is not checked) other than a founding
    one ("a founding member of the MD": against its first participants), nor a rank denied ("is
    not NATO's newest member"), nor a date after the data's horizon ("Ukraine joins NATO in 2030":
    a plan or a hope, which no fact the data holds can confirm or refute)."""
    if aspect.unreadable:
        return False
    if _to_come(aspect):
        return False
    if aspect.began and negated:
        return False  # "had not been a partner since 1996": not since then, or not from then?
    if aspect.lasting and negated:
        return False  # "has not long been a member": not a member, or not for long?
    if (
        aspect.founding
        and predicate == "partner_in"
        and _founders_checked(predicate, negated, aspect)
    ):
        # "a founding member of the MD", "was not one of its founding members": against its
        # first participants (verdicts)
        return True
    if aspect.founding and predicate != "member_of":
        # "a founding NATO partner in 1994", "was not a founding member of the PfP in 1994" (not a
        # founder, or no partner at all?): the year is checked, not who came first
        return aspect.year is not None or bool(aspect.years)
    return aspect.rank is None or (predicate == "member_of" and not negated)


def _founders_checked(predicate: str, negated: bool, aspect: Aspect) -> bool:
    """Whether a claim of being among the founders is checked as one: of NATO, against its first
    twelve; of a framework ("Egypt was a founding member of the MD"), against its first
    participants (verdicts), and so is a founding denied with no date ("Algeria was not a
    founding member of the MD"); denied with one ("was not a founding member in 1994": not a
    founder, or no partner then?), only the date is."""
    if predicate == "member_of":
        return True
    undated = aspect.year is None and not aspect.years and aspect.until is None
    return predicate == "partner_in" and (not negated or undated)


def _to_come(aspect: Aspect) -> bool:
    """Whether every date a claim names is after the last the data covers (DATA_COVERAGE): a
    time the data cannot speak of, still to come when it was written ("joins NATO in 2030"), or
    a month after it in its last year ("joined NATO in December 2025"). Fixed, as the data's
    horizon is, not today's date: a verdict does not change with the clock."""
    from nato_graph.loaders import DATA_END_MONTH, DATA_END_YEAR

    years = [y for y in (aspect.year, aspect.until, *aspect.years) if y is not None]
    if not years:
        return False
    if min(years) > DATA_END_YEAR:
        return True
    return years == [DATA_END_YEAR] and aspect.month is not None and aspect.month > DATA_END_MONTH


# Words that end a span of years at no year ("2004-present", "1994-today"): no timeline's dash.
_OPEN_ENDS = frozenset(("present", "today", "now", "date"))


_AS_RANK_OWNERS = frozenset(
    ("nato", "alliance", "'s", "nato's", "alliance's", "twenty", "thirty", "forty", "-")
)


def _as_rank(words: Sequence[str]) -> list[str]:
    """The words of "as its 30th member" (or "as the 31st ally", ", becoming its 20th member",
    ", making it the Alliance's 30th member state", ", its 31st member", "becoming the 31st NATO
    member") where they close a clause, so that the rank is read, as "as its 30th member"; none
    where the rank is of something else ("as the first country of the former Yugoslavia to do
    so")."""
    for k, t in enumerate(words):
        if t in ("as", "becoming"):
            j = k + 1
        elif t == "making" and words[k + 1 : k + 2] == ["it"]:
            j = k + 2
        elif t == "," and words[k + 1 : k + 2] == ["its"]:
            j = k + 1  # "joined NATO in 2024, its 32nd member"
        else:
            continue
        if words[j : j + 1] in (["its"], ["the"]):
            j += 1
        while j < len(words) and words[j] in _AS_RANK_OWNERS:
            j += 1  # "the Alliance's", "NATO's", and "thirty -" before "32nd"
        if j >= len(words) or not (_is_ordinal(words[j]) or words[j] in RANK_WORDS):
            continue
        place, j = words[j], j + 1
        while j < len(words) and words[j] in ("nato", "alliance"):
            j += 1  # "the 31st NATO member"
        if j >= len(words) or words[j] not in RANKED:
            continue
        noun, j = words[j], j + 1
        if j < len(words) and words[j] in ("state", "states", "country", "nation"):
            j += 1  # "its 31st member state"
        closes = j == len(words) or not words[j].isalnum() or words[j] == "and"
        if closes and _rank([place, noun]):
            return ["as", "its", place, noun]
    return []


def _rank(words: Sequence[str]) -> int | None:
    """The place a clause's words give: "30th member" 30, "the first country" 1, "newest
    member" -1; None if none, or when it is loose ("among the first", "one of NATO's first
    members", "the newest members": a group)."""
    for k, t in enumerate(words):
        if t in FOUNDING:  # "a founding member", "one of NATO's founding members": the first
            return 1
        place = int(t[:-2]) if _is_ordinal(t) else RANK_WORDS.get(t)
        if t == "recent" and words[k - 1 : k] == ["most"]:
            place = -1  # "the most recent member", as "the newest"; "a recent member" ranks none
        if place is None or (k + 1 < len(words) and words[k + 1] not in RANKED):
            continue
        if k + 1 == len(words) or {"among", "of"}.intersection(words[max(0, k - 4) : k]):
            return None
        return place
    return None


PRESENT = Aspect()


# "is yet to join", "has still to join": not joined by now. Only in the present: "was still to
# join" in a story of the past says nothing of now, and "is still to this day" is no denial.
_YET_AUX = frozenset(("am", "is", "are", "has", "have", "'s", "remains", "remain"))
_YET_VERBS = frozenset(("join", "become", "accede", "enter", "sign", "be"))


def _not_yet(tokens: list[str]) -> None:
    """Read "is yet to join NATO" and "has still to become a member" as the negation they are
    ("has not joined"): without it the words left say "is ... to join", a joining."""
    for k in range(1, len(tokens) - 2):
        if (
            tokens[k] in ("yet", "still")
            and tokens[k + 1] == "to"
            and tokens[k - 1] in _YET_AUX
            and tokens[k + 2] in _YET_VERBS
        ):
            tokens[k] = "not"


_IT_IS = frozenset(("it", "is", "was", "are", "were", "been", "being"))


# Marks a word that withholds the claims of the clause it governs: a modal, so a link through it
# ("Sweden is said to have followed", "Israel claims that it joined NATO") is blocked.
_WITHHELD = "perhaps"


def _unasserted(tokens: list[str]) -> list[tuple[int, int]]:
    """Hearsay and a party's position, read for the clause each governs; returns the spans of
    their complements, whose claims are not the article's, and marks the governing word as a
    modal for a claim whose link runs through it.

    "is said to have joined", "appears to be a member": the clause's own verb ("Finland joined
    NATO in 2023; Sweden is said to have followed" keeps Finland's claim). "It is understood
    that ...", "Minsk insists that Belarus ...", "Critics claim Israel ...", "Moscow maintains
    that ...": what follows, to the clause's end (";" or the sentence's). A contested word with
    no clause after it governs nothing: a noun ("Despite Russian claims, Finland joined"), a
    verb with a phrase ("argued against it", "insists on neutrality") or an attribution after
    the claim ("..., one website claims.").
    """
    spans: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        calls = _calls_it(tokens, k)
        if calls is not None:
            # "Critics describe Israel as a NATO ally", "Russia considers Georgia a NATO member":
            # what someone calls it, to the clause's end
            spans.append((k + 1, calls))
            tokens[k] = _WITHHELD
            continue
        if t in _CALLING and _called_as(tokens, k):
            # "Jordan is often described as an MD partner", "Israel, widely seen as NATO's
            # closest partner, joined ...": what others call it, withheld where a link runs
            # through it; the rest of the sentence is read ("..., but it is not in the IP4")
            tokens[k] = _WITHHELD
            continue
        if (
            t in _SUPPOSE_BIDDING
            and all(w in _BEFORE_A_BIDDING or not w[:1].isalnum() for w in tokens[:k])
            and tokens[k + 1 : k + 3] != ["this", ":"]
        ):
            # "Imagine Libya were to join the Dialogue", "Suppose that Serbia joined NATO",
            # "Let's imagine ...": the reader bidden to suppose it, to the clause's end; not
            # "Picture this: Finland joined NATO in 2023", which tells it
            spans.append((k + 1, _first_mark(tokens, k + 1, BARRIERS)))
            tokens[k] = _WITHHELD
            continue
        if t in _SAYING and nxt == "that" and (fact := _then_in_fact(tokens, k + 2)) is not None:
            # "She writes that Algeria was a founding member in 1995; in fact Algeria joined in
            # 2000", "He says that ..., but actually ...": what was said is put up to be set right
            # by the writer's fact after it; the said clause is nobody's claim, the fact is read
            spans.append((k + 1, fact))
            tokens[k] = _WITHHELD
            continue
        if t in _SAYING and nxt == "that" and _saying_denied(tokens, k):
            # "the claimant never said that Serbia joined NATO", "He did not claim that ...":
            # words denied to have been said are nobody's claim, to the clause's end
            spans.append((k + 1, _first_mark(tokens, k + 1, BARRIERS)))
            tokens[k] = _WITHHELD
            continue
        if t in HEARSAY_VERBS | _CLAIMING_TO:
            # "is said to have joined", "is said by officials to have joined", "Israel claims to
            # have joined NATO": hearsay, or the subject's own claim, of its infinitive
            inf = k + 1
            if nxt == "by":  # "said by some", "said by Western officials"
                inf = next(
                    (j for j in range(k + 2, min(k + 6, len(tokens))) if tokens[j] == "to"), k
                )
            if tokens[inf : inf + 1] == ["to"] and tokens[inf + 1 : inf + 2]:
                if tokens[inf + 1] in HEARSAY_INFINITIVES:
                    tokens[k] = _WITHHELD
                continue
        # "it is said that", "it is often said that"
        before = tokens[k - 2] if k > 1 and tokens[k - 1] in _OFTEN else tokens[k - 1] if k else ""
        hearsay = t in HEARSAY_VERBS and nxt == "that" and before in _IT_IS
        if t == "that" and (doubt := _doubted_before(tokens, k)) is not None:
            # "There is no evidence that Saudi Arabia joined the ICI": what is doubted, to the
            # clause's end
            end = _first_mark(tokens, k + 1, BARRIERS)
            spans.append((k + 1, end))
            tokens[doubt] = _WITHHELD
            continue
        if (
            t in _SUPPOSED_WORLDS
            and (
                nxt in ("where", "when")
                or tokens[k + 1 : k + 3] in (["in", "which"], ["in", "that"])
            )
            and (
                _SUPPOSING.intersection(tokens[:k])
                # "In a world where Russia joined NATO in 2000, Europe would look different"
                or (tokens[k - 1 : k] in (["a"], ["an"]) and _WOULD.intersection(tokens[k:]))
            )
        ):
            # "In a world where Russia joined NATO in 2000, ...", "an alternate history in which
            # ...": a world supposed, to the clause's end or its comma
            spans.append((k + 1, _first_mark(tokens, k + 1, (",", *BARRIERS))))
            tokens[k] = _WITHHELD
            continue
        if (
            t in _INVERTED_IFS
            and k
            and tokens[k - 1] == ","
            and (nxt in _SUBJECT_PRONOUNS or _named_before_a_participle(tokens, k + 1))
        ):
            # "Ukraine, had it joined NATO in 2008, would not have been invaded": a condition set
            # off by commas, to the next comma
            spans.append((k + 1, _first_mark(tokens, k + 1, (",", *BARRIERS))))
            tokens[k] = _WITHHELD
            continue
        if t in _FALSITIES and (tokens[k - 1 : k] == ["no"] or tokens[k - 2 : k] == ["not", "a"]):
            continue  # "It is no myth that Finland joined NATO in 2023": the writer asserts it
        aside = _aside_before_that(tokens, k) if t in _REPORT_NOUNS | _CLAIM_NOUNS else None
        if aside is not None and k and tokens[k - 1] in _BEFORE_A_REPORT:
            # "the claim, seen in some responses, that Israel is a NATO member", "the myth,
            # popular online, that ...": the noun's clause after an aside set off by commas, to
            # the clause's end
            end = _first_mark(tokens, aside, BARRIERS)
            if _IN_A_PHRASE.intersection(w.lower() for w in tokens[max(0, k - 4) : k]):
                # "Despite the rumour, spread last year, that it was neutral, Finland joined
                # NATO in 2023": the phrase ends at its comma, as below
                end = next((j for j in range(aside + 1, end) if _ends_a_phrase(tokens, j)), end)
            spans.append((aside, end))
            tokens[k] = _WITHHELD
            continue
        if t in _REPORT_NOUNS and nxt == "that" and (k == 0 or tokens[k - 1] in _BEFORE_A_REPORT):
            # "despite reports that it joined in 2023", "amid suggestions that ...": what a
            # report says, not what the article does (a verb of report, "NATO reports that ...",
            # is how news cites a source, and is read through)
            end = _first_mark(tokens, k + 1, BARRIERS)
            if _IN_A_PHRASE.intersection(tokens[max(0, k - 4) : k]):
                # "Despite reports that it was neutral, Finland joined NATO in 2023": the phrase
                # ends at its comma, and the main clause after it is the article's own (a comma
                # inside a list of the report's is passed over: "that Finland, Sweden and ...")
                end = next((j for j in range(k + 2, end) if _ends_a_phrase(tokens, j)), end)
            spans.append((k + 1, end))
            tokens[k] = _WITHHELD
            continue
        if t in _EXPECTING and (to := _expected_to(tokens, k)) is not None:
            # "Others expect the initiative to focus more on maritime security", "Kyiv wants
            # Allies to admit Ukraine": what someone expects or wants another to do, from its
            # subject to the clause's end: a comma, a colon, or a clause of time, cause or a
            # relative one ("..., and it joined in 2023", "before Sweden joined NATO in 2023",
            # "..., which Ukraine got when ...")
            end = next(
                (
                    j
                    for j in range(to, len(tokens))
                    if tokens[j] in BARRIERS
                    or tokens[j] in (",", ":")
                    or tokens[j] in _CLAUSE_OPENERS
                ),
                len(tokens),
            )
            spans.append((k + 1, end))
            tokens[k] = _WITHHELD
            continue
        told = _told_by_another(tokens, k)
        if told is not None:
            # "My neighbour tells me that ...", "Many people think that ...", "Some friends keep
            # telling me Finland is ...": what a third party says or thinks, not the article,
            # to the clause's end, a contrast or a clause the writer adds (", but they are now
            # members", ", and ..."), or a clause of time or cause, which is the writer's
            end = next(
                (
                    j
                    for j in range(told, len(tokens))
                    if tokens[j] in BARRIERS
                    or tokens[j] in _BELIEF_ENDS
                    or (tokens[j] == "," and tokens[j + 1 : j + 2] in (["but"], ["yet"], ["and"]))
                ),
                len(tokens),
            )
            spans.append((told, end))
            tokens[k] = _WITHHELD
            continue
        contested = t in CONTESTED or (t in CONTESTED_WITH_THAT and nxt == "that")
        if (
            (t in CONTESTED or t in HEARSAY_VERBS)
            and nxt == ","
            and "," in tokens[max(0, k - 4) : k]
        ):
            tokens[k] = _WITHHELD  # ", critics claim,", ", it is said,": a parenthesis of doubt
            continue
        if not (hearsay or contested):
            continue
        if nxt != "that" and (not nxt[:1].isalnum() or nxt in PREPOSITIONS or nxt in _NO_CLAUSE):
            continue
        end = _first_mark(tokens, k + 1, BARRIERS)
        spans.append((k + 1, end))
        tokens[k] = _WITHHELD
    return spans


# Verbs of what others call a thing ("described as", "seen as", "considered a"), and the words
# that follow them when they do (``_called_as``).
_CALLING = frozenset(
    ("described", "seen", "regarded", "viewed", "perceived", "portrayed", "characterised",
     "characterized", "billed", "touted", "considered", "deemed", "labelled", "labeled", "branded",
     "dubbed", "thought")
)  # fmt: skip
_CALLED_WHAT = frozenset(("a", "an", "the", "to", "as"))
_CALLED_BY_NAME = frozenset(("considered", "deemed", "dubbed", "branded", "labelled", "labeled"))
_OFTEN = frozenset(
    ("often", "widely", "sometimes", "commonly", "frequently", "generally", "usually", "still",
     "also", "occasionally", "increasingly", "long")
)  # fmt: skip


def _called_as(tokens: Sequence[str], k: int) -> bool:
    """Whether the verb at ``k`` says what others call something: "described as", "described by
    officials as", "thought of as", "considered a" / "considered to be", "dubbed a"; not "as
    described above" nor "considered joining"."""
    t, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else ""
    if k > 0 and tokens[k - 1] == "as":
        return False  # "as described above", "as seen in 2014"
    if _called_aside(tokens, k) is not None:
        return False  # set off by commas: passed over as an aside (``_called_asides``)
    if t == "thought":
        return tokens[k + 1 : k + 3] == ["of", "as"]
    if nxt == "as":
        return True
    if nxt == "by":  # "described by officials as": the "as" a few words on, before a comma
        ahead = tokens[k + 2 : k + 7]
        return "as" in ahead and "," not in ahead[: ahead.index("as")]
    # "is considered a partner", "was widely deemed the closest": a passive, after a form of
    # "be" (and an adverb), not "Finland considered the question"
    j = k - 1
    while j >= 0 and (tokens[j] in _OFTEN or tokens[j].endswith("ly")):
        j -= 1
    passive = j >= 0 and (tokens[j] in _IT_IS or tokens[j] in ("be", "being", "is", "are", "'s"))
    return passive and t in _CALLED_BY_NAME and nxt in _CALLED_WHAT


# Verbs of calling something something, active ("Critics describe Israel as ...", "Moscow views
# Ukraine as ...", "Russia considers Georgia a ..."): those with "as" after their object, and
# those that may take the name without it.
_CALLING_AS = frozenset(
    ("describe", "describes", "described", "describing", "view", "views", "viewed", "viewing",
     "regard", "regards", "regarded", "regarding", "see", "sees", "saw", "portray", "portrays",
     "portrayed", "characterise", "characterises", "characterised", "characterize",
     "characterizes", "characterized", "label", "labels", "labelled", "labeled", "brand",
     "brands", "branded", "treat", "treats", "treated", "classify", "classifies", "classified")
)  # fmt: skip
_CALLING_BARE = frozenset(
    ("consider", "considers", "considered", "considering", "deem", "deems", "deemed", "call",
     "calls", "called", "dub", "dubs", "dubbed")
)  # fmt: skip
_OBJECT_MAX = 6
_PASSIVE_BE = frozenset(("be", "being", "been", "is", "are", "was", "were", "'s"))


def _calls_it(tokens: Sequence[str], k: int) -> int | None:
    """Where the clause ends after an active verb of calling something something ("Critics
    describe Israel as a NATO ally", "Russia considers Georgia a NATO member", "Moscow views
    Ukraine as a member"): what the caller holds, to a comma, a semicolon or the sentence's end;
    None for another verb, a passive ("is described as", read by ``_called_as``) or a verb with
    no object called anything ("Finland considered the question for decades")."""
    t = tokens[k]
    if t not in _CALLING_AS and t not in _CALLING_BARE:
        return None
    j = k - 1  # "is often considered": the adverbs before the verb, then what they follow
    while j >= 0 and (tokens[j] in _OFTEN or (tokens[j].endswith("ly") and tokens[j].isalpha())):
        j -= 1
    if j >= 0 and (tokens[j] in _PASSIVE_BE or tokens[j] == "as"):
        return None  # "is described as", "is often considered", "as described above"
    if j == k - 1 and k > 0 and tokens[k - 1] == "as":
        return None
    # "It also described Israel as an Ally", "Critics often describe Israel as ...": an adverb
    # before an active verb of calling leaves it one
    if tokens[k + 1 : k + 2] in (["as"], ["by"], ["to"]) or not tokens[k + 1 : k + 2]:
        return None
    end = next(
        (
            j
            for j in range(k + 1, len(tokens))
            if tokens[j] in (",", ";", ":") or tokens[j] in BARRIERS
        ),
        len(tokens),
    )
    ahead = tokens[k + 2 : min(end, k + 2 + _OBJECT_MAX)]
    if "as" in ahead:
        return end
    if (
        t in _CALLING_BARE
        and tokens[k + 1] not in ("a", "an", "the", "it", "that", "this", "whether", "how")
        and {"a", "an", "the", "to"} & set(ahead[:3])
    ):
        # "considers Georgia a NATO member", "deems Ukraine to be ...": a name, then what it is
        # called; "considered the question" opens its object with the article
        return end
    return None


def _called_aside(tokens: Sequence[str], k: int) -> range | None:
    """The tokens of an aside set off by commas that opens with the verb at ``k`` of what others
    call something (", widely seen as NATO's closest partner,"), commas included; None when the
    verb is not in one."""
    j = k - 1
    while j >= 0 and (tokens[j] in _OFTEN or (tokens[j].endswith("ly") and tokens[j].isalpha())):
        j -= 1
    if j < 1 or tokens[j] != ",":
        return None
    end = next((e for e in range(k + 1, len(tokens)) if tokens[e] in (",", ";", ":", ".")), None)
    if end is None or tokens[end] != "," or end + 1 >= len(tokens):
        return None
    return range(j, end + 1)


def _called_asides(tokens: Sequence[str]) -> set[int]:
    """Token indices of every aside of what others call something ("Israel, widely seen as
    NATO's closest partner, joined ..."): passed over by the link between subject and verb, and
    no claim of the names in it is the article's."""
    out: set[int] = set()
    for k, t in enumerate(tokens):
        if t in _CALLING and (t != "thought" or tokens[k + 1 : k + 3] == ["of", "as"]):
            aside = _called_aside(tokens, k)
            if aside is not None and (tokens[k + 1 : k + 2] == ["as"] or t == "thought"):
                out.update(aside)
    return out


# Verbs of expecting or wanting another to act ("expect the initiative to focus on ..."), and the
# most words their object may take before "to" ("the Istanbul Cooperation Initiative").
_EXPECTING = frozenset(
    ("expect", "expects", "expected", "expecting", "want", "wants", "wanted", "wanting")
)
_EXPECTED_OBJECT_MAX = 6
# Words that open a clause of its own after what is expected: "... before Sweden joined NATO".
_CLAUSE_OPENERS = frozenset(
    ("before", "after", "when", "whenever", "which", "since", "until", "because", "while",
     "whereas", "although", "though", "once")
)  # fmt: skip


def _expected_to(tokens: Sequence[str], k: int) -> int | None:
    """Where the infinitive starts after a verb of expecting and its object ("expect the ICI to
    focus": the index of "focus"), or None: "is expected to join" (no object: hearsay, read
    elsewhere), "as expected, Finland joined" (no "to" in the clause)."""
    if tokens[k] == "want" and (tokens[k - 1 : k] == ["for"] or tokens[k + 1 : k + 2] == ["of"]):
        return None  # "for want of a better word": a noun
    for j in range(k + 2, min(len(tokens) - 1, k + 2 + _EXPECTED_OBJECT_MAX)):
        if not tokens[j - 1][:1].isalnum():
            return None  # a comma or a mark between: the clause has ended
        if tokens[j] == "to" and tokens[j + 1][:1].isalpha():
            return j + 1
    return None


# Verbs of belief ("Many people think that ..."): another's view, before "that" ("a NATO think
# tank says" is a source); and those of them that take their clause without "that" too ("Most
# Swedes think Sweden joined ...", ``_THINKING``), when their subject is not the writer ("I think
# ..." is the writer's own, hedged). Verbs of telling or writing to the writer ("tells me",
# "wrote to us"): a correspondent's words. Verbs of saying, when a crowd or an acquaintance says
# it ("Many people say ...", "Some friends keep saying ..."): hearsay, not a cited source.
_THINKING = frozenset(
    ("think", "thinks", "thought", "believe", "believes", "believed", "imagine", "imagines",
     "suppose", "supposes", "reckon", "reckons", "reckoned", "guess", "guesses")
)  # fmt: skip
_BELIEF_VERBS = _THINKING | frozenset(
    ("imagined", "assume", "assumes", "feel", "feels", "fear", "fears", "heard", "hear", "hears",
     "convinced", "sure")
)  # fmt: skip
_TELLING_VERBS = frozenset(
    ("tell", "tells", "telling", "told", "write", "writes", "wrote", "writing", "emailed",
     "emails", "assure", "assures", "assured", "remind", "reminds", "reminded", "warn", "warns")
)  # fmt: skip
_SAYING_VERBS = frozenset(
    ("say", "says", "said", "saying", "claim", "claims", "believe", "believes", "insist",
     "insists", "repeat", "repeats", "write", "writes", "wrote", "post", "posted", "posts",
     "tweeted", "argue", "argues", "swear", "swears", "suggest", "suggests")
)  # fmt: skip
_WRITER = frozenset(("me", "us"))
_CROWDS = frozenset(
    ("people", "some", "many", "others", "friend", "friends", "neighbour", "neighbours",
     "neighbor", "neighbors", "reader", "readers", "folks", "everyone", "everybody", "someone",
     "somebody", "colleague", "colleagues", "relatives", "uncle", "aunt", "commenters",
     "commentators", "users", "posters", "internet", "website", "websites", "post", "posts",
     "blog", "blogs", "rumour", "rumours", "critics", "sceptics", "skeptics", "viewers",
     "listeners", "audience", "correspondent", "correspondents", "caller", "callers",
     # a poll's or an exam's crowd: "A quarter of respondents said Russia is still a partner"
     "respondents", "voters", "candidates", "students", "pupils", "participants", "interviewees",
     "polled", "surveyed")
)  # fmt: skip


# The words between a subject and its verb of belief ("still wrongly think", "do not believe").
_BELIEF_ADVERBS = frozenset(
    ("still", "also", "really", "often", "do", "does", "did", "not", "n't", "may", "might",
     "must", "seem", "seems", "to", "even", "all", "too", "just", "always", "never", "clearly")
)  # fmt: skip
# The words before a verb of belief that are no subject of one ("the thought", "a guess", "is
# thought to", "Russia, believe it or not,") or are the writer ("I think", "we believe"); "you"
# and "one" are anyone ("You might think Japan is a member").
_NO_BELIEVER = frozenset(
    ("i", "we", "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
     "our", "my", "your", "whose", "of", "'s", "is", "are", "was", "were", "be", "been", "being",
     "and", "or", "if")
)  # fmt: skip
# Words after a verb of belief that start no clause: a noun ("think tank"), or how one thinks
# ("thought long and hard", "thought twice", "think differently").
_NO_BELIEF_CLAUSE = frozenset(
    ("tank", "tanks", "long", "hard", "twice", "again", "so", "too", "much", "little", "better",
     "otherwise", "differently", "ahead", "back", "aloud", "nothing", "everything", "anything",
     "well", "highly", "big", "small", "deeply", "first")
)  # fmt: skip
# Words that end the clause of a belief: what a clause of time or cause says is the writer's
# ("Critics think NATO grew too fast when Finland joined NATO in 2023").
_BELIEF_ENDS = frozenset(
    ("when", "before", "after", "because", "since", "until", "once", "while", "whereas")
)  # fmt: skip


def _a_clause_at(word: str) -> bool:
    """Whether a clause can start at ``word`` after a verb of belief ("think Finland is"), not a
    noun, a phrase or an adverb ("think tank", "think of it as", "thought to be", "thought
    carefully")."""
    return (
        word[:1].isalnum()
        and word not in PREPOSITIONS
        and word not in _NO_CLAUSE
        and word not in _NO_BELIEF_CLAUSE
        and not word.endswith("ly")
    )


def _held_by_another(tokens: Sequence[str], k: int) -> bool:
    """Whether the verb of belief at ``k`` has a subject before it that is not the writer ("Many
    people think", "He still believes", "Officials do not think"), not "I think" nor a noun."""
    j = k - 1
    while j >= 0 and (tokens[j] in _BELIEF_ADVERBS or tokens[j].endswith("ly")):
        j -= 1
    return j >= 0 and tokens[j][:1].isalpha() and tokens[j] not in _NO_BELIEVER


def _told_by_another(tokens: Sequence[str], k: int) -> int | None:
    """Where the clause another tells, thinks or says starts when the word at ``k`` is such a
    verb ("tells me that ...", "Many people think that ...", "Some people say ..."), or None."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    start = k + 2 if nxt == "that" else k + 1
    if t in _BELIEF_VERBS and nxt == "that":
        return start
    if t in _THINKING and _a_clause_at(nxt) and _held_by_another(tokens, k):
        return start  # "Some of my classmates think Finland is still ...", "He believes Japan ..."
    if t in _TELLING_VERBS:
        at = k + 1 + (tokens[k + 1 : k + 2] == ["to"])
        if tokens[at : at + 1] and tokens[at] in _WRITER:
            return at + 2 if tokens[at + 1 : at + 2] == ["that"] else at + 1
    clause = nxt == "that" or (
        nxt[:1].isalnum() and nxt not in PREPOSITIONS and nxt not in _NO_CLAUSE
    )
    if t in _SAYING_VERBS and clause and _CROWDS.intersection(_subject_words(tokens, k)):
        return start
    return None


def _subject_words(tokens: Sequence[str], k: int) -> Sequence[str]:
    """The few words before the verb at ``k`` that may be its subject: up to four, none before a
    comma, colon or semicolon ("Speaking to students, Stoltenberg said ...": Stoltenberg said
    it, not the students)."""
    before = tokens[max(0, k - 4) : k]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in (",", ";", ":"):
            return before[i + 1 :]
    return before


# The prepositions that make a report a phrase of the sentence ("despite reports that ..., X
# joined"), not its main clause ("There were reports that ...").
_IN_A_PHRASE = frozenset(
    ("despite", "amid", "amidst", "against", "over", "following", "after", "contrary")
)  # fmt: skip


def _ends_a_phrase(tokens: Sequence[str], j: int) -> bool:
    """Whether the comma at ``j`` ends a phrase: not one inside a list ("Finland, Sweden and
    Norway")."""
    return tokens[j] == "," and not any(t in (",", "and", "or") for t in tokens[j + 2 : j + 3])


def _first_mark(tokens: Sequence[str], start: int, marks: Collection[str]) -> int:
    """Where the first of ``marks`` stands from ``start`` on, or the sentence's end."""
    return next((j for j in range(start, len(tokens)) if tokens[j] in marks), len(tokens))


def _named_before_a_participle(tokens: Sequence[str], k: int) -> bool:
    """Whether a name of up to three words at ``k`` comes before a participle of joining or being
    (", had Ukraine joined NATO in 2008,", ", had Bosnia and Herzegovina become ...")."""
    return tokens[k : k + 1] != ["been"] and any(
        w in _CONDITION_PARTICIPLES for w in tokens[k + 1 : k + 4]
    )


_CONDITION_PARTICIPLES = frozenset(("joined", "become", "been", "signed", "entered", "acceded"))


# Verbs that bid the reader suppose what follows when they open the sentence ("Imagine Libya
# were to join ...", "Suppose that ...", "Let us imagine ..."), and the words that may come first.
_SUPPOSE_BIDDING = frozenset(("imagine", "suppose", "picture", "assume"))
_BEFORE_A_BIDDING = frozenset(("let", "us", "'s", "now", "just", "so", "and", "but", "or"))
# Verbs of saying whose clause a negation before them denies was said ("never said that ...",
# "did not claim that ..."), and the adverbs that may stand between ("has never publicly said").
_SAYING = frozenset(
    ("say", "says", "said", "saying", "state", "states", "stated", "claim", "claims", "claimed",
     "write", "writes", "wrote", "written", "suggest", "suggests", "suggested", "report",
     "reports", "reported", "assert", "asserts", "asserted", "tell", "told", "imply", "implied")
)  # fmt: skip
_SAYING_ADVERBS = frozenset(("once", "ever", "actually", "really", "publicly", "explicitly"))


# Words that open the writer's fact after what another said ("; in fact ...", ", but actually
# ..."), and words that would make that fact agree with it ("in fact, she is right").
_IN_FACT = (("in", "fact"), ("in", "reality"), ("in", "truth"), ("actually",))
_AGREEING = frozenset(("right", "correct", "true", "accurate", "so"))


def _then_in_fact(tokens: Sequence[str], start: int) -> int | None:
    """Where the clause said after a verb of saying and "that" (from ``start``) ends, when the
    writer's fact follows it in the same sentence: after ";" or a dash, or ", but", comes "in
    fact", "in reality", "in truth" or "actually" ("She writes that Algeria was a founding member
    in 1995; in fact Algeria joined in 2000"); None otherwise, or when the fact agrees with what
    was said ("...; in fact, she is right")."""
    for j in range(start, len(tokens)):
        if tokens[j] not in (";", ",", *DASHES):
            continue
        after = [t.lower() for t in tokens[j + 1 : j + 4]]
        if tokens[j] == ",":
            if after[:1] != ["but"]:
                continue
            after = after[1:]
        for words in _IN_FACT:
            if tuple(after[: len(words)]) == words:
                rest = [t.lower() for t in tokens[j + 1 + len(words) : j + 8]]
                return None if _AGREEING.intersection(rest) else j
        if tokens[j] == ";":
            return None  # the said clause ended with no fact after it
    return None


# Nouns of a claim, beside those of a report: "the claim, seen in some responses, that ...".
_CLAIM_NOUNS = frozenset(("claim", "claims", "rumour", "rumours", "rumor", "rumors"))
# words at most in an aside between such a noun and its "that"
_NOUN_ASIDE_MAX = 8


def _aside_before_that(tokens: Sequence[str], k: int) -> int | None:
    """Where the clause of the noun at ``k`` starts when an aside set off by commas stands
    between the noun and its "that" ("the claim, seen in some responses, that ..."), or None."""
    if tokens[k + 1 : k + 2] != [","]:
        return None
    for j in range(k + 2, min(len(tokens) - 1, k + 3 + _NOUN_ASIDE_MAX)):
        if tokens[j] == "," and tokens[j + 1] == "that" and j > k + 2:
            return j + 2
        if not tokens[j][:1].isalnum():
            return None
    return None


def _saying_denied(tokens: Sequence[str], k: int) -> bool:
    """Whether a negation stands right before the verb of saying at ``k``, or before one adverb
    of it: "never said", "did not say", "didn't claim", "has never publicly said"."""
    before = k - 1
    if before >= 0 and tokens[before] in _SAYING_ADVERBS:
        before -= 1
    return before >= 0 and tokens[before] in ("never", "not", "n't")


# Verbs by which a subject claims what its infinitive says ("Israel claims to have joined").
_CLAIMING_TO = frozenset(("claims", "claimed", "claim", "purports", "purported", "professes"))
# Nouns of a world supposed ("In a world where ...", "an alternate history in which ...").
_SUPPOSED_WORLDS = frozenset(("world", "history", "scenario", "universe", "reality"))
_WOULD = frozenset(("would", "could", "might"))
# and the words before one that make it supposed ("Imagine a world in which ...", "an alternate
# history in which ..."), not the real one ("We now live in a world in which ...")
_SUPPOSING = frozenset(
    ("imagine", "alternate", "alternative", "parallel", "hypothetical", "fictional", "suppose",
     "counterfactual", "imaginary", "imagined", "picture")
)  # fmt: skip
# The verbs of a condition put first ("had it joined", "were it to join", "should it join"), and
# the pronouns after them.
_INVERTED_IFS = frozenset(("had", "were", "should"))
_SUBJECT_PRONOUNS = frozenset(("it", "they", "she", "he", "we"))
# Nouns of what is said or supposed ("reports that", "suggestions that"), and the words before one
# that make it a noun, not a verb of report ("despite reports that", "there were reports that").
_REPORT_NOUNS = frozenset(
    ("report", "reports", "suggestion", "suggestions", "allegation", "allegations", "assertion",
     "assertions", "account", "accounts", "story", "stories", "speculation", "impression",
     "notion", "idea", "perception", "talk", "suspicion", "suspicions",
     # what the writer calls false: "repeated the falsehood that", "the mistaken belief that"
     "falsehood", "falsehoods", "lie", "lies", "belief", "beliefs", "fabrication", "canard",
     "myth", "myths", "misconception", "fiction", "fantasy", "hoax", "falsity")
)  # fmt: skip
_FALSITIES = frozenset(
    ("falsehood", "lie", "myth", "misconception", "fiction", "fantasy", "hoax", "fabrication",
     "canard", "falsity")
)  # fmt: skip
_BEFORE_A_REPORT = frozenset(
    ("despite", "amid", "amidst", "of", "the", "a", "an", "to", "against", "over", "following",
     "after", "with", "were", "are", "was", "is", "many", "some", "several", "earlier",
     "recent", "false", "unconfirmed", "persistent", "widespread", "media", "press", "news",
     "such", "any", "no", "mistaken", "erroneous", "baseless", "common", "popular", "old",
     "enduring", "outright", "blatant")
)  # fmt: skip


def _doubted_before(tokens: Sequence[str], that: int) -> int | None:
    """The word of evidence a negator denies right before "that" ("no evidence that", "never
    been confirmed that", "nothing suggests that"), or None."""
    for i in range(that - 1, max(-1, that - 4), -1):
        if tokens[i] in EVIDENCE_WORDS:
            if DOUBT_NEGATORS.intersection(tokens[max(0, i - 3) : i]):
                return i
            return None
    return None


# Words after a contested verb that open no clause of its own: "argued for it", "claims were".
_NO_CLAUSE = frozenset(("it", "this", "so", "otherwise", "were", "was", "are", "is", "and", "or"))


def _near_misses(tokens: list[str]) -> None:
    """ "came close to joining", "was close to", "stopped short of", "fell short of", "had never
    been so close to joining", "is far from joining": the act did not happen; the word after the
    verb is read as "nearly" (a modal), so the clause makes no claim. Words of degree may stand
    between the verb and the word ("so", "ever", "very"). "a close partner", "in short" are left
    alone."""
    for k in range(1, len(tokens) - 1):
        verbs, nxt = NEAR_MISS_VERBS.get(tokens[k], (frozenset(), ""))
        if tokens[k + 1] != nxt:
            continue
        j = k - 1
        while j > 0 and tokens[j] in NEAR_MISS_DEGREE:
            j -= 1
        if tokens[j] in verbs:
            tokens[k] = "nearly"


def _refusals(tokens: list[str], after_country: set[int]) -> None:
    """ "declined to join", "refused to join", "was reluctant to join", "resisted joining", "ruled
    out joining"; "prevents it from joining", "warned Finland against joining", "the prospect of
    joining"; "opposed Ukraine joining", "objects to Georgia joining": a joining refused, spoken
    of, or that of a country named as the object of another's act, which is no joining done.
    The refusing word, or the joining itself, is read as a modal ("considering"), so no claim is
    made of the clause. ``after_country``: the token indices right after a country's name (or
    after its "'s": "Finland's joining")."""
    for k, t in enumerate(tokens):
        gerund = t in JOIN_GERUNDS
        if k == 0 or not (
            gerund or (t == "to" and tokens[k + 1 : k + 2] and tokens[k + 1] in JOIN_INFINITIVES)
        ):
            continue
        j = k - 1
        if j > 0 and tokens[j] in REFUSAL_PARTICLES:
            j -= 1  # "ruled out joining", "balked at joining"
        if tokens[j] in REFUSAL_WORDS:
            tokens[j] = "considering"
        elif (gerund and (tokens[k - 1] in UNDONE_BEFORE or k in after_country)) or any(
            w in PREVENT_WORDS for w in tokens[max(0, k - 4) : k]
        ):
            # "from joining", "over joining"; "Ukraine joining NATO": a gerund after its subject
            # is no finite claim; "forbids it to join", "urged Sweden to join": another's act
            tokens[k] = "considering"


# Verbs by which a partner takes up a programme or a plan with NATO, read as signing it when the
# programme's name follows them ("Japan adopted an ITPP in July 2023", "Azerbaijan agrees its IPAP",
# a timeline's present); not otherwise ("adopted a hostile stance toward the PfP", "agree to
# join", the bare "agree" of "the first country to agree an ICP", left unread as "to sign" is).
_AGREED = {
    "adopted": "signed", "adopts": "signs", "agrees": "signs",
    # "Mauritania received a Defence Capacity Building package in June 2022"
    "received": "signed", "receives": "signs",
    # "It got a DCB package in 2018", "Tunisia obtained a DCB package": received, as a package
    "got": "signed", "gets": "signs", "obtained": "signed", "obtains": "signs",
    "secured": "signed", "secures": "signs",
}  # fmt: skip
_PACKAGES = (["package"], ["packages"])
_RECEIVED = frozenset(
    ("received", "receives", "got", "gets", "obtained", "obtains", "secured", "secures")
)
_AGREED_DETERMINERS = frozenset(("a", "an", "its", "their", "the", "her", "his"))


def _programme_agreed(tokens: list[str], matches: Sequence[Match]) -> None:
    """ "adopted an ITPP", "adopts its IPCP", "agrees its IPAP": the verb read as "signed" (or
    "signs") when a framework's name comes right after it, or after one determiner."""
    starts = {m.start: m.end for m in matches if m.entity.label == "Framework"}
    for k, t in enumerate(tokens):
        if t not in _AGREED:
            continue
        j = k + 1
        if j < len(tokens) and tokens[j] in _AGREED_DETERMINERS:
            j += 1
        if j in starts and (t not in _RECEIVED or [tokens[starts[j] - 1]] in _PACKAGES):
            # one receives a package of a framework, not the framework ("received PfP funding")
            tokens[k] = _AGREED[t]


# Verbs by which a partner takes a framework's status ("Ukraine received Enhanced Opportunities
# Partner status in 2020", "2016 — Ukraine gets EOP status"), read as "named" one then. Not "was
# granted", which NATO's texts give with the partners granted it alongside, a time not checked.
_STATUS_VERBS = frozenset(("received", "receives", "gets", "got", "gained", "gains", "obtained"))


def _status_taken(tokens: list[str], matches: Sequence[Match]) -> None:
    """ "received Enhanced Opportunities Partner status": the verb read as "named" when a
    framework's name comes right after it (or after one determiner) and "status" right after the
    name. Not another thing received ("received PfP funding"), nor a status of something else
    ("received observer status in the EAPC")."""
    starts = {m.start: m.end for m in matches if m.entity.label == "Framework"}
    for k, t in enumerate(tokens):
        if t not in _STATUS_VERBS:
            continue
        j = k + 1 + (tokens[k + 1 : k + 2] in (["the"], ["its"]))
        if j in starts and tokens[starts[j] : starts[j] + 1] == ["status"]:
            tokens[k] = "named"


# The passive verbs by which a partner's own plan is made ("Kazakhstan's IPAP was agreed in
# January 2006", "Tunisia's DCB package was approved in 2018"), and the adverbs that may stand
# before them ("was formally approved").
_PLAN_PASSIVES = frozenset(
    ("agreed", "approved", "signed", "adopted", "concluded", "finalised", "finalized", "endorsed")
)
_PLAN_ADVERBS = frozenset(("formally", "officially", "first", "finally", "jointly"))


def _own_plan_agreed(tokens: list[str], matches: Sequence[Match]) -> None:
    """ "Kazakhstan's IPAP was agreed in January 2006": a country's own plan (``_PLANS_HELD``, or
    a framework's package) made in the passive, read as the country's signing it ("Kazakhstan
    signed IPAP in January 2006"), so it joined it then. Not NATO's ("NATO's IPAP was launched"),
    another verb ("was discussed", "was delayed"), nor an agreement to do something ("was agreed
    to be drafted")."""
    frameworks = {m.start: m for m in matches if m.entity.label == "Framework"}
    for m in matches:
        if m.entity.label != "Country" or tokens[m.end : m.end + 1] != ["'s"]:
            continue
        f = frameworks.get(m.end + 1)
        if f is None or not (f.entity.key in _PLANS_HELD or [tokens[f.end - 1]] in _PACKAGES):
            continue
        verb = f.end + 1
        if tokens[f.end : f.end + 1] != ["was"]:
            continue
        if verb < len(tokens) and tokens[verb] in _PLAN_ADVERBS:
            verb += 1
        if verb >= len(tokens) or tokens[verb] not in _PLAN_PASSIVES:
            continue
        if tokens[verb + 1 : verb + 2] == ["to"]:
            continue  # "was agreed to be drafted": an agreement to act, not the plan's making
        tokens[m.end] = "signed"
        for j in range(f.end, verb + 1):
            tokens[j] = "formally"


_HELD_ADVERBS = frozenset(("also", "long", "already", "since", "now"))


def _programme_held(tokens: list[str], matches: Sequence[Match]) -> None:
    """ "Bosnia and Herzegovina has had a Membership Action Plan since 2010": the perfect of
    "had" read as "participated" when a framework's name comes right after it (or after one
    determiner) and "since" right after the name, so the clause says it has taken part since
    then. Not "had" alone ("Georgia had an IPAP": when, it does not say), nor "has had a role in
    the PfP since 1994" (no framework right after it)."""
    starts = {m.start: m.end for m in matches if m.entity.label == "Framework"}
    for k, t in enumerate(tokens[1:], start=1):
        perfect = tokens[k - 1] if tokens[k - 1] not in _HELD_ADVERBS else tokens[k - 2]
        if t != "had" or perfect not in ("has", "have", "'s", "'ve"):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j] in _AGREED_DETERMINERS:
            j += 1
        if j in starts and tokens[starts[j] : starts[j] + 1] == ["since"]:
            tokens[k] = "participated"


# The programmes a partner holds as its own plan ("Georgia has an IPAP", "Bosnia and Herzegovina
# has a Membership Action Plan"), not the frameworks one takes part in with others.
_PLANS_HELD = frozenset(("map", "ipap", "icp", "ipcp", "itpp"))
_PLAN_DETERMINERS = frozenset(("a", "an", "its", "their"))


def _programme_had(tokens: list[str], matches: Sequence[Match]) -> None:
    """ "Georgia, too, has a Membership Action Plan", "Azerbaijan has an IPAP": "has" read as
    "participates" when a plan of its own (``_PLANS_HELD``) comes right after it and one
    determiner, so the clause says it takes part now. Not the perfect ("has had a MAP since
    2010": ``_programme_held``), a framework of many ("NATO has a Mediterranean Dialogue"), nor
    another noun first ("has a chance of a MAP", "has no MAP")."""
    plans = {
        m.start for m in matches if m.entity.label == "Framework" and m.entity.key in _PLANS_HELD
    }
    ends = {m.start: m.end for m in matches}
    for k, t in enumerate(tokens[:-2]):
        if t in ("has", "have") and tokens[k + 1] == "no" and k + 2 in plans:
            # "Serbia has no MAP": the same plan denied, now
            if _a_plan_ends(tokens, ends[k + 2], _AFTER_A_PLAN_DENIED):
                tokens[k] = "participates"
            continue
        if (
            t == "had"
            and k > 0
            and tokens[k - 1] in ("never", "not", "n't")
            and tokens[k + 1 : k + 2] in (["a"], ["an"])
            and k + 2 in plans
            and _a_plan_ends(tokens, ends[k + 2], _AFTER_A_PLAN_DENIED)
        ):
            # "Serbia has never had a Membership Action Plan", "Georgia never had a MAP": never
            # took part in it
            tokens[k] = "participated"
            continue
        if t == "has" and tokens[k + 1] in _PLAN_DETERMINERS and k + 2 in plans:
            if not _a_plan_ends(tokens, ends[k + 2]):
                continue  # "has a MAP perspective", "has a MAP request pending": another noun's
            tokens[k] = "participates"


def _a_plan_ends(tokens: Sequence[str], end: int, words: frozenset[str] = frozenset()) -> bool:
    """Whether a plan's name ends its noun phrase at ``end`` ("has a MAP since 2010", "has no
    MAP."), not another noun's part ("a MAP perspective", "no MAP request"); ``words``, the
    words that may follow it there (``_AFTER_A_PLAN`` by default)."""
    after = tokens[end] if end < len(tokens) else "."
    return not after.isalpha() or after in (words or _AFTER_A_PLAN)


# The words that may follow a plan denied ("has no MAP and ...", "has never had a MAP, though
# ..."): a clause's end, not a date ("has not had an IPAP since 2015" says when it ended).
_AFTER_A_PLAN_DENIED = frozenset(("and", "but", "yet", "nor", "or", "though", "although"))


# Words that may follow a plan's name when it ends its noun phrase ("has a MAP since 2010", "has
# an IPAP and ...").
_AFTER_A_PLAN = frozenset(
    ("since", "in", "from", "and", "with", "that", "which", "too", "as", "now", "already",
     "agreed", "of", "but", "for", "at", "on", "to", "while", "whereas", "although")
)  # fmt: skip


def _intentions(tokens: list[str]) -> None:
    """ "considered joining", "decided to join", "agreed to become": a decision or a thought, not
    the act; and "is still waiting to join", "is pushing for membership", "is in line to join", "is
    on its way to joining": a joining striven for, not come. The verb (or the road's noun) is read
    as a modal ("considering"), so the clause makes no claim."""
    for k, t in enumerate(tokens[:-1]):
        intent = t in INTENT_VERBS and (tokens[k + 1] in JOIN_GERUNDS or _to_join(tokens, k + 1))
        striving = t in STRIVING_VERBS and _striven_for(tokens, k + 1)
        road = (
            t in STRIVING_ROADS
            and {"in", "on"}.intersection(tokens[max(0, k - 2) : k])
            and (_to_join(tokens, k + 1) or _striven_for(tokens, k + 1))
        )
        if intent or ((striving or road) and not _then_joined(tokens, k + 1)):
            tokens[k] = "considering"


# Verbs of a joining done, after "and": "pushed for membership in 2022 and joined NATO in 2023".
_JOINED_AFTER = frozenset(("joined", "became", "acceded", "entered"))


def _then_joined(tokens: list[str], k: int) -> bool:
    """Whether a joining done follows the striving for it, from ``k``, in a clause of its own
    ("Finland pushed for membership in 2022 and joined NATO in 2023"): that joining is read."""
    return any(
        t == "and" and _JOINED_AFTER.intersection(tokens[j + 1 : j + 3])
        for j, t in enumerate(tokens[k:], k)
    )


def _to_join(tokens: list[str], k: int) -> bool:
    """Whether "to" and a verb of joining stand at ``k`` ("to join", "to become")."""
    return tokens[k : k + 1] == ["to"] and k + 1 < len(tokens) and tokens[k + 1] in JOIN_INFINITIVES


def _striven_for(tokens: list[str], k: int) -> bool:
    """Whether what stands at ``k`` is a joining aimed at: "to join", "to joining", "for
    membership", "for NATO membership", "towards joining", "toward accession"."""
    lead, rest = tokens[k : k + 1], tokens[k + 1 : k + 4]
    if lead == ["to"]:
        return _to_join(tokens, k) or (bool(rest) and rest[0] in JOIN_GERUNDS)
    if lead in (["for"], ["towards"], ["toward"]):
        aim = [
            w for w in rest if w not in ("nato", "nato's", "'s", "the", "its", "full", "eventual")
        ]
        return bool(aim) and (aim[0] in STRIVEN_FOR or aim[0] in JOIN_GERUNDS)
    return False


_PROGRESSIVE_AUX = frozenset(("am", "is", "are", "'s", "'re"))
_PROCESS_GERUNDS = frozenset(("joining", "becoming", "acceding", "entering"))


def _in_progress(tokens: list[str]) -> None:
    """ "Ukraine is joining NATO", "Sweden is becoming a member": a process under way, not the
    state; the verb is read as a modal ("considering"), so the clause makes no claim. Words of
    degree may stand between ("is now joining", "is slowly becoming")."""
    for k, t in enumerate(tokens):
        if t not in _PROCESS_GERUNDS:
            continue
        j = k - 1
        while j >= 0 and (tokens[j].endswith("ly") or tokens[j] in ("now", "still", "also")):
            j -= 1
        if j >= 0 and tokens[j] in _PROGRESSIVE_AUX:
            tokens[k] = "considering"


def _continuations(tokens: list[str]) -> None:
    """ "will remain", "is expected to keep", "will go on": the modal stands for "still".

    A verb of continuing takes the present state for granted ("the initiative
    will keep its focus on ..." says that it focuses on it now), so the modal
    before it does not withhold the claim: it is read as "still", a present
    claim. A negation between them ("will not remain") keeps the modal.
    """
    for k, t in enumerate(tokens):
        if t not in MODALS:
            continue
        for nxt in range(k + 1, min(k + 4, len(tokens))):
            word = tokens[nxt]
            if word in CONTINUE_WORDS or (
                word in ("go", "goes") and nxt + 1 < len(tokens) and tokens[nxt + 1] == "on"
            ):
                tokens[k] = "still"
                break
            if word not in CONTINUE_SKIP:
                break


def _boarding(tokens: list[str]) -> None:
    """Read coming on board and taking a seat as the joining they say: "came on board" as "came
    on aboard" ("came aboard" is a joining), and "took a seat in", "takes its place in", "had
    taken up their seats on" as "joined a seat in", "joins its place in", "had joined up their
    seats on", so that the verb's form still gives the tense and a modal or a refusal before it
    still withholds the claim ("declined to take its seat in"). "is on board with", "took place
    in" and "took the floor" are left alone."""
    for k in range(2, len(tokens)):
        if tokens[k] == "board" and tokens[k - 1] == "on" and tokens[k - 2] in ON_BOARD_VERBS:
            tokens[k] = "aboard"
    for k, t in enumerate(tokens):
        joining = TAKING_AS_JOINING.get(t)
        if joining is None:
            continue
        j = k + 1 + (tokens[k + 1 : k + 2] == ["up"])
        if tokens[j : j + 1] and tokens[j] in SEAT_OWNERS:
            j += 1
        else:
            continue
        if (
            tokens[j : j + 1]
            and tokens[j] in SEAT_NOUNS
            and SEAT_PREPOSITIONS.intersection(tokens[j + 1 : j + 2])
        ):
            tokens[k] = joining
    _offers_taken(tokens)


# "took up the offer", "take up NATO's offer": the offer of the framework named after it or
# before ("NATO launched the MD in 1994. Egypt took up the offer in 1995"); an offer of
# membership, of NATO membership or of accession talks is no partnership, and is left alone.
_OFFER_OWNERS = frozenset(("the", "its", "their", "this", "that"))
# "NATO's offer", "the Alliance's offer": the tokenizer splits the possessive off ("nato", "'s").
_OFFERING_OWNERS = frozenset(("nato", "alliance"))
_POSSESSIVES = frozenset(("'s", "\u2019s"))
_PASSED = "itself"  # a word of IMPLIED_SLOT, which an empty object slot passes over
_NOT_A_PARTNERSHIP = frozenset(("membership", "nato", "alliance", "accession", "talks", "a", "an"))


def _after_the_owner(tokens: list[str], j: int) -> int:
    """Where the words naming whose offer it is, from ``j``, end ("the", "its", "NATO's", "the
    Alliance's"); ``j`` itself where none stands there."""
    if tokens[j : j + 1] == ["the"] and tokens[j + 1 : j + 2] == ["alliance"]:
        j += 1
    if tokens[j : j + 1] and tokens[j] in _OFFERING_OWNERS:
        return j + 2 if tokens[j + 1 : j + 2] and tokens[j + 1] in _POSSESSIVES else j
    return j + 1 if tokens[j : j + 1] and tokens[j] in _OFFER_OWNERS else j


def _offers_taken(tokens: list[str]) -> None:
    """Read "took up the offer (of the MD)" as "joined (the MD)": the verb becomes one of
    joining, and the words of the offer are passed over as an aside is ("," each)."""
    for k in range(len(tokens) - 3):
        joining = TAKING_AS_JOINING.get(tokens[k])
        if joining is None or tokens[k + 1] != "up":
            continue
        j = _after_the_owner(tokens, k + 2)  # the offer's noun
        if j > k + 2 and tokens[j : j + 1] in (["offer"], ["invitation"]):
            after = tokens[j + 1 : j + 5]
            if _NOT_A_PARTNERSHIP.intersection(after):
                continue
            tokens[k] = joining
            end = j + 1 + (after[:1] in (["of"], ["to"]))
            if after[:2] == ["to", "join"]:
                end += 1
            tokens[k + 1 : end] = [_PASSED] * (end - k - 1)


def _neither_nor(tokens: list[str], countries: set[int]) -> None:
    """ "Neither Kuwait nor Qatar has joined": one list of subjects ("nor" read as "and"), which
    the "neither" before it denies (see ``_denied``)."""
    for k, t in enumerate(tokens):
        if t != "neither" or k + 1 not in countries:
            continue
        for j in range(k + 2, min(k + 16, len(tokens) - 1)):
            if tokens[j] == "nor" and (
                j + 1 in countries or (tokens[j + 1] == "the" and j + 2 in countries)
            ):
                tokens[j] = "and"
                break
            if tokens[j] in (";", ".") or tokens[j] in NEGATORS:
                break


def _denied(s: Sentence, group: list[Match], clause_start: int) -> bool:
    """Whether the words before a subject deny what it is said to do: "Neither Kuwait nor Qatar
    has joined", "None of the ICI partners, Bahrain, Kuwait, ... is a NATO member"."""
    before = s.tokens[clause_start : group[0].start]
    if before[-1:] == ["the"]:  # "Nor is the UAE a member", "Neither the UAE nor ..."
        before = before[:-1]
    return (
        before[-1:] == ["neither"]
        or "none" in before
        # the subject after "nor" or "neither" and an auxiliary put first: "Nor is Mongolia a PfP
        # member", "Neither has Oman joined the ICI", "nor did Georgia join"
        or (len(before) >= 2 and before[-2] in ("nor", "neither") and before[-1] in _INVERTED_AUX)
    )


def _relative_after_an_object(
    s: Sentence, country_groups: list[list[Match]], claimed: set[int]
) -> list[RawClaim]:
    """The relative clause set off after a country that is the object of a preposition: "The
    drill took place in Sweden, which joined NATO in 2023", "Albania joined NATO together with
    Croatia, which had joined the PfP in 2000". The clause is its last country's ("the border
    between Norway and Russia, which ..." is Russia's), and is read to its end only: the main
    clause after it ("Algeria, like Jordan, which joined the MD in 1995, is ...") is not."""
    out: list[RawClaim] = []
    for g in country_groups:
        last = g[-1]
        if (
            g[0].start in claimed
            or g[0].start in s.places
            or not _object_position(s, g[0].start)
            or not _relative_of(s, last.end)
            or s.unasserted_at(last.start)
        ):
            continue
        close = next(
            (k for k in range(last.end + 2, len(s.tokens)) if s.tokens[k] in (",", ";", ".")),
            len(s.tokens),
        )
        out += _forward(s, [last], close, last.start)
    return out


# The auxiliaries that "nor" or "neither" put before the subject they deny ("Nor is Mongolia a
# PfP member").
_INVERTED_AUX = frozenset(
    ("is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could")
)


def _relative_of(s: Sentence, k: int) -> bool:
    """Whether ", which" (or ", who") at ``k`` opens a clause about the country just before it
    ("together with Croatia, which had joined the PfP in 2000"): the subject's clause ends."""
    before = s.ending_at.get(k)
    return (
        before is not None
        and before.entity.label == "Country"
        and s.tokens[k : k + 1] == [","]
        and s.tokens[k + 1 : k + 2] in (["which"], ["who"])
    )


# Words that give a group its name ("known as the IP4", "dubbed the IP4"): no claim of joining.
_NAMING = frozenset(("known", "called", "dubbed", "termed", "nicknamed", "styled", "labelled",
                     "labeled", "referred"))  # fmt: skip


def _named_as(tokens: Sequence[str], start: int) -> bool:
    """Whether the framework at ``start`` is a name given to the countries before it: "known as
    the IP4", "called the IP4", "dubbed the IP4", "referred to as the IP4"."""
    k = start - 1
    if k >= 0 and tokens[k] == "the":
        k -= 1
    if k >= 0 and tokens[k] == "as":
        k -= 1
    if k >= 1 and tokens[k] == "to" and tokens[k - 1] == "referred":
        return True
    return k >= 0 and k < start - 1 and tokens[k] in _NAMING


def _excepted(s: Sentence, group: list[Match]) -> range | None:
    """The tokens of ", but not Oman," (", but not the UAE,", ", not Sweden,") set off by commas
    after another subject: an exception, passed over by the clause around it; None when the
    group is not one."""
    start, end = group[0].start, group[-1].end
    k = start - 1
    if k >= 0 and s.tokens[k] == "the":  # ", but not the UAE,", ", but not the Russian Federation,"
        k -= 1
    if k < 1 or s.tokens[k] != "not":
        return None
    k -= 1
    if s.tokens[k] == "but":
        k -= 1
    if k < 0 or s.tokens[k] != "," or s.tokens[end : end + 1] not in ([","], ["."], [";"], []):
        return None  # ", but not Oman," or ", but not Oman." at the clause's end
    return range(k, end + 1)


# Words that except the countries right after them from what the clause says of others ("All GCC
# states except Saudi Arabia and Oman joined the ICI"); "but" does so only after a word that
# speaks of all or none ("All GCC states but Oman", "No Gulf state but Kuwait"), elsewhere it
# opens a clause ("Bahrain joined, but Oman did not").
_EXCEPTING = frozenset(("except", "excepting", "excluding", "save", "bar", "barring"))
_EXCEPTING_PAIRS = frozenset((("exception", "of"), ("apart", "from"), ("other", "than")))
_ALL_OR_NONE = frozenset(("all", "every", "each", "none", "no", "any", "nobody", "everyone"))


# How many a "but" excepts ("All but two of the GCC states, Saudi Arabia and Oman, ..."), and the
# words after countries that except them ("Tajikistan excepted", "Oman aside").
_COUNTS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "few")
)
_EXCEPTED_AFTER = frozenset(("excepted", "excluded", "aside", "apart"))


def _named_exception(s: Sentence, group: list[Match]) -> bool:
    """Whether a group of countries names the exception an aside makes: "Tajikistan excepted",
    "All but two of the GCC states, Saudi Arabia and Oman, ...", "All GCC members but two,
    Saudi Arabia and Oman, ..." (the two named after the count)."""
    start, end = group[0].start, group[-1].end
    after = s.tokens[end : end + 2]
    if (
        after[:1]
        and after[0] in _EXCEPTED_AFTER
        and (after[0] in ("excepted", "excluded") or after[1:] in ([","], [";"], ["."], []))
    ):
        return True
    if start < 1 or s.tokens[start - 1] != ",":
        return False
    for j in range(start - 2, max(-1, start - 14), -1):
        t = s.tokens[j]
        if t == "but":
            count = s.tokens[j + 1]
            return count in _COUNTS or count.isdigit()
        if t in (",", ";", ":") or t in CLAUSE_BREAKS or t in EVENT_WORDS or t in PERFECT:
            return False
    return False


def _excepted_after_naming(
    s: Sentence, groups: list[list[Match]], exceptions: list[list[Match]]
) -> set[Entity]:
    """The countries an exception set off by a comma names after the list just before it in its
    clause, which named them too: "Finland and Sweden joined NATO in 2023, except Sweden". Not an
    exception of a noun of its own ("all GCC states except Saudi Arabia and Oman have"), nor one
    in another clause ("Saudi Arabia has not joined the ICI; all GCC states except ...")."""
    out: set[Entity] = set()
    for excepted in exceptions:
        lead = excepted[0].start - 1
        while lead >= 0 and s.tokens[lead] in _EXCEPTION_LEADS:
            lead -= 1
        before = [g for g in groups if g[-1].end <= lead]
        if lead < 0 or s.tokens[lead] != "," or not before:
            continue
        if {";", ":"}.intersection(s.tokens[before[-1][-1].end : lead]):
            continue
        listed = {m.entity for m in before[-1]}
        out.update(m.entity for m in excepted if m.entity in listed)
    return out


# The words of an exception before the countries it names: "except", "with the exception of",
# "apart from", "but not".
_EXCEPTION_LEADS = frozenset(
    ("the", "for", "of", "with", "exception", "from", "apart", "than", "other", "but", "not",
     *_EXCEPTING)
)  # fmt: skip


def _all_but_done(tokens: Sequence[str]) -> bool:
    """ "Georgia has all but joined NATO": "all but" before a verb is "almost", no claim."""
    for k in range(len(tokens) - 2):
        if tokens[k] == "all" and tokens[k + 1] == "but":
            nxt = tokens[k + 2]
            if nxt in EVENT_WORDS or (nxt.isalpha() and nxt.endswith(("ed", "en"))):
                return True
    return False


def _excepted_by_word(s: Sentence, group: list[Match]) -> bool:
    """Whether a group of countries is the exception a word before it makes: "except Saudi Arabia
    and Oman", "except for Tajikistan", "all but Oman", or names an exception ("Tajikistan
    excepted", see ``_named_exception``). The clause says the opposite of them, at most, and the
    reader makes no claim of them, rather than read them as its subjects."""
    if _named_exception(s, group):
        return True
    k = group[0].start - 1
    while k >= 0 and s.tokens[k] in ("the", "for"):
        k -= 1
    if k < 0:
        return False
    if s.tokens[k] in _EXCEPTING:
        return s.tokens[k] != "bar" or k == 0 or s.tokens[k - 1] != "a"  # not "a bar"
    if k and (s.tokens[k - 1], s.tokens[k]) in _EXCEPTING_PAIRS:
        return True  # "with the exception of Oman", "apart from Tajikistan", "other than Oman"
    if s.tokens[k] != "but" or (k and s.tokens[k - 1] in (",", ";")):
        return False
    # "all but", "every Gulf state but": a word of all or none before it in its noun phrase, no
    # verb between ("All four joined the ICI but Oman did not": a clause of its own)
    j = k - 1
    while j >= 0 and s.tokens[j] not in (",", ";", ":") and s.tokens[j] not in CLAUSE_BREAKS:
        if s.tokens[j] in EVENT_WORDS or s.tokens[j] in _PASSIVE or s.tokens[j] in PERFECT:
            return False
        if s.tokens[j] in _ALL_OR_NONE:
            return True
        j -= 1
    return False


# Words that open a place: "at Sintra", "in Brussels".
_PLACE_LEADS = frozenset(("at", "in"))
_PLACE_WORDS_MAX = 3  # capitalised words of a place's own name: "Sintra", "Rio de Janeiro"


def places(tokens: Sequence[str], matches: Sequence[Match]) -> set[int]:
    """Token indices of a place set off by commas right before a date, with the country it lies
    in: "at Sintra, Portugal, in May 1997", "in Brussels, Belgium, on 10 January 1994", "in
    Istanbul, Turkey, in June 2004". The place is "at" or "in" and a name (capitalised words, or
    a country or its capital), then a comma, a country's name (or capitalised words), a comma,
    and "in" or "on" with a date. Such a country is where something happened, no subject, and
    the date after it is the clause's. ``tokens`` as written (their capitals are read)."""
    lower = [t.lower() for t in tokens]
    countries = {m.start: m.end for m in matches if m.entity.label == "Country"}
    named = {k for m in matches if m.entity.label != "Country" for k in range(m.start, m.end)}

    def name_end(k: int) -> int | None:
        """The end of a place's name from ``k``: a country (or capital), or capitalised words."""
        if k in countries:
            return countries[k]
        j = k
        while (
            j < len(tokens)
            and j - k < _PLACE_WORDS_MAX
            and tokens[j][:1].isupper()
            and tokens[j].isalpha()
            and j not in named
            and lower[j] not in MONTHS
            and lower[j] not in MONTH_ABBREVIATIONS
        ):
            j += 1
        return j if j > k else None

    out: set[int] = set()
    for k, t in enumerate(lower):
        if t not in _PLACE_LEADS:
            continue
        first = name_end(k + 1 + (lower[k + 1 : k + 2] == ["the"]))
        if first is None or lower[first : first + 1] != [","]:
            continue
        second = name_end(first + 1)
        if second is None or lower[second : second + 1] != [","]:
            continue
        if lower[second + 1 : second + 2] not in (["in"], ["on"]) or not any(
            _date_at(lower, j, second + 2) for j in range(second + 2, min(second + 6, len(lower)))
        ):
            continue
        out.update(range(k, second + 1))
    return out


def _asides(tokens: list[str]) -> list[int]:
    """Token indices of a discourse aside set off by commas: ", by contrast,", ", however,"."""
    out: list[int] = []
    for k, t in enumerate(tokens):
        if t != ",":
            continue
        for phrase in ASIDES:
            n = len(phrase)
            if tuple(tokens[k + 1 : k + 1 + n]) == phrase and tokens[k + 1 + n : k + 2 + n] == [
                ","
            ]:
                out += range(k, k + 2 + n)
                break
    return out


_RELATIVES = (["which"], ["who"], ["whose"], ["that"], ["where"], ["when"])


def _comparisons(tokens: list[str], matches: list[Match]) -> set[int]:
    """Token indices of a comparison with named countries set off by commas: ", like Jordan,",
    ", unlike Israel and Jordan,", ", just like Jordan,", ", (just) as Jordan did,", ", as did
    Jordan,", also opening the sentence ("Like Finland, Sweden joined ..."); or closing the
    sentence after a comma (", just like Finland.", ", just as Finland did."), where ", as did
    Finland." stays the claim made again of Finland (``_elided``)."""
    out: set[int] = set()
    by_start = {m.start: m for m in matches if m.entity.label == "Country"}

    def closed(j: int) -> bool:
        """Whether the countries from ``j`` on, between commas, end in "and" or "or" and one
        more: "Egypt, Jordan and Morocco", not "Sweden joined" ("Like Finland, Sweden joined")."""
        while j in by_start:
            j = by_start[j].end
            if tokens[j : j + 1] in (["and"], ["or"]) or tokens[j : j + 2] == [",", "and"]:
                return True
            if tokens[j : j + 1] != [","]:
                return False
            j += 1
        return False

    def countries(j: int) -> int:
        """Past the countries compared, listed: "like Jordan and Egypt"."""
        while j in by_start:
            j = by_start[j].end
            following = j + 2 if tokens[j : j + 2] == [",", "and"] else j + 1
            if tokens[j : j + 1] == [","] and following == j + 1 and not closed(following):
                break  # "Like Finland, Sweden joined NATO": the comma closes the comparison
            if tokens[j : j + 1] in ([","], ["and"], ["or"]) and following in by_start:
                j = following
        return j

    # each comma, and the sentence's start: "Like Finland, Sweden joined NATO in 2024" (-1)
    for k in [-1, *(k for k, t in enumerate(tokens) if t == ",")]:
        j = k + 1
        while tokens[j : j + 1] and tokens[j] in _COMPARING_ADVERBS:
            j += 1
        head, inverted = tokens[j : j + 1], False
        if head in (["like"], ["unlike"]):
            # past words that describe the country ("like fellow Nordic country Finland", "unlike
            # its neighbour Georgia")
            named = j + 1
            while (
                named < min(len(tokens), j + 6)
                and named not in by_start
                and tokens[named].replace("-", "").isalpha()
            ):
                named += 1
            if named not in by_start:
                named = j + 1
            end = countries(named)
            if end == named:
                continue
        elif head == ["as"] and tokens[j + 1 : j + 2] and tokens[j + 1] in _COMPARING_VERBS:
            end, inverted = countries(j + 2), True  # ", as did Jordan,"
            if end == j + 2:
                continue
        elif head == ["as"]:
            end = countries(j + 1)  # ", as Jordan did before it,"
            if end == j + 1 or tokens[end : end + 1] == [] or tokens[end] not in _COMPARING_VERBS:
                continue
            end += 1
            while tokens[end : end + 1] and tokens[end] in _COMPARING_TAIL:
                end += 1
        else:
            continue
        if tokens[end : end + 1] == [","] and tokens[end + 1 : end + 2] not in _RELATIVES:
            # not ", like Jordan, which joined ...": the clause after is the compared country's
            out.update(range(max(k, 0), end + 1))
        elif (
            k >= 0
            and not inverted
            and all(w in (".", "!") for w in tokens[end:])
            and tokens[k - 1 : k] != []
            and tokens[k - 1] not in _EXAMPLED
        ):
            # "Sweden joined the PfP in 1994, just like Finland.": Finland's own part is not
            # read from it; "the MD's partners, like Jordan." name an example of them
            out.update(range(k, end))
    return out


_APPOSITIVE_HEADS = frozenset(("a", "an", "one"))
_APPOSITIVE_OF = frozenset(("of", "to", "with", "for"))
_APPOSITIVE_MAX = 12  # tokens from the comma to the one that closes the appositive


def _appositive_of(tokens: list[str], matches: list[Match]) -> set[int]:
    """Token indices of an appositive set off by commas right after a country that names
    another country after a preposition: "Pakistan, a major non-NATO ally of the United States
    since 2004, is a partner across the globe", "Croatia, a neighbour of Bosnia, joined NATO in
    2009". That country describes the subject, and is no subject of the verb after it. An
    appositive that names a framework or NATO after its preposition ("Jordan, a partner of the
    MD since 1995, ...") or holds a verb's clause ("which", "who") is left as it is."""
    out: set[int] = set()
    ends = {m.end for m in matches if m.entity.label == "Country"}
    by_start = {m.start: m for m in matches}
    for k, t in enumerate(tokens):
        if (
            t != ","
            or k not in ends
            or tokens[k + 1 : k + 2] == []
            or tokens[k + 1] not in _APPOSITIVE_HEADS
        ):
            continue
        close = next(
            (
                j
                for j in range(k + 2, min(len(tokens), k + 2 + _APPOSITIVE_MAX))
                if tokens[j] in (",", ";", ".")
            ),
            None,
        )
        if close is None or tokens[close] != ",":
            continue
        span = range(k + 1, close)
        if any(tokens[j] in ("which", "who", "that", "whose") for j in span):
            continue
        # "a major non-NATO ally", "a close ally": no body named, whatever the words stand for
        named = [
            by_start[j]
            for j in span
            if j in by_start and tokens[j] not in ("ally", "allies", "non-nato")
        ]
        if not named or any(m.entity.label != "Country" for m in named):
            continue
        if all(
            tokens[m.start - 1 - (tokens[m.start - 1] == "the")] in _APPOSITIVE_OF for m in named
        ):
            out.update(range(k, close + 1))
    return out


# Words that may stand before "like" or "as" in a comparison: ", just like Jordan,".
_COMPARING_ADVERBS = frozenset(("just", "much", "exactly", "precisely", "very"))
# The verb of a comparison with "as": ", as Jordan did,", ", as did Jordan,".
_COMPARING_VERBS = frozenset(
    ("did", "does", "do", "has", "have", "had", "is", "are", "was", "were")
)
# Words that may close it: ", as Jordan did before it,", ", as Egypt had done earlier,".
_COMPARING_TAIL = frozenset(
    ("before", "it", "them", "too", "earlier", "previously", "already", "once", "so", "done")
)
# Nouns before ", like Jordan" at a sentence's end that make Jordan an example of them.
_EXAMPLED = frozenset(
    ("partners", "members", "participants", "countries", "states", "nations", "allies",
     "signatories", "ones")
)  # fmt: skip


def _as_areas(tokens: list[str], matches: list[Match]) -> list[Match]:
    """A framework's name that also names an area ("building integrity") is the area where the
    sentence speaks of areas: right after "on", or listed with another area."""
    out = list(matches)
    for i, m in enumerate(matches):
        if m.area is None:
            continue
        beside = [
            n
            for n in (
                matches[i - 1] if i else None,
                matches[i + 1] if i + 1 < len(matches) else None,
            )
            if n is not None
            and n.entity.label == "Threat"
            and all(t in LIST_JOINERS for t in tokens[min(n.end, m.end) : max(n.start, m.start)])
        ]
        if (m.start > 0 and tokens[m.start - 1] == "on") or beside:
            out[i] = Match(m.area, m.start, m.end, m.text)
    return out


def _is_ordinal(token: str) -> bool:
    return token[:-2].isdigit() and token[-2:] in ("st", "nd", "rd", "th")


class Sentence:
    """One sentence's tokens (lower case) and entity matches, with the reading helpers."""

    def __init__(self, tokens: Sequence[str], matches: Sequence[Match]) -> None:
        self.tokens = [t.lower() for t in tokens]
        for k, t in enumerate(tokens):  # "in May 2024" is a month, not a modal
            if t == "May" and (k > 0 or (k + 1 < len(tokens) and _year(tokens[k + 1]))):
                self.tokens[k] = "may."
            month = _abbreviated_month(tokens, k) or _numeric_month(tokens, k)
            if month is not None:  # "Feb 1995", "Sept. 1996", "5 Dec '99": the month in full
                self.tokens[k] = _MONTH_NAMES[month - 1]
        # "non-member" is three tokens; read it as one word so "member" alone is no trigger; and
        # "re-joined" as "rejoined", a return, so "joined" alone is no trigger
        for k in range(2, len(self.tokens)):
            if self.tokens[k - 1] == "-" and self.tokens[k].isalpha():
                if self.tokens[k - 2] == "non":
                    self.tokens[k] = "non-" + self.tokens[k]
                elif self.tokens[k - 2] == "re":
                    self.tokens[k] = "re" + self.tokens[k]
        _spelled_ordinals(self.tokens)
        _boarding(self.tokens)  # "came on board", "took a seat in": joining, before it is read
        # "a Defence Capacity Building package": the framework a partner takes part in by it
        matches = [
            replace(m, end=m.end + 1)
            if m.entity.label == "Framework" and self.tokens[m.end : m.end + 1] in _PACKAGES
            else m
            for m in matches
        ]
        _programme_agreed(self.tokens, matches)  # "adopted an ITPP", "agrees its IPAP": signed
        _own_plan_agreed(self.tokens, matches)  # "Kazakhstan's IPAP was agreed in 2006": signed
        _programme_held(self.tokens, matches)  # "has had a MAP since 2010": taken part since
        _programme_had(self.tokens, matches)  # "has a Membership Action Plan": takes part
        _status_taken(self.tokens, matches)  # "received EOP status in 2020": named one
        # whose offer it was ("took up NATO's offer of the MD") is passed over with the offer
        matches = [m for m in matches if set(self.tokens[m.start : m.end]) != {_PASSED}]
        for k in range(len(self.tokens) - 1):  # "the 1990's": the decade, not the year 1990
            t = self.tokens[k]
            if self.tokens[k + 1] == "'s" and _year(t) and t.endswith("0"):
                self.tokens[k] = t + "s"
        for k in range(len(self.tokens) - 1):  # "is scheduled to join": a plan, not the act
            if self.tokens[k] in ("scheduled", "slated") and self.tokens[k + 1] == "to":
                self.tokens[k] = "expected"
        _intentions(self.tokens)
        _in_progress(self.tokens)
        ends = {m.end for m in matches if m.entity.label == "Country"}
        _refusals(self.tokens, ends | {k + 1 for k in ends if self.tokens[k : k + 1] == ["'s"]})
        _near_misses(self.tokens)
        for k in range(len(self.tokens) - 1):  # "was welcomed into NATO": admitted
            if self.tokens[k] in INTO_WORDS and self.tokens[k + 1] == "into":
                self.tokens[k] = "admitted"
        _not_yet(self.tokens)  # before the modals of continuing are read as "still"
        _continuations(self.tokens)
        for k in range(len(self.tokens) - 1):
            if self.tokens[k] == "not" and self.tokens[k + 1] == "only":
                # "not only a PfP partner but also ...": no negation, and no word the link
                # between subject and object does not pass over
                self.tokens[k] = self.tokens[k + 1] = ","
            if self.tokens[k : k + 4] == ["believe", "it", "or", "not"]:
                # "Japan, believe it or not, is not a member": the writer's own surprise (an
                # aside, triggers.ASIDES), no belief or doubt
                self.tokens[k] = "believe."
        _neither_nor(self.tokens, {m.start for m in matches if m.entity.label == "Country"})
        self.matches = _as_areas(self.tokens, list(matches))
        # ", like Jordan," and ", unlike Jordan,": a comparison set off by commas, which the link
        # between subject and object passes over, and whose country is no subject of it
        compared = _comparisons(self.tokens, self.matches) | _called_asides(self.tokens)
        # ", a major non-NATO ally of the United States,": an appositive's country of a
        # preposition is no subject either
        compared |= _appositive_of(self.tokens, self.matches)
        self.matches = [m for m in self.matches if m.start not in compared]
        # where each match starts and which tokens matches cover: a sentence of thousands of
        # matches (a paragraph without full stops) is read in time linear in its length
        self.starts = [m.start for m in self.matches]
        self.covered = {k for m in self.matches for k in range(m.start, m.end)}
        self.ending_at = {m.end: m for m in self.matches}
        # token indices the link between subject and object passes over: "NATO's" qualifying a
        # framework, and a parenthetical aside (", by contrast,")
        self.modifiers: set[int] = set(_asides(self.tokens)) | compared
        # a place set off by commas before a date ("at Sintra, Portugal, in May 1997"): its
        # country is where, not who, and the date after it is the clause's
        self.places = places(tokens, self.matches)
        # the country groups by where they start (claims_in), and whether a list of subjects
        # with only a date of their own runs from a token to the sentence's end
        # (``_gaps_to_the_end``)
        self.country_groups: dict[int, list[Match]] = {}
        self.gap_ends: dict[int, bool] = {}
        self.mentions_nato = any(m.entity.label == "Organization" for m in matches) or any(
            t in ("alliance", "allies", "allied") for t in self.tokens
        )
        text = " ".join(self.tokens)
        self.hedged = (
            any(t in HEDGES for t in self.tokens)
            or any(p in text for p in HEDGE_PHRASES)
            or _asks(self.tokens)  # a question claims nothing
            or _asks_without_its_mark(self.tokens, matches)  # "didn't Uzbekistan leave the PfP"
            or _all_but_done(self.tokens)  # "has all but joined": almost
            or _labelled_a_claim(self.tokens)  # "Claim: Israel joined NATO in 2016."
            or _a_text_reported(self.tokens)  # "An article of 3 March said that Sweden ..."
            or _called_mistaken(self.tokens)  # "..., one blogger wrote, but that is a misreading"
        )
        # the spans of hearsay's and a party's clauses ("Minsk insists that Belarus ..."): no
        # claim of a name in them is the article's
        self.unasserted = _unasserted(self.tokens)
        # and of clauses of time in the present, which speak of what is to come ("Until Ukraine
        # joins NATO, ...", "... when it joins NATO")
        self.unasserted += _future_clauses(self.tokens, self.matches)

    def unasserted_at(self, token: int) -> bool:
        """Whether the token is in a clause of hearsay or of a party's position, or in a clause
        of time that speaks of the future."""
        return any(lo <= token < hi for lo, hi in self.unasserted)

    def span(self, start: int, end: int) -> list[str]:
        return self.tokens[start:end]

    def first_from(self, token: int) -> int:
        """The index of the first match starting at or after ``token``."""
        return bisect_left(self.starts, token)

    def last_before(self, token: int, labels: tuple[str, ...]) -> Match | None:
        """The last match of one of ``labels`` that ends by ``token``."""
        for i in range(self.first_from(token) - 1, -1, -1):
            m = self.matches[i]
            if m.end <= token and m.entity.label in labels:
                return m
        return None

    def words(self, start: int, end: int) -> list[str]:
        """The tokens of a span without "NATO's" before a framework (it qualifies, it is no link)."""
        return [t for k, t in enumerate(self.tokens[start:end], start) if k not in self.modifiers]

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
                and (
                    self.is_list(runs[-1][-1].end, m.start)
                    or self._possessives_listed(runs[-1][-1], m)
                )
                and not self._interrupted(runs[-1][-1], m)
                and not (closed and conjunction)
                # "Finland joined ... at the same time as Sweden, and it joined NATO": a pronoun
                # opens a clause of its own, one more of no list (the countries "they" stands for
                # stand at its one word)
                and not (m.text.lower() in PRONOUNS and runs[-1][-1].start != m.start)
                # "Jordan joined the MD in 1995, as did Israel, and Algeria joined in 2000": the
                # group an ellipsis echoes ends its clause; a name with a verb of its own after
                # it opens the next
                and not (self.ellipsis_at(runs[-1][0].start) and self._clause_goes_on(m))
                # "Tunisia and Libya, Malta's southern neighbours, ...": an apposition, not one
                # more of the list
                and not (
                    joiner == [","]
                    and self._possessive_aside(m)
                    and not _object_position(self, runs[-1][0].start)
                )
            ):
                runs[-1].append(m)
                closed = closed or conjunction
            else:
                runs.append([m])
                closed = False
        return runs

    def _possessives_listed(self, before: Match, m: Match) -> bool:
        """Whether two names in the possessive are one list: "Russia's and Belarus's
        participation", "Russia's, Belarus's and ..." (the second name's possessive too)."""
        between = self.tokens[before.end : m.start]
        return (
            len(between) >= 2
            and between[0] in _POSSESSIVE_MARKS
            and all(t in LIST_JOINERS or t in _POSSESSIVE_MARKS for t in between[1:])
            and self.tokens[m.end : m.end + 1] in ([p] for p in _POSSESSIVE_MARKS)
        )

    def ellipsis_at(self, start: int) -> bool:
        """Whether the name at ``start`` follows the head and verb of an ellipsis ("as did",
        "neither is")."""
        before = self.tokens[max(0, start - 2) : start]
        return len(before) == 2 and before[0] in _ELLIPSIS_HEADS and before[1] in _ELLIPSIS_VERBS

    def _clause_goes_on(self, m: Match) -> bool:
        """Whether a word that is no joiner, no punctuation and no "too" follows ``m``: its
        clause goes on past it ("and Algeria joined in 2000"), as a list's last name does not."""
        after = self.tokens[m.end : m.end + 1]
        return bool(after) and after[0].isalpha() and after[0] not in ("and", "or", "too")

    def _possessive_aside(self, m: Match) -> bool:
        """Whether ``m`` opens a phrase in the possessive closed by a comma ("Malta's southern
        neighbours,")."""
        return (
            self.tokens[m.end : m.end + 1] in (["'s"], ["'"])
            and "," in self.tokens[m.end + 1 : m.end + 8]
        )

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
        """A plain negation: the clause makes a negative claim."""
        return any(t in NEGATORS for t in tokens)

    def blocked(self, tokens: Sequence[str]) -> bool:
        """A modal, a hope or an exception, or a degree denied ("has never been a more important
        partner"): the clause makes no claim."""
        return (
            any(t in MODALS or t in BLOCKERS for t in tokens)
            or _halts(tokens)
            or (self.negated(tokens) and _compares(tokens))
            or _not_only(tokens)
        )


# Words after a denial that deny only that it is all ("not just a partner", "no longer only a
# partner"): the state is affirmed, with more besides, which the reader does not check.
_ONLY = frozenset(("just", "only", "merely", "simply", "solely"))


def _not_only(tokens: Sequence[str]) -> bool:
    """ "is not just a NATO partner in the PfP", "is no longer only a PfP partner": no denial (it
    was read as one, and contradicted the sentence's own fact)."""
    for k, t in enumerate(tokens):
        after = list(tokens[k + 1 : k + 3])
        if after[:1] == ["longer"]:
            after = after[1:]
        if t in NEGATORS and after[:1] and after[0] in _ONLY:
            return True
    return False


# Labels that put what follows them up for checking, as a fact check does ("Claim: ...",
# "Rumour: ...", "Viral post: ..."): what follows is another's, not the article's own.
_CLAIM_LABELS = frozenset(
    ("claim", "claims", "claimed", "rumour", "rumours", "rumor", "rumors", "myth", "myths",
     "fake", "hoax", "misconception", "viral", "allegation", "fiction", "assertion")
)  # fmt: skip


def _labelled_a_claim(tokens: Sequence[str]) -> bool:
    """Whether the sentence opens with a label of a claim to check: "Claim:", "The claim:",
    "Viral claim:", "Rumour -", before what another says."""
    head = [t for t in tokens[:6] if t[:1].isalnum() or t == ":" or t in DASHES]
    colon = next((j for j, t in enumerate(head) if t == ":" or t in DASHES), None)
    if colon is None or colon == 0 or colon > 3:
        return False
    return head[colon - 1] in _CLAIM_LABELS


# A piece of published writing that opens a sentence as its subject ("An article of 3 March",
# "Our explainer on the Dialogue", "A photo caption", "An earlier version of this story"), the
# words that may come before it, and the verbs by which it says or shows what it said.
_TEXTS = frozenset(
    ("article", "articles", "caption", "captions", "graphic", "graphics", "infographic", "chart",
     "profile", "feature", "version", "explainer", "editorial", "column", "headline",
     "headlines", "obituary", "story", "piece", "sidebar", "analysis", "interview", "letter",
     "podcast", "broadcast", "newsletter", "box",
     # "A timeline on 12 May gave 1999 as the year Croatia joined NATO"
     "timeline", "timelines", "table", "tables", "map", "maps")
)  # fmt: skip
_TEXT_OPENERS = frozenset(("a", "an", "the", "our", "this", "that", "one", "yesterday's"))
# Words that may follow the piece before its verb: where or when it ran, what it was about ("An
# article of 3 March said", "A graphic in yesterday's edition showed", "Our profile of the
# minister said"); any other ("The story is simple: ...", "The column of tanks moved when ...")
# makes it no subject of a verb of saying.
_TEXT_AFTER = frozenset(("of", "on", "in", "from", "about", "published", "that", "last", "earlier"))
# words of where, when and what about between the piece and its verb: "A profile of the
# Georgian defence minister on 20 November said ...", "An article on 14 November about NATO's
# southern partners stated ..."
_TEXT_BETWEEN_MAX = 10
# The writer telling what an earlier piece of theirs said: "In a graphic on 25 November we listed
# Austria as a NATO member", "In an earlier version of this story, we said that ...".
_WRITERS = frozenset(("we", "i"))
# The present of a verb of saying or showing: "This article shows that ..." is the writer's own.
_TEXT_VERBS_NOW = frozenset(
    ("says", "states", "describes", "shows", "lists", "calls", "writes", "claims", "suggests",
     "reports", "gives", "names", "refers", "implies", "depicts")
)  # fmt: skip
_TEXT_VERBS = frozenset(
    ("said", "says", "stated", "states", "described", "describes", "showed", "shows", "listed",
     "lists", "called", "calls", "wrote", "writes", "claimed", "claims", "suggested", "suggests",
     "reported", "reports", "gave", "gives", "named", "names", "identified", "misidentified",
     "referred", "refers", "labelled", "labeled", "placed", "put", "implied", "depicted",
     # "In an interview published on 4 June we quoted a retired general as saying that ..."
     "quoted")
)  # fmt: skip
# A report is as often another's source as the paper's own ("A report by the Alliance's assembly
# said ..."): it is a piece that said what it said only when the words before its verb date it ("A
# report on 14 May said that ...", "A report of 3 March stated ..."), as a corrections notice does.
_DATED_TEXTS = frozenset(("report",))


def a_text_reported(tokens: Sequence[str]) -> bool:
    """Whether the sentence (its words in lower case) tells what a piece of writing said: a
    corrections notice's error, which the next sentence often corrects of the same country ("A
    story described Kazakhstan as a Dialogue partner. It is a PfP partner.")."""
    return _a_text_reported(tokens)


def _a_text_reported(tokens: Sequence[str]) -> bool:
    """Whether the sentence tells what a piece of writing said: "An article of 3 March said that
    Sweden joined NATO in 2023", "A photo caption described Kazakhstan as a member of the MD",
    "Our explainer said that ...". What it said is that text's claim, which a corrections notice
    or a review puts up to correct, not the writer's; a source cited after a claim stated in full
    ("Finland joined NATO in 2023, an article in the Helsinki daily said") and a body's own
    words ("A NATO statement said that ...") are read as any sentence is. "Article 5" is a
    treaty's article, not a piece of writing."""
    if _we_wrote_then(tokens) or _your_piece_said(tokens):
        return True
    if tokens[:1] and tokens[0].lower() in _OPENING_ADVERBS:
        # "Finally, the map that accompanied the leader showed Cyprus as a PfP country": a word
        # that orders what the writer says comes before the piece, as it may before any sentence
        rest = tokens[2:] if tokens[1:2] == [","] else tokens[1:]
        return bool(rest) and rest[0].lower() not in _OPENING_ADVERBS and _a_text_reported(rest)
    if tokens[:1] and tokens[0].lower() == "in":
        return _an_earlier_piece_of_ours(tokens[1:])
    if not tokens or tokens[0].lower() not in _TEXT_OPENERS:
        return False
    at = next(
        (k for k in range(1, min(4, len(tokens))) if tokens[k].lower() in _TEXTS | _DATED_TEXTS),
        None,
    )
    if at is None:
        return False
    # the verb straight after the piece, or after a few words of where, when or what it ran
    # ("Article V guarantee", "article 5": a treaty's article, no piece that said anything)
    after = _unbracketed(tokens[at + 1 :])[: 1 + _TEXT_BETWEEN_MAX]
    if not after or (after[0] not in _TEXT_VERBS and after[0].lower() not in _TEXT_AFTER):
        return False
    verb = next((j for j, t in enumerate(after) if t in _TEXT_VERBS), None)
    if verb is None or any(not t[:1].isalnum() and t != "'s" for t in after[:verb]):
        return False  # a comma, colon or other mark first: the piece is no subject of the verb
    if tokens[at].lower() in _DATED_TEXTS and not any(
        # "may." is the month, told apart from the modal (Sentence)
        t.lower().rstrip(".") in MONTHS
        or (t.isdigit() and len(t) == 4)
        or t.lower() in ("yesterday", "yesterday's", "last", "earlier")
        for t in after[:verb]
    ):
        return False  # "A report by NATO said ...": a source cited, read as any sentence is
    # "This article shows that ...", "Our analysis shows ...": the writer's own piece, now
    return not (tokens[0].lower() in ("this", "our") and after[verb] in _TEXT_VERBS_NOW)


# Words that date the writer's own earlier words: "We wrote on 3 June that ...", "We reported on
# Monday that ...", "I said last week that ...".
_WHEN_WE_WROTE = frozenset(
    ("yesterday", "last", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday")
)  # fmt: skip
# The other words of such a date when it opens the sentence, before the writer ("Last week we
# wrote that ...", "On 3 June, we reported that ...", "Earlier this month we said that ...").
_WHEN_WE_WROTE_LEAD = frozenset(
    ("on", "in", "this", "the", "of", "week", "month", "year", "weeks", "months", "ago", "a",
     "few", "two", "three", "days", "edition", "issue", "week's", "month's")
)  # fmt: skip
# Sentence adverbs that may open a sentence before a piece of writing and its verb of saying.
_OPENING_ADVERBS = frozenset(
    ("finally", "also", "lastly", "meanwhile", "separately", "moreover", "furthermore",
     "besides", "similarly", "likewise", "secondly", "thirdly", "and", "but")
)  # fmt: skip


def _a_date_word(t: str) -> bool:
    return (
        t.lower().rstrip(".") in MONTHS
        or (t.isdigit() and len(t) == 4)
        or t.lower() in _WHEN_WE_WROTE
    )


def _we_wrote_then(tokens: Sequence[str]) -> bool:
    """Whether the sentence opens with what the writer said on an earlier day: "We wrote on 3 June
    that Finland became a NATO member in 2024", "We reported on Monday that ...", "Last week we
    wrote that ...", "Last month we said Montenegro joined NATO in 2019" (no "that" before a
    clause of its own), or after a correction's label ("A correction to last month's answer
    sheet: we said ...", "Correction: we wrote that ..."): an earlier piece of theirs, which a
    corrections notice puts up to correct. Not the writer's words now ("We say that ..."),
    undated ("We said that ...": an argument recalled), nor set off by a mark ("We wrote, in
    2019, that ...")."""
    labelled = _after_a_correction_label(tokens)
    if labelled is not None:
        tokens = labelled
    w = next((k for k, t in enumerate(tokens[:7]) if t.lower() in _WRITERS), None)
    if w is None:
        return False
    lead = [t for t in tokens[:w] if t != ","]
    if lead and not (
        all(t.lower() in _WHEN_WE_WROTE_LEAD or t.isdigit() or _a_date_word(t) for t in lead)
        # a day or a recent time, not a year alone ("In 2017 we reported that ...": the writer's
        # own reporting recalled, read as any sentence is)
        and any(t.lower().rstrip(".") in MONTHS or t.lower() in _WHEN_WE_WROTE for t in lead)
    ):
        return False  # "As we wrote, ...", "Today we know that ...": no earlier day opens it
    tokens = tokens[w:]
    if len(tokens) < 3:
        return False
    if tokens[1] not in _TEXT_VERBS or tokens[1] in _TEXT_VERBS_NOW:
        return False
    after = tokens[2 : 2 + _TEXT_BETWEEN_MAX]
    that = next((j for j, t in enumerate(after) if t == "that"), None)
    if that is None and _a_clause_said(after):
        that = -1  # "we said Montenegro joined NATO in 2019": the clause straight after the verb
    if that is None or any(not t[:1].isalnum() for t in after[: max(that, 0)]):
        return False
    return bool(lead) or labelled is not None or any(_a_date_word(t) for t in after[: max(that, 0)])


# The labels of a correction, before its colon ("Correction:", "A correction to last month's
# answer sheet:", "Clarification:").
_CORRECTION_LABELS = frozenset(
    ("correction", "corrections", "clarification", "clarifications", "erratum", "errata",
     # a forum's or a blog's later note on its own post: "EDIT: earlier I wrote that ..."
     "edit", "edited", "update", "updated")
)  # fmt: skip
# The finite verbs of a clause said straight after a verb of saying, with no "that" ("we said
# Montenegro joined NATO in 2019", "we wrote Austria was a member"): what was said, a clause.
_SAID_CLAUSE_VERBS = frozenset(
    ("joined", "became", "was", "were", "is", "are", "had", "has", "signed", "left", "entered",
     "acceded", "suspended", "launched", "took", "belonged", "belongs")
)  # fmt: skip


def _after_a_correction_label(tokens: Sequence[str]) -> Sequence[str] | None:
    """The words after a correction's label and its colon ("A correction to last month's answer
    sheet: we said ..."), or None when the sentence opens with none."""
    colon = next((k for k, t in enumerate(tokens[:12]) if t == ":"), None)
    if colon is None or not any(t.lower() in _CORRECTION_LABELS for t in tokens[:colon]):
        return None
    return tokens[colon + 1 :]


def _a_clause_said(after: Sequence[str]) -> bool:
    """Whether the words after a verb of saying are a clause of their own, with no "that": a
    subject, then one of its finite verbs before any mark ("Montenegro joined NATO in 2019"); not
    a phrase ("on Sweden, which joined ...", "goodbye to ...")."""
    if not after or after[0] in PREPOSITIONS or not after[0][:1].isalnum():
        return False
    verb = next((j for j, t in enumerate(after) if t in _SAID_CLAUSE_VERBS), None)
    return verb is not None and verb > 0 and all(t[:1].isalnum() for t in after[:verb])


# What a letter to the editor calls the paper's own words ("Your correspondent wrote that ...",
# "Your leader of 3 November claimed ...", "Your map showed Cyprus as ..."), and the adverbs by
# which the letter takes them as its own ("Your reporter rightly said that ...").
_YOUR_PIECES = _TEXTS | frozenset(
    ("writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
     "columnist", "columnists", "leader", "leaders", "paper", "newspaper", "report", "reports",
     "cartoon", "critic", "reviewer")
)  # fmt: skip
_ENDORSED = frozenset(("rightly", "correctly", "accurately", "aptly", "fairly", "justly"))


def _your_piece_said(tokens: Sequence[str]) -> bool:
    """Whether a letter to the editor opens with what the paper said: "Your writer also said that
    Austria joined the PfP in 1994", "Your map showed Cyprus as a PfP country": the paper's
    words, which the letter puts up to correct, not the letter's. Not the present ("Your article
    shows that ...", which the letter may take as its own), nor words the letter endorses ("Your
    reporter rightly said that ..."), nor another of the reader's ("Your readers know that ...")."""
    if not tokens or tokens[0].lower() != "your":
        return False
    at = next((k for k in range(1, min(4, len(tokens))) if tokens[k].lower() in _YOUR_PIECES), None)
    if at is None:
        return False
    after = _unbracketed(tokens[at + 1 :])[: 1 + _TEXT_BETWEEN_MAX]
    verb = next((j for j, t in enumerate(after) if t.lower() in _TEXT_VERBS), None)
    if verb is None or after[verb].lower() in _TEXT_VERBS_NOW:
        return False
    between = after[:verb]
    if any(not t[:1].isalnum() and t != "'s" for t in between):
        return False
    return not any(t.lower() in _ENDORSED for t in between)


def _an_earlier_piece_of_ours(tokens: Sequence[str]) -> bool:
    """Whether the words after an opening "In" are a piece of writing and the writer's own verb
    in the past telling what it said: "In a graphic on 25 November we listed Austria as a NATO
    member", "In an earlier version of this story, we said that ...". Not this piece ("In this
    article we show ..."), nor another's words given in it ("In an interview, the minister said
    that ...": a source cited, read as any sentence is)."""
    if not tokens or tokens[0].lower() not in _TEXT_OPENERS - {"this"}:
        return False
    at = next((k for k in range(1, min(4, len(tokens))) if tokens[k].lower() in _TEXTS), None)
    if at is None:
        return False
    after = _unbracketed(tokens[at + 1 :])[: 2 + _TEXT_BETWEEN_MAX]
    who = next((j for j, t in enumerate(after) if t.lower() in _WRITERS), None)
    if who is None or any(not t[:1].isalnum() and t != "'s" for t in after[: max(0, who - 1)]):
        return False
    if who and not after[who - 1][:1].isalnum() and after[who - 1] != ",":
        return False  # only a comma may set the piece off from its writer
    verb = after[who + 1 : who + 2]
    return bool(verb) and verb[0] in _TEXT_VERBS and verb[0] not in _TEXT_VERBS_NOW


_OPENING = {"(": ")", "[": "]", '"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}


def _unbracketed(tokens: Sequence[str]) -> list[str]:
    """``tokens`` without what brackets or quotation marks enclose: a piece's title, ("The long
    road north"), is no word between it and its verb. An unclosed mark ends the words."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        close = _OPENING.get(tokens[k])
        if close is None:
            out.append(tokens[k])
            k += 1
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j] == close), None)
        if end is None:
            break
        k = end + 1
    return out


# Nouns that call a statement a mistaken reading or quotation, and the participles of being
# misquoted: "..., one blogger wrote, but that is a misreading", "was misquoted as saying that".
_MISREADINGS = frozenset(
    ("misreading", "misreadings", "misquote", "misquotation", "misstatement", "misunderstanding",
     "misrepresentation", "misinterpretation")
)  # fmt: skip
_MISQUOTED = frozenset(("misquoted", "misreported", "misstated", "misrepresented", "misread"))


def _called_mistaken(tokens: Sequence[str]) -> bool:
    """Whether the sentence calls what it reports mistaken: "but that is a misreading" after it
    ("Mongolia joined the PfP in 2010, one blogger wrote, but that is a misreading"), or someone
    "was misquoted as saying that ...". Not a misreading named otherwise ("There was no
    misunderstanding: Austria joined NATO in 1995"; "Some say this is a misreading, but Austria
    joined ..."): the claim is then the writer's."""
    low = [t.lower() for t in tokens]
    for k, t in enumerate(low):
        if (
            t in _MISREADINGS
            and k >= 4
            and low[k - 1] in ("a", "an")
            and low[k - 2] in ("is", "was", "'s")
            and low[k - 3] in ("that", "this", "it")
            and low[k - 4] == "but"
        ):
            return True
        if (
            t in _MISQUOTED
            and low[k - 1 : k] in (["was"], ["were"], ["been"], ["being"])
            and low[k + 1 : k + 3] in (["as", "saying"], ["as", "stating"], ["as", "claiming"])
        ):
            return True
        if t in _MISQUOTED and _misquoted_someone(low[k + 1 : k + 2 + _MISQUOTED_GAP]):
            return True
    return False


_MISQUOTED_GAP = 5  # words naming whom: "misquoted a NATO spokesperson as saying"


def _misquoted_someone(after: Sequence[str]) -> bool:
    """Whether the words after "misquoted" name whom, then "as saying" ("A report misquoted a
    spokesperson as saying that ..."): what follows is the misquotation."""
    for j in range(1, len(after) - 1):
        if not after[j - 1][:1].isalnum() and after[j - 1] != "'s":
            return False  # a mark before "as": "misquoted, as the minister put it, ..."
        if after[j] == "as" and after[j + 1] in ("saying", "stating", "claiming"):
            return True
    return False


def _compares(tokens: Sequence[str]) -> bool:
    """Whether a clause compares a degree ("a more important partner", "a closer partner"), not
    "any more" or "no more" (no longer)."""
    return any(
        t in COMPARATIVES and not (t == "more" and k and tokens[k - 1] in ("any", "no"))
        for k, t in enumerate(tokens)
    )


_MONTH_NAMES = tuple(MONTHS)  # in order: January first


_UNIT_ORDINALS = {
    w: n for n, w in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"], 1
    )
}  # fmt: skip
_SPELLED_ORDINALS = {
    **{w: n for n, w in enumerate(
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], 10)},
    "thirtieth": 30, "fortieth": 40,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _spelled_ordinals(tokens: list[str]) -> None:
    """Spelled ordinals from the tenth in figures ("thirtieth": "30th"), and "thirty-second" read
    as "32nd" at its last word (the "thirty -" before it stays, read past by the rank readers),
    so that "the thirty-second member" is no "second member"."""
    for k, t in enumerate(tokens):
        if t in _SPELLED_ORDINALS:
            tokens[k] = _ordinal_text(_SPELLED_ORDINALS[t])
        elif t in _UNIT_ORDINALS and k >= 2 and tokens[k - 1] == "-" and tokens[k - 2] in _TENS:
            tokens[k] = _ordinal_text(_TENS[tokens[k - 2]] + _UNIT_ORDINALS[t])


def _abbreviated_month(tokens: Sequence[str], k: int) -> int | None:
    """The month a short form at ``k`` writes ("Feb", "Sept.", "DEC"), capitalised and next to
    a day or a year ("Feb 1995", "Feb '95", "5 Mar 2004", "Dec 5"); None for anything else
    ("Mar" or "Jun" alone are other words)."""
    t = tokens[k]
    word = t[:-1] if t.endswith(".") else t
    month = MONTH_ABBREVIATIONS.get(word.lower())
    if month is None or not word[:1].isupper():
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    after = tokens[k + 2] if k + 2 < len(tokens) else ""
    short_year = (nxt in _QUOTES and _two_digit_year(after) is not None) or (
        nxt[:1] in _QUOTES and _two_digit_year(nxt[1:]) is not None
    )
    prev = tokens[k - 1] if k else ""
    if _year(nxt) or short_year or _day(nxt) or _day(prev):
        return month
    return None


def _numeric_month(tokens: Sequence[str], k: int) -> int | None:
    """The month of "03/" right before a year ("03/1994", split so by the tokenizer: entities.
    NUMERIC_MONTHS), else None."""
    t = tokens[k]
    if not (t.endswith("/") and t[:-1].isdigit() and 1 <= int(t[:-1]) <= 12):
        return None
    return int(t[:-1]) if k + 1 < len(tokens) and _year(tokens[k + 1]) else None


def _day(token: str) -> int | None:
    """The day of a month a token writes ("5", "11th", "1st."), else None."""
    t = token.rstrip(".").removesuffix("st").removesuffix("nd").removesuffix("rd")
    t = t.removesuffix("th")
    return int(t) if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31 else None


def _year(token: str) -> int | None:
    if len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2099:
        return int(token)
    return None


# "1990s", "90s", "mid-1990s"; the part of a decade "early", "mid" and "late" stand for, read
# generously (a vague phrase is refuted only by a year well outside it), and at its core (a
# year at the edge of the generous range neither refutes nor confirms it: RawClaim.core)
_DECADE = re.compile(r"^(?:(early|mid|late)-)?(\d{2}|\d{4})s$")
_DECADE_PARTS = {"early": range(0, 5), "mid": range(3, 8), "late": range(5, 10)}
DECADE_PARTS = _DECADE_PARTS  # for the verdicts: a note's "mid-2000s" read the same way
_DECADE_CORES = {"early": range(0, 4), "mid": range(4, 7), "late": range(7, 10)}
_PART_OF_YEAR = re.compile(r"^(early|mid|late)-\d{4}$")
# "02/1995" (month and year), "11/03/2024" (day and month in an order it does not say)
# and "7/3/23" (a year in two digits after a day and a month; not "9/11", a month and a year?)
_SLASHED = re.compile(r"^(\d{1,2})/(?:(\d{1,2})/)?(\d{4})$")
_SLASHED_SHORT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$")
_ISO_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
# "27.05.1997", "7.3.23": day, month and year with dots, the order in which Europe writes them
# (day first)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")
# Any other date in figures ("2023.03.07", "7-3-23" as one word): one the reader cannot compare,
# never no date at all (the bare join was judged with the date dropped)
_FIGURES = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{2}|\d{4})$")
# and a day and a month with no year ("on 7.3", "since 04/04"), after a word of dates
_DAY_MONTH = re.compile(r"^(\d{1,2})[./](\d{1,2})$")
_DAY_MONTH_LEADS = frozenset(("on", "since", "from", "until", "till", "by", "of"))
# Words before numbers in figures that are no date ("section 1.2.3", "version 3.5.1").
_NUMBERED = frozenset(
    ("section", "sections", "version", "v", "no", "no.", "number", "resolution", "article",
     "art", "paragraph", "para", "chapter", "rule", "clause", "pp", "p", "page", "pages",
     "table", "figure", "fig", "release", "build", "patch", "model", "item", "annex", "point")
)  # fmt: skip


def year_of(token: str) -> int | None:
    """The year a token writes in four digits ("1995"), else None."""
    return _year(token)


def counts_at(tokens: Sequence[str], k: int) -> bool:
    """Whether the number at ``k`` (of lower-case ``tokens``) counts the noun after it: "with
    2000 troops", "some 1999 soldiers", "2000 more troops", "a 2000-strong force" give no year.
    After a word of dates it is the year still ("in 2004 troops were sent", "March 2000 ...")."""
    before = tokens[k - 1] if k else ""
    if not tokens[k].isdigit() or before in COUNT_NOT_AFTER or before in MONTHS:
        return False
    after = tokens[k + 1 : k + 3]
    if after[:1] == ["-"]:
        return tokens[k + 2 : k + 3] == ["strong"]  # "a 2000-strong force"
    if after[:1] and after[0] in COUNTED_NOUNS:
        return True
    return (  # one word between: "2000 more troops", "2000 Georgian soldiers"
        len(after) == 2
        and after[0].isalpha()
        and after[0] not in COUNT_NOT_BETWEEN
        and after[0] not in MONTHS
        and after[1] in COUNTED_NOUNS
    )


# Words before "of" that name a part of the year or decade after them ("the end of 2023", "the
# start of the 1990s"): as early, mid or late, or "?" for a part the reader does not compare ("the
# second half of 2023", "the turn of the century").
_PART_OF = {
    "beginning": "early", "start": "early", "dawn": "early", "middle": "mid", "end": "late",
    "close": "late", "half": "?", "quarter": "?", "turn": "?", "course": "?", "spring": "?",
    "summer": "?", "autumn": "?", "fall": "?", "winter": "?",
}  # fmt: skip
# Words right before a year that name a part of it ("autumn 2023", "Q4 2023").
_PART_BEFORE = frozenset(
    ("spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "h1", "h2")
)


def _part_named(tokens: Sequence[str], k: int, start: int) -> str | None:
    """The part of the year or decade at ``k`` the words before it name: "early", "mid" or
    "late" ("the end of the 1990s"), "?" for a part not compared ("autumn 2023", "the second half
    of 2023", "Q4 2023"), None for none."""
    before = [t.lower() for t in tokens[max(start, k - 3) : k]]
    if before and before[-1] in _PART_BEFORE:
        return "?"
    if before and before[-1] == "the":
        before = before[:-1]  # "the end of the 1990s"
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PART_OF:
        return _PART_OF[before[-2]]
    return None


# Words after a date that leave it open: "since the 1950s or earlier", "in 1995 or so".
_LOOSE_BOUNDS = [["or", w] for w in ("earlier", "before", "later", "after", "so", "thereabouts")]


# The words that may stand between a word of return and the framework it returns to: "rejoined
# the", "returned to the", "resumed its participation in the", "resumed full cooperation with the".
_RETURN_PATH = frozenset(
    ("to", "the", "its", "their", "participation", "part", "in", "cooperation", "with", "full",
     "active", "membership", "of", "again", "formally", "officially", "and")
)  # fmt: skip


def _returns_to(s: Sentence, trigger: Sequence[str], m: Match) -> bool:
    """Whether the words before a framework say its subject returned to it: a word of return
    followed only by _RETURN_PATH words ("returned to the PfP", "resumed its participation in the
    PfP"), and the framework ending its noun phrase ("returned to the PfP question" is no return
    to the PfP; "returned troops from Afghanistan, joined the MD" is a join)."""
    at = max((k for k, t in enumerate(trigger) if t in RESUME_WORDS), default=None)
    if at is None:
        # "Malta joined the PfP again in 2008": a join said again is a return
        return bool(_JOIN_VERBS.intersection(trigger)) and s.tokens[m.end : m.end + 1] == ["again"]
    if not all(t in _RETURN_PATH for t in trigger[at + 1 :]):
        return False
    return _ends_noun_phrase(s.tokens, m.end)


_JOIN_VERBS = frozenset(("join", "joined", "joins", "joining", "entered", "enters", "became"))


# Words that give way to what follows ("although", "but").
_CONCESSIONS = frozenset(("although", "though", "but", "while", "yet", "however"))


def _nominal(s: Sentence, at: Match, subjects: set[Entity], aside_end: int | None = None) -> bool:
    """Whether a sentence says its present partnership is one in name only: a concession after the
    framework that tells of a suspension or a halt of the subject's own ("..., although its
    cooperation is suspended", "but NATO suspended all practical cooperation"), or a main clause
    that does so after an aside naming the partnership ("Russia, a PfP partner since 1994, has
    been suspended since 2014"; ``aside_end``: where that aside ends)."""
    after = s.tokens[at.end :]
    k = next((i for i, t in enumerate(after) if t in _CONCESSIONS), None)
    if k is None and aside_end is not None and at.end < aside_end:
        k = aside_end - 1 - at.end  # the aside's closing comma: the main clause follows it
    if k is None:
        return False
    if any(
        m.entity.label == "Country" and m.entity not in subjects and m.start > at.end + k
        for m in s.matches
    ):
        return False  # "..., but Russia's cooperation is suspended": another's
    rest = set(after[k + 1 :])
    return bool(rest & (SUSPEND_WORDS | HALT_WORDS)) and not rest & NEGATORS


def _from_to(tokens: Sequence[str], k: int, start: int) -> bool:
    """Whether the year at ``k`` ends a span that "from" opens: "from 1994 to 2020", "from 1994
    through 2020", "from March 1994 to 2020"."""
    if k - 2 < start or tokens[k - 1] not in ("to", "through", "till", "until"):
        return False
    j = k - 2
    while j > start and (tokens[j] in MONTHS or tokens[j] == "," or _day(tokens[j]) is not None):
        j -= 1  # "from 16 March 1994 to 2020": back to the year
    if _year(tokens[j]) is None:
        return False
    j -= 1
    while j >= start and (tokens[j] in MONTHS or _day(tokens[j]) is not None):
        j -= 1
    return j >= start and tokens[j] == "from"


def _decade_core(tokens: Sequence[str], k: int, start: int) -> tuple[int, ...]:
    """The core years of a part of a decade written at ``k`` ("the late 1990s": 1997-1999, "the
    mid-1990s": 1994-1996); () for a whole decade or anything else."""
    decade = _DECADE.match(tokens[k])
    if decade is None:
        return ()
    part = decade.group(1) or (tokens[k - 1] if k > start else "")
    part = part if part in _DECADE_CORES else _part_named(tokens, k, start) or part
    digits = decade.group(2)
    base = int(digits) if len(digits) == 4 else _two_digit_year(digits)
    if part not in _DECADE_CORES or base is None:
        return ()
    return tuple(base + i for i in _DECADE_CORES[part])


def _two_digit_year(text: str) -> int | None:
    if len(text) != 2 or not text.isdigit():
        return None
    n = int(text)
    return 1900 + n if n >= 40 else 2000 + n


def _date_at(tokens: Sequence[str], k: int, start: int) -> tuple[int, ...] | None:
    """The date written at token ``k``, as ``(year, month, day, *years)``: month and day 0 when
    not given, ``years`` the years a decade or a range allows (empty for one year); ``()`` for
    a date the reader cannot compare; None when no date starts at ``k``.

    Reads "2024", "March 2024", "11 March 2024", "March 11, 2024", "2024-03-11", "27.05.1997"
    and "7.3.23" (day first), "7/3/23" (either order, when only one is possible), "2004-05" (two
    years), "1994-1996", "03/2024", "in '95", "the 1990s", "the mid-1990s", "the early 2000s";
    any other date in figures is one it cannot compare."""
    t = tokens[k]
    year = _year(t)
    if year is not None and counts_at(tokens, k):
        return None  # "with 2000 troops": a number of them, no date
    if year is not None and k > start and tokens[k - 1] in _DECADE_PARTS:
        return ()  # "in late 2024": part of a year, which the reader does not compare
    if year is not None and _part_named(tokens, k, start) is not None:
        return ()  # "in autumn 2023", "at the end of 2023", "in Q4 2023": the same
    if _PART_OF_YEAR.match(t):
        return ()  # "mid-2024"
    if year is not None:
        if hyphened := _hyphened_before(tokens, k, start):
            # "11-03-2024": day and month, in an order it does not say, as "11/03/2024"
            return _day_and_month(*hyphened, year)
        if (
            tokens[k + 1 : k + 2] == ["-"]
            and k + 2 < len(tokens)
            # "June 2005 - Kuwait joins the ICI": a timeline's date, the hyphen a dash after it
            and not (k <= 3 and tokens[k + 2].isalpha() and tokens[k + 2].lower() not in _OPEN_ENDS)
        ):  # 2024-03-11, 2004-05, 1994-1996
            return _hyphenated(tokens, k, year)
        month_of, day_of = _month_day(tokens, k, start)
        return year, month_of or 0, day_of or 0
    short_year = _two_digit_year(t)
    hyphened = _hyphened_before(tokens, k, start) if short_year else None
    if short_year and hyphened and len(tokens[k - 2]) <= 2 and len(tokens[k - 4]) <= 2:
        # "7-3-23": day and month, in an order it does not say, and a year in two digits
        return _day_and_month(*hyphened, short_year)
    if t in _QUOTES and k + 1 < len(tokens) and _after_a_lead(tokens, k, start):  # in '95
        short = _two_digit_year(tokens[k + 1])
        month_of, day_of = _month_day(tokens, k, start)  # "in Feb '95"
        return (short, month_of or 0, day_of or 0) if short else None
    if t[:1] in _QUOTES and _two_digit_year(t[1:]) and _after_a_lead(tokens, k, start):
        month_of, day_of = _month_day(tokens, k, start)
        return _two_digit_year(t[1:]), month_of or 0, day_of or 0  # type: ignore[return-value]
    decade = _DECADE.match(t)
    if decade:
        digits = decade.group(2)
        base = int(digits) if len(digits) == 4 else _two_digit_year(digits)
        if base is None or base % 10 or not 1900 <= base <= 2090:
            return ()
        part = decade.group(1) or (tokens[k - 1] if k > start else "")
        if part not in _DECADE_PARTS:
            named = _part_named(tokens, k, start)  # "the end of the 1990s": late
            if named == "?":
                return ()
            part = named or part
        years = tuple(base + i for i in _DECADE_PARTS.get(part, range(10)))
        return years[0], 0, 0, *years
    if k and tokens[k - 1] in _NUMBERED:
        return None  # "section 1.2.23", "Resolution 12/3/94": a number, no date
    dotted = _DOTTED.match(t)
    if dotted:
        dd, mm = int(dotted.group(1)), int(dotted.group(2))
        yyyy = _two_digit_year(dotted.group(3)) or int(dotted.group(3))
        if 1 <= mm <= 12 and 1 <= dd <= 31 and _year(str(yyyy)):
            return yyyy, mm, dd
        return None if len(dotted.group(3)) == 2 else ()  # "15.30.45": a time, no date
    day_month_year = _SLASHED_SHORT.match(t)
    if day_month_year:  # "7/3/23": day and month in an order it does not say, a two-digit year
        first, second, year_text = day_month_year.groups()
        return _day_and_month(int(first), int(second), _two_digit_year(year_text) or 0)
    slashed = _SLASHED.match(t)
    if slashed:
        first, second, year_text = slashed.groups()
        if second is None:  # month/year
            month = int(first)
            return (int(year_text), month, 0) if 1 <= month <= 12 else ()
        return _day_and_month(int(first), int(second), int(year_text))
    iso = _ISO_SLASHED.match(t)
    if iso:  # "2024/03/11": year, month, day
        yy, mm, dd = (int(g) for g in iso.groups())
        return (yy, mm, dd) if 1 <= mm <= 12 and 1 <= dd <= 31 and _year(str(yy)) else ()
    figures = _FIGURES.match(t)
    if figures:
        # a date in figures the reader does not read ("2023.03.07"); only one that could be a
        # date, not "15.30.45" nor "1.2.3"
        first, second = int(figures.group(1)), int(figures.group(3))
        if len(figures.group(1)) == 4 and 1 <= second <= 12:
            return ()  # a year first: "2023.03.07"
        if 1 <= min(first, second) <= 12 and max(first, second) <= 31:
            return ()  # a day and a month, in either order
    day_month = _DAY_MONTH.match(t)
    if day_month and k > start and tokens[k - 1] in _DAY_MONTH_LEADS:
        a, b = int(day_month.group(1)), int(day_month.group(2))
        if 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12:
            return ()  # "on 7.3": a day with no year, which the reader does not compare
    return None


def _hyphened_before(tokens: Sequence[str], k: int, start: int) -> tuple[int, int] | None:
    """The two numbers written with hyphens before a year at ``k`` ("11-03-" of "11-03-2024",
    "7-3-" of "7-3-23"), or None."""
    if (
        k - 4 >= start
        and tokens[k - 1] == tokens[k - 3] == "-"
        and tokens[k - 2].isdigit()
        and tokens[k - 4].isdigit()
    ):
        return int(tokens[k - 4]), int(tokens[k - 2])
    return None


def _day_and_month(a: int, b: int, year: int) -> tuple[int, ...]:
    """Day and month written in figures in an order the text does not say ("11/03/2024"): read
    only when one order is possible."""
    if a == b and a <= 12:
        return year, a, a
    if a > 12 >= b and a <= 31:
        return year, b, a
    if b > 12 >= a and b <= 31:
        return year, a, b
    return ()


_QUOTES = ("'", "\u2019")


def _after_a_lead(tokens: Sequence[str], k: int, start: int) -> bool:
    """Whether a short year's quote at ``k`` follows a word of dates ("in '95") or a month
    ("Feb '95", "May '95")."""
    return k > start and (tokens[k - 1] in YEAR_LEADS or tokens[k - 1].rstrip(".") in MONTHS)


def _hyphenated(tokens: Sequence[str], k: int, year: int) -> tuple[int, ...]:
    """A year with a hyphen after it: "2024-03-11" (a day), "2004-05" and "1994-1996" (the years
    from one to the other); anything else ("2014-04", a month or a range?) is not read."""
    nxt = tokens[k + 2]
    if len(nxt) == 4 and nxt.isdigit() and year < int(nxt) <= year + 50:
        return year, 0, 0, *range(year, int(nxt) + 1)
    if not (len(nxt) == 2 and nxt.isdigit()):
        return ()
    if tokens[k + 3 : k + 4] == ["-"] and k + 4 < len(tokens):
        dd = tokens[k + 4]
        if 1 <= int(nxt) <= 12 and len(dd) == 2 and dd.isdigit() and 1 <= int(dd) <= 31:
            return year, int(nxt), int(dd)
        return ()
    if int(nxt) == (year + 1) % 100:  # "2004-05": the two years
        return year, 0, 0, year, year + 1
    return ()


# Where a span of years reaches when the words before a date say so: "before 2000" means a year
# from NATO's start, 1949; "after 2010" one up to this horizon (kept fixed, so that a stored
# claim reads the same from one year to the next).
FIRST_YEAR = 1949
LAST_YEAR = 2099


def _span_years(
    tokens: Sequence[str], k: int, years: tuple[int, ...], start: int
) -> tuple[int, ...] | None:
    """The years "between 1994 and 1996", "before 2000", "by the 1990s", "after 2010" or
    "later than 2023" allow, given the date at ``k`` (a year, or the years of a decade);
    None when no such word comes before it, ``()`` when one does but the date gives a month
    ("by March 1995": the reader compares years only)."""
    first, last = years[0], years[-1]
    bound = tokens[k + 1 : k + 4]
    if bound in (["at", "the", "latest"], ["at", "the", "earliest"]):
        # "in 2020 at the earliest": that year or after; "at the latest": that year or before
        if any(t in MONTHS for t in tokens[max(start, k - 3) : k]):
            return ()
        if bound[-1] == "latest":
            return tuple(range(FIRST_YEAR, last + 1))
        return tuple(range(first, LAST_YEAR + 1))
    at = k
    while at > start and tokens[at - 1] in DATE_FILLERS:
        at -= 1
    lead = tokens[max(start, at - 2) : at]
    month = any(t in MONTHS for t in tokens[at:k])
    denied = at - len(lead) - 1 >= start and tokens[at - len(lead) - 1] in ("no", "not")
    if lead[-1:] in (["before"], ["after"]) and len(lead) == 2:
        denied = lead[0] in ("no", "not")  # "not before 2000" (the lead is one word)
    if denied and (
        lead[-1:] in (["before"], ["after"]) or lead in (["earlier", "than"], ["later", "than"])
    ):
        # "no later than 1999", "not before 2000": the bound the other way, the year included
        if month:
            return ()
        if lead[-1:] == ["before"] or lead == ["earlier", "than"]:
            return tuple(range(first, LAST_YEAR + 1))
        return tuple(range(FIRST_YEAR, last + 1))
    if lead[-1:] == ["between"]:
        end = _between_end(tokens, k, first)
        return tuple(range(first, end + 1)) if end is not None else None
    if lead[-1:] == ["before"] or lead in (["prior", "to"], ["earlier", "than"]):
        return () if month else tuple(range(FIRST_YEAR, first))
    if lead[-1:] == ["by"] or lead == ["at", "least"]:
        # "by 1996", "since at least 1996": that year or before
        return () if month else tuple(range(FIRST_YEAR, last + 1))
    if lead[-1:] == ["after"] or lead == ["later", "than"]:
        return () if month else tuple(range(last + 1, LAST_YEAR + 1))
    return None


def _between_end(tokens: Sequence[str], k: int, first: int) -> int | None:
    """The year after "and" in "between 1994 and 1996" (or "and 96")."""
    if tokens[k + 1 : k + 2] != ["and"] or k + 2 >= len(tokens):
        return None
    end = _year(tokens[k + 2])
    if end is None and len(tokens[k + 2]) == 2 and tokens[k + 2].isdigit():
        end = first // 100 * 100 + int(tokens[k + 2])
    return end if end is not None and end >= first else None


def _duration(words: Sequence[str]) -> bool:
    return any(
        t == "for" and LONG_SPANS.intersection(words[k + 1 : k + 4]) for k, t in enumerate(words)
    )


# Vague lengths of time and the fewest years each plainly says ("has long been a member", "for
# years", "for a long time", "a long-standing partner"), and the words that give a length a
# lower bound ("for more than five years", "for over a decade", "for at least two decades").
_VAGUE_LENGTHS = {
    ("years",): 3,
    ("several", "years"): 3,
    ("some", "years"): 3,
    ("many", "years"): 5,
    ("a", "long", "time"): 5,
    ("long",): 5,
    ("so", "long"): 5,
    ("quite", "some", "time"): 3,
    ("some", "time"): 2,
}
_LONG_ADJECTIVES = frozenset(("long-standing", "longstanding", "long-time", "longtime"))
_AT_LEAST = (["more", "than"], ["over"], ["at", "least"], ["well", "over"], ["upwards", "of"])
_CARDINALS = {
    w: n
    for n, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen", "twenty"],
        start=1,
    )
} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}  # fmt: skip
_LENGTH_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10}


def _years_at_least(link: Sequence[str], after: Sequence[str]) -> int | None:
    """The fewest years a present perfect's length of time says its state has lasted, or None
    (0 for a length that says the state is recent: "has not long been"):
    "has long been" (5), "has been a member for years" (3), "for a long time" (5), "for more
    than five years" (5), "for over a decade" (10), "is a long-standing partner" (5). A length
    for what is to come ("will remain a partner for years", "for years to come") says nothing of
    when the state began; a plain length ("for ten years", "for decades") says it too loosely or
    too exactly to check (see ``_duration``)."""
    words = set(link)
    if MODALS.intersection(words) or "to" in words:
        return None
    if _LONG_ADJECTIVES.intersection(link):
        return 5
    if not words & PERFECT:
        return None
    # "has long been", "have long cooperated": "long" right after the auxiliary; "has not long
    # been" says the state is recent, which is not checked (0)
    for k, t in enumerate(link[:-1]):
        if t in PERFECT and link[k + 1] == "long":
            return 5
        if t in PERFECT and link[k + 1 : k + 3] == ["not", "long"]:
            return 0
    stop = next((j for j, t in enumerate(after) if t in (",", ";", ":", "but", "while")), None)
    after = list(after[:stop])
    for k, t in enumerate(after):
        if t != "for":
            continue
        rest = after[k + 1 : k + 6]
        if rest[2:4] == ["to", "come"] or rest[1:3] == ["to", "come"]:
            return None  # "for years to come"
        for lead in _AT_LEAST:
            if rest[: len(lead)] == lead:
                number, unit = rest[len(lead) : len(lead) + 2], None
                if len(number) == 2 and number[1] in _LENGTH_UNITS:
                    count = _CARDINALS.get(number[0]) or (
                        int(number[0]) if number[0].isdigit() else None
                    )
                    unit = _LENGTH_UNITS[number[1]]
                    return count * unit if count else None
                return None
        plain = _plain_length(rest)
        if plain is not None:
            return plain
        for phrase, least in _VAGUE_LENGTHS.items():
            if tuple(rest[: len(phrase)]) == phrase and (
                phrase != ("long",) or rest[1:2] in ([], ["now"])
            ):
                return least
    return None


# Words before a length that make it about that long, or less ("for almost 30 years", "for
# under a decade"): no bound the reader can hold it to.
_ABOUT = frozenset(
    ("almost", "nearly", "about", "around", "roughly", "approximately", "close", "under",
     "less", "fewer", "barely", "not")
)  # fmt: skip
# Lengths in words ("half a century") and the fewest years each says.
_LENGTH_PHRASES = {
    ("half", "a", "century"): 45,
    ("a", "century"): 90,
    ("a", "quarter", "century"): 22,
    ("a", "quarter", "of", "a", "century"): 22,
}


def _plain_length(rest: Sequence[str]) -> int | None:
    """The fewest years a plain length after "for" says ("40 years": 39, "three decades": 27,
    "half a century": 45), a little less than it says, as a length is often rounded; 0 for a
    length that is about that long or less ("almost 30 years"), which is not checked; None for
    no length ("for the MD", "for years")."""
    words = list(rest)
    if words[:2] in (["the", "past"], ["the", "last"]):
        words = words[2:]  # "for the past 20 years"
    if words[:1] and words[0] in _ABOUT:
        return 0
    for phrase, least in _LENGTH_PHRASES.items():
        if tuple(words[: len(phrase)]) == phrase:
            return least
    if len(words) < 2 or words[1] not in _LENGTH_UNITS or words[0] in ("a", "an"):
        return None  # "for a decade" is read as a vague length, not here
    count = _CARDINALS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    if not count or count > 200:
        return None
    if _LENGTH_UNITS[words[1]] == 10:
        return 10 * count - 3
    return max(1, count - 1)


def _plain_length_in(words: Sequence[str]) -> bool:
    """Whether words hold a plain length after "for" ("for 40 years", "for half a century"),
    not a bound ("for more than 20 years") or a vague one ("for years")."""
    return any(
        t == "for" and bool(_plain_length(words[k + 1 : k + 6])) for k, t in enumerate(words)
    )


def _relative_date(words: Sequence[str]) -> bool:
    """A date from the day of writing ("last year", "a decade ago", "for decades"), a year in
    words ("nineteen ninety-five") or a start left unnamed ("always", "since its creation")."""
    if UNDATED_WORDS.intersection(words):
        return True
    return bool(RELATIVE_WORDS.intersection(words)) or any(
        t in ("last", "this", "next", "past") and words[k + 1 : k + 2] != []
        and words[k + 1] in RELATIVE_UNITS
        for k, t in enumerate(words)
    )  # fmt: skip


# Words that open a phrase dating what follows it from another event: "Ten years after it
# joined the PfP in 1994, Slovenia became ...", "Following its accession in 1994, ...".
_FROM_ANOTHER_EVENT = frozenset(("after", "before", "following"))
# Words a plain bound may hold between its word and the year ("after March 2000", "before the
# year 2000"): a bound of the clause's own date, not another event's.
_BOUND_FILLERS = DATE_FILLERS | {"in", "on", "year"}
_LENGTH_MAX = 4  # words of a length of time before "after": "not long", "just over ten years"


def _another_events_date(tokens: Sequence[str], close: int) -> range | None:
    """The phrase that ends at the comma ``close`` (of lower-case ``tokens``) and dates what
    follows it from another event, when it does: "Ten years after it joined the PfP in 1994,"
    (a length of time after another event), "After it joined the PfP in 1994," and "Following
    its accession in 1994," (a date that is the other event's). The year in it is not the
    clause's after it, whose date is relative: none the reader can check. So is "When it joined
    the PfP," (at another event's time, which no year gives). A plain bound ("After 2000,",
    "Before March 1995,") and a phrase with neither ("After the Cold War,") are no such phrase
    (None)."""
    if close < 1 or close >= len(tokens) or tokens[close] != ",":
        return None
    start = close
    while start > 0 and tokens[start - 1] not in (",", ";", ":"):
        start -= 1
    opener = next(
        (
            k
            for k in range(start, min(close, start + _LENGTH_MAX + 1))
            if tokens[k] in _FROM_ANOTHER_EVENT
            or tokens[k] == "when"
            or (tokens[k] == "prior" and tokens[k + 1 : k + 2] == ["to"])
        ),
        None,
    )
    if opener is None or not all(t.isalnum() for t in tokens[start:opener]):
        return None
    first = opener + (2 if tokens[opener] == "prior" else 1)
    if tokens[opener] == "when":
        # "When it joined the PfP, Slovenia was not a NATO member": at the time of another
        # event, which no year says; with one ("When it joined the PfP in 1994, ...") the year
        # is the clause's after it too
        dated = any(_date_at(tokens, k, first) is not None for k in range(first, close))
        return None if dated else range(start, close)
    if opener > start and tokens[opener - 1].removesuffix("s") in RELATIVE_UNITS:
        return range(start, close)  # "Ten years after it joined the PfP,", "A decade before,"
    for k in range(first, close):
        if _date_at(tokens, k, first) is not None:
            if any(t not in _BOUND_FILLERS for t in tokens[first:k]):
                return range(start, close)  # "After it joined the PfP in 1994,"
            return None  # "After 2000,", "Before March 1995,": the clause's own bound
    return None


def _aspect(
    s: Sentence,
    link: Sequence[str],
    window: tuple[int, int],
    fronted: tuple[int, int] | None,
    index: int,
    count: int,
    *,
    respective: bool = False,
    lead: tuple[int, int] | None = None,
) -> Aspect:
    """The tense and date a clause gives one claim.

    ``link`` holds the words between subject and object; ``window`` is the
    stretch of the sentence after the object where its dates are (up to the
    next object or a clause break), and ``fronted`` the words before the
    subject ("In 2006 Israel ..."), read only when the clause has one object.
    With several subjects and several years, "respectively" pairs them in order;
    otherwise the date is left out rather than guessed. ``respective``: the
    "respectively" that shares out the years stands before the window ("Algeria
    and Qatar, respectively, joined the MD and the ICI in 2000 and 2005"). ``lead``:
    the words before the object that hold its own date ("and, since 2016, on border
    security": ``_area_lead``).
    """
    dated: list[tuple[str, int, int | None]] = []  # (kind, year, month)
    fronted_at: list[bool] = []  # whether each of ``dated`` stands before the subject
    days: dict[tuple[int, int | None], int] = {}  # (year, month) -> the day given with them
    ranges: dict[int, tuple[int, ...]] = {}  # year -> the years a decade or a range allows
    cores: dict[int, tuple[int, ...]] = {}  # year -> the core of a part of a decade (RawClaim.core)
    spans_both: set[int] = set()  # years that open a range with both ends written
    spans = [window] + ([fronted] if fronted else []) + ([lead] if lead else [])
    item = _item_date(s)
    if item is not None and not (fronted and fronted[0] <= item[0] < fronted[1]):
        # "**1996** - Malta suspends its participation; Kyrgyzstan joins.": a timeline's
        # date is that of every clause of its line, not only of the first
        spans.append(item)
    # "Ten years after it joined the PfP in 1994, Slovenia ...": the year before the subject is
    # another event's, not the clause's
    foreign = _before_subject(s, fronted[1]) if fronted else None
    # a rank or comparison in the link or just after the object ("was the first country to
    # join", "NATO's newest member", "earlier than Israel"), or a comparison the window ends on
    # ("joined the MD before Israel")
    obj = s.ending_at.get(window[0])
    # "is the most recent Ally": "Ally" is NATO and the noun the rank is of
    ally = ["ally"] if obj is not None and obj.text == "Ally" else []
    near = [*link, *ally, *s.tail(window[0]), *s.tokens[window[1] - 1 : window[1]]]
    # and a place among the Allies given further on: "joined NATO in 2017 as its 30th member"
    if obj is not None and obj.entity.label == "Organization":
        near += _as_rank(s.tokens[window[0] : window[1]])
    rank = _rank(near)
    compared = bool(COMPARISONS.intersection(near)) or near[-1:] in (["before"], ["after"])
    for start, end in spans:
        skip_to = start
        for k in range(start, end):
            if k < skip_to or ((start, end) == fronted and foreign is not None and k in foreign):
                continue
            if s.unasserted_at(k):
                continue  # "..., despite claims that it joined in 2022": a date of the claim's own
                # clause, not of the one another's position or a time to come speaks of
            date = _date_at(s.tokens, k, start)
            if date is None:
                continue
            if s.tokens[k + 1 : k + 3] in _LOOSE_BOUNDS:
                return replace(PRESENT, unreadable=True)  # "since the 1950s or earlier"
            if (
                (start, end) == fronted
                and k > start
                and s.tokens[k - 1] in ("a", "an", "the", "its", "his", "her", "their")
                and not (s.tokens[k - 1] == "the" and s.tokens[k].endswith("s"))
            ):
                continue  # "According to a 2010 NATO report, ...": the report's year, but
                # "In the 2000s, ..." is a time
            if not date:
                return replace(PRESENT, unreadable=True)
            found, in_month, on_day, *allowed = date
            spanned = _span_years(s.tokens, k, tuple(allowed) or (found,), start)
            if spanned == ():
                return replace(PRESENT, unreadable=True)  # "by March 1995": years only
            years = spanned or tuple(allowed)
            when = "in"
            if _from_to(s.tokens, k, start):
                when = "until"  # "from 1994 to 2020": the end of what began in 1994
            for back in range(k - 1 if when == "in" else k, max(start, k - 5) - 1, -1):
                t = s.tokens[back]
                if _year(t):
                    break
                if t in SINCE | UNTIL | FROM:
                    when = "since" if t in SINCE else "until" if t in UNTIL else "from"
                    if (
                        when == "until"
                        and (start, end) == fronted
                        and s.tokens[back - 1 : back] == ["not"]
                    ):
                        when = "in"  # "It was not until 2024 that Sweden joined": it joined then
                    break
            if years:
                if when == "until":
                    return replace(PRESENT, unreadable=True)  # "until the early 2020s"
                ranges[found] = years
                if spanned is None:  # "in the late 1990s", not "before the late 1990s"
                    cores[found] = _decade_core(s.tokens, k, start)
                if (
                    not _DECADE.match(s.tokens[k])
                    and years[0] != FIRST_YEAR
                    and years[-1] != LAST_YEAR
                    and (spanned is None or s.tokens[k - 1 : k] == ["between"])
                ) or "throughout" in s.tokens[max(start, k - 2) : k]:
                    # "between 2006 and 2019", "2006-2019": both ends; and "throughout the
                    # 2000s", every year of the decade, not one of them
                    spans_both.add(found)
                skip_to = k + 3 if s.tokens[k - 1 : k] == ["between"] else k + 1
            if on_day:
                days[(found, in_month or None)] = on_day
            dated.append((when, found, in_month or None))
            fronted_at.append((start, end) == fronted)
    until = next((y for w, y, _ in dated if w == "until"), None)
    if until is None and s.negated(link) and "until" in s.tokens[window[0] : window[0] + 2]:
        # "Finland did not leave the PfP until it joined NATO in 2023": not until another event,
        # whose date the reader does not give the claim; the denial alone would be read wrong
        return replace(PRESENT, unreadable=True)
    if any(w == "until" and m for w, _, m in dated):
        # "until May 2014": the reader keeps an end's year only, and at that precision a month
        # after the end ("a PfP partner until May 2023": Finland left it on 4 April) would pass
        return replace(PRESENT, unreadable=True)
    starts = [(w, y, m) for w, y, m in dated if w != "until"]
    respectively = respective or "respectively" in s.tokens[window[0] : window[1]]
    alternatives: tuple[int, ...] = ()
    if count > 1 and respectively and len(starts) != count:
        return replace(PRESENT, unreadable=True)  # "in February and November 1995 respectively"
    if count > 1 and len({y for _, y, _ in starts}) > 1:
        if respectively and len(starts) == count:
            starts = [starts[index]]
        else:  # "joined in 2004 and 2005": each joined in one of the years, which one is not said
            alternatives = tuple(sorted({y for _, y, _ in starts}))
            starts = [(starts[0][0], 0, None)] if starts[0][0] in ("in", "from") else []
    elif len({y for _, y, _ in starts}) > 1:
        starts = starts[:1]  # the first year after the object is its own
    kind: str | None = starts[0][0] if starts else None
    # "In 2024, Finland has joined NATO": a year before the subject frames a present perfect
    # as the state then; only one after the verb ("has joined NATO in 2024") dates the join
    framed = bool(starts) and starts[0] not in [
        d for d, f in zip(dated, fronted_at, strict=True) if not f
    ]
    year: int | None = starts[0][1] if starts and starts[0][1] else None
    month: int | None = starts[0][2] if starts else None
    day = days.get((year, month)) if year is not None and month is not None else None
    # a date from the day of writing in the link or just after the object ("joined NATO last
    # year"), not further on ("..., a website updated last week")
    tail = s.tail(window[0], 6)
    # the clause after the object, to its first comma: "joined the 'PfP' 30 years ago"
    after = s.tokens[window[0] : window[1]]
    after = after[: after.index(",")] if "," in after else after
    # a length of time says when a present state began ("has been a member for decades"), not
    # a past one ("were PfP partners for almost three decades")
    lasting = _duration(tail) and not (_link_words(link) & PAST_WORDS and not set(link) & PERFECT)
    at_least = _years_at_least(link, s.tokens[window[0] : window[1]])
    lengths = s.tokens[window[0] : window[1]]
    if at_least is None and fronted and s.tokens[fronted[0] : fronted[0] + 1] == ["for"]:
        # "For fifty years, Jordan has been an MD partner": the length set before the subject
        lengths = s.tokens[fronted[0] : fronted[1]]
        at_least = _years_at_least(link, lengths)
    if at_least == 0:
        return replace(PRESENT, unreadable=True)  # "has not long been a member"
    if at_least is not None and year is None and not alternatives and until is None:
        # "has long been a member", "has been a partner for more than five years": a state that
        # began at least that many years before the article was written. When that was is not
        # known, only that it is no later than today: a join in the years to today's year less
        # the length is not refuted by it, and one up to the data's horizon less the length
        # (as a present claim is judged as of the horizon) confirms it; a join between is at the
        # claim's edge and confirms nothing (Finland, an Ally since 2023, "for years": true if
        # written in 2026, false in 2024). A join after them all refutes it (Sweden's of 2024
        # "for a long time").
        import datetime as dt

        from nato_graph.loaders import DATA_COVERAGE

        sure = int(DATA_COVERAGE[:4]) - at_least
        latest = max(sure, dt.date.today().year - at_least)
        if sure < FIRST_YEAR:
            return replace(PRESENT, unreadable=True)
        years = tuple(range(FIRST_YEAR, latest + 1))
        sure_years = tuple(range(FIRST_YEAR, sure + 1)) if latest > sure else ()
        if _plain_length_in(lengths):
            # "for five years": about that long, no more than a little longer; a start long
            # before it ("Estonia has been a NATO member for five years": 2004) is the claim of
            # an older text, or a wrong one, which this confirms nothing of
            slack = max(2, at_least // 5)
            sure_years = tuple(range(max(FIRST_YEAR, sure - slack), sure + 1))
        return Aspect("since", None, None, None, years, core=sure_years, lasting=True)
    relative = _relative_date(link) or _relative_date(after) or lasting
    if year is None and not alternatives and until is None and (compared or relative):
        # a comparison ("earlier than Israel") or a date from the day of writing ("last year"),
        # and nothing else to date it
        return replace(PRESENT, unreadable=True)
    core: tuple[int, ...] = ()
    ranged_from = year  # the year a range is written from, before it becomes alternatives
    if year is not None and year in ranges and not alternatives:
        # "in the mid-1990s", "between 1994 and 1996", "before 2000": one of these years
        core = cores.get(year, ())
        alternatives, year, month, day = ranges[year], None, None, None
        kind = kind if kind == "since" else "in"
    aspect = _tense(link, kind, year, month, day, until, alternatives, framed=framed)
    if (
        aspect.tense == "past"
        and aspect.until is None
        and aspect.years
        and ranged_from in spans_both
    ):
        # "was a PfP partner between 2006 and 2019": the state throughout, from one to the other
        aspect = replace(aspect, throughout=True, core=())
        core = ()
    if core and aspect.years == alternatives:
        aspect = replace(aspect, core=core)
    if rank is None:
        return aspect
    if (
        rank == -1
        and aspect.tense == "event"
        and aspect.year is None
        and not aspect.years
        and aspect.until is None
        and _BE_RANKED.intersection(link)
        and not _BECOME.intersection(link)
    ):
        # "Montenegro is (was) the most recent country to join NATO": the last of every join so
        # far, as "is NATO's newest member" says, not a join of its own ("became its newest")
        aspect = replace(aspect, tense="present")
    if _joins_the_founders(link):
        # "Algeria joined the original five members of the MD in 2000": the founders are the
        # others, whom it joined; the join is read as any is
        return aspect
    return replace(aspect, rank=rank, founding=bool(FOUNDING.intersection(near)))


_JOINING_ONES = frozenset(("joined", "join", "joins", "joining", "rejoined"))


def _joins_the_founders(link: Sequence[str]) -> bool:
    """Whether the founding word of a link comes after a verb of joining: the subject joined the
    founders ("joined the founding members of the PfP"), and is none of them."""
    words = [t.lower() for t in link]
    founding = next((k for k, t in enumerate(words) if t in FOUNDING), None)
    return founding is not None and bool(_JOINING_ONES.intersection(words[:founding]))


def _returning(words: Sequence[str]) -> bool:
    """Whether words tell of a return: "again", "anew", "once more"."""
    return bool(_AGAIN.intersection(words)) or any(
        t == "once" and words[k + 1 : k + 2] == ["more"] for k, t in enumerate(words)
    )


def _cooperation_aspect(
    link: Sequence[str], aspect: Aspect, negated: bool, after: Sequence[str] = ()
) -> Aspect | None:
    """The aspect of a cooperation as its verbs tell it. Stopping gives its end ("stopped
    cooperating with NATO on terrorism in 2008": until 2008); a return ("resumed cooperating in
    2010") tells of a break the data does not record, and a halt ("froze") is short of an end: no
    claim of them, nor of a stop denied or undated ("did not stop", "stopped cooperating")."""
    words = _link_words(link)
    if words & (RESUME_WORDS | HALT_WORDS):  # "froze its cooperation": short of an end
        return None
    if "first" in words and not _tells_a_start(link):
        return None  # "the first partner to cooperate ... in 2010": a rank, not checked
    if "first" in after and "time" in after:
        return None  # "for the first time in 2012": a start in words the reader does not take
    if not words & _STOPPED:
        return aspect
    if negated or aspect.year is None or aspect.years or aspect.until is not None:
        return None
    return replace(aspect, tense="past", until=aspect.year, year=None, month=None, day=None)


# Verbs that end a cooperation ("stopped cooperating", "ended its cooperation", "ceased",
# "suspended": the data's end is when it ended or was suspended).
_STOPPED = LEAVE_WORDS | frozenset(
    ("stopped", "stop", "stops", "ended", "ends", "end", "ceases", "cease", "ceasing",
     "discontinued")
)  # fmt: skip


_BE_RANKED = frozenset(("is", "are", "was", "were", "'s", "remains", "remain", "remained"))
# Verbs that tell a state's start when the state's own verb follows them ("began taking part",
# "started to cooperate"), and the verbs of the state they may govern; "first" before one of
# those verbs ("first cooperated") tells it too, not "its first frigate" nor "the first partner to".
_STARTED = frozenset(("began", "begun", "started", "commenced"))
_STATE_VERBS = frozenset(
    ("cooperating", "cooperate", "taking", "take", "participating", "participate", "working",
     "work", "collaborating", "collaborate", "co-operating", "co-operate")
)  # fmt: skip
_FIRST_VERBS = frozenset(
    ("cooperated", "co-operated", "collaborated", "worked", "took", "participated", "joined")
)


def _tells_a_start(link: Sequence[str]) -> bool:
    """Whether a link tells the start of its state: "began taking part in", "started to
    cooperate with NATO on", "first cooperated with NATO on"."""
    for k, t in enumerate(link):
        if t in _STARTED:
            after = link[k + 1 : k + 3]
            if after[:1] == ["to"]:
                after = after[1:]
            if after[:1] and after[0] in _STATE_VERBS:
                return True
        if t == "first" and link[k + 1 : k + 2] and link[k + 1] in _FIRST_VERBS:
            return True
    return False


def _did_do(link: Sequence[str]) -> bool:
    """Whether the link is the past of a state's verb with "did": "Morocco did work with NATO on
    crisis management", "did take part in" (a past state, as "worked" is), and its denial, "Russia
    did not cooperate with NATO on terrorism" (of the past, not now: it did until 2014)."""
    for k, t in enumerate(link):
        if t != "did":
            continue
        j = k + 1 + (link[k + 1 : k + 2] in (["not"], ["n't"], ["never"]))
        if link[j : j + 1] and link[j] in _STATE_VERBS:
            return True
    return False


# Words after a start that make it a return ("began taking part in the PfP again in 2008").
_AGAIN = frozenset(("again", "anew", "afresh"))
_BECOME = frozenset(("became", "become", "becomes", "becoming"))


def _tense(
    link: Sequence[str],
    kind: str | None,
    year: int | None,
    month: int | None,
    day: int | None,
    until: int | None,
    alternatives: tuple[int, ...],
    *,
    framed: bool = False,
) -> Aspect:
    """The tense the link's verb gives a claim with these dates; ``framed`` when the date
    stands before the subject ("As of 2024, ...")."""
    words = _link_words(link)
    if _tells_a_start(link):
        # "began taking part in the PfP in 2000", "started to cooperate with NATO on terrorism in
        # 2010": the start of the state, told as a join is (not the state in that year)
        words = words | {"joined"}
    if alternatives and kind == "since":  # "since the 1990s": from one of these years
        return Aspect("since", None, None, None, alternatives)
    if alternatives and (words & EVENT_WORDS or (words & HISTORIC_PRESENT and kind == "in")):
        # "joined in the 1990s", and in a headline's present "joins the PfP in the 1990s"
        return Aspect("event", None, None, None, alternatives)
    if alternatives and kind in ("in", "from"):
        # "was a PfP partner in the late 1990s": the state then, not when it began
        return Aspect("past", None, None, None, alternatives)
    if until is not None:
        return Aspect("past", year, month, until, joining=bool(words & EVENT_WORDS), day=day)
    if "never" in words:  # "has never been": at no time, checked against the whole history
        return Aspect("past", year, month, day=day)
    if kind == "from" and (
        ("been" in words and words & (PERFECT | {"had"})) or words & {"was", "were"}
    ):
        # "had been in the PfP from 1995", "has been a partner from 1996 until it joined NATO",
        # "was a partner from 1996": a state "from" a year with no end dates its start, as
        # "since" does, not the state in that year
        return Aspect("event", year, month, day=day, began=True)
    if kind == "since" and "had" in words:
        # "had been a PfP partner since 1994": the state began then (not that it lasts to now,
        # nor that it held in that year alone): a start, judged as the join it dates
        return Aspect("event", year, month, day=day, began=True)
    if kind == "since":
        return Aspect("since", year, month, day=day)
    if words & HISTORIC_PRESENT and year is not None and kind == "in" and not words & PERFECT:
        # "Ukraine joins the PfP in 1997", "June 1997 - Slovenia joins the PfP": a headline's or
        # a timeline's present tells a join at that date, not the state then
        return Aspect("event", year, month, day=day)
    if words & EVENT_WORDS and (
        not words & PERFECT or (year is not None and kind == "in" and not framed)
    ):
        # "joined in 2024"; "has joined NATO in 2024" is a join in 2024 too, not a state then
        return Aspect("event", year, month, day=day)
    if (words & PAST_WORDS or _did_do(link)) and not words & PERFECT:
        return Aspect("past", year, month, day=day)
    if year is not None and kind in ("in", "from"):
        # "In 2019, Jordan, an MD member, ...": the state at that date, not when it began
        return Aspect("past", year, month, day=day)
    return PRESENT


def _month_day(tokens: Sequence[str], k: int, start: int) -> tuple[int | None, int | None]:
    """The month and day written with the year at ``k``: "11 March 2024", "March 11, 2024",
    "March 2024" (no day), or neither."""

    before = [t.rstrip(".") or t for t in tokens[max(start, k - 5) : k]]
    if before[-1:] == [","] and before[-2:-1] and before[-2] in MONTHS:
        before = before[:-1]  # "11 March, 2024": as "11 March 2024"
    if before and before[-1] in MONTHS:  # "11 March 2024", "March 2024", "11th of March 2024"
        words = before[:-2] if before[-2:-1] == ["of"] else before[:-1]
        day = _day(words[-1]) if words else None
        return MONTHS[before[-1]], day
    if len(before) >= 3 and before[-1] == "," and before[-3] in MONTHS:  # "March 11, 2024"
        day = _day(before[-2])
        if day is not None:
            return MONTHS[before[-3]], day
    return None, None


# Prepositions of place or motion besides PREPOSITIONS: the country after one is where the
# subject acted ("Egypt and Israel flew aircraft over Libya in 2011 as MD partners"), not the
# subject of what follows.
_PLACE_PREPOSITIONS = frozenset(
    ("over", "across", "inside", "within", "throughout", "around", "near", "beyond", "onto",
     "upon", "above", "under", "below", "outside", "amid", "amidst", "across", "past")
)  # fmt: skip


def _object_position(s: Sentence, start: int) -> bool:
    """Whether the word before a country group (skipping "the") makes it an object: a
    preposition, or the "as" of a comparison ("on the same day as Serbia": Serbia is no subject
    of the verb after it, "..., has had a MAP since 2010"; not "as well as Egypt")."""
    k = start - 1
    while k >= 0 and s.tokens[k] in ("the", "its", "their"):
        k -= 1
    if k >= 0 and s.tokens[k] == "as" and "same" in s.tokens[max(0, k - 3) : k]:
        return True
    return k >= 0 and (s.tokens[k] in PREPOSITIONS or s.tokens[k] in _PLACE_PREPOSITIONS)


def _in_an_apposition(s: Sentence, group: list[Match]) -> bool:
    """Whether a country group in the possessive is set off by commas after the countries it
    describes, themselves a subject: "Tunisia and Libya, Malta's southern neighbours, are MD
    members" says nothing of Malta (not "After Tunisia, Algeria's government ... joined")."""
    start = group[0].start
    if start < 2 or s.tokens[start - 1] != "," or not s._possessive_aside(group[-1]):
        return False
    before = next(
        (m for m in s.matches if m.entity.label == "Country" and m.end == start - 1), None
    )
    if before is None:
        return False
    # the run the country before it ends (``claims_in`` has grouped them: ``country_groups``)
    first = next(
        g[0] for g in s.country_groups.values() if g[0].start <= before.start <= g[-1].start
    )
    return not _object_position(s, first.start)


def _possessive_modifier(s: Sentence, i: int) -> bool:
    """NATO in "NATO's Partnership for Peace" or "NATO-led operation" qualifies what follows."""
    m = s.matches[i]
    if i + 1 >= len(s.matches):
        return False
    nxt = s.matches[i + 1]
    return nxt.entity.label in ("Framework", "Institution", "Operation") and all(
        t in ("'s", "'", "-", "the") for t in s.span(m.end, nxt.start)
    )


# The words between NATO and a framework when NATO only qualifies the partner noun ("a NATO
# partner in the Partnership for Peace", "NATO partner countries of the Mediterranean Dialogue").
_PARTNER_OF_A_BODY = frozenset(
    ("partner", "partners", "country", "countries", "nation", "nations", "state", "states", "in",
     "of", "the", "its")
)  # fmt: skip


def _attributive(s: Sentence, i: int) -> bool:
    """NATO in "is not a NATO partner in the Partnership for Peace" qualifies the partner noun:
    the framework after it is the object, and the words before NATO (its denial too) are the
    framework's. Read as an object of its own, NATO took the words up to it, and the framework
    only "partner in the": the denial was lost, and "Georgia is not a NATO partner in the PfP"
    was supported."""
    if i + 1 >= len(s.matches):
        return False
    nxt = s.matches[i + 1]
    between = s.span(s.matches[i].end, nxt.start)
    return (
        nxt.entity.label == "Framework"
        and len(between) >= 2
        and between[0] in _PARTNER_NOUNS
        and between[-1] in ("in", "of", "the", "its")
        and set(between) <= _PARTNER_OF_A_BODY
    )


# The verbs of leaving NATO itself, in a tense that tells it happened ("left", "has withdrawn
# from"), not an infinitive ("to leave") or a present that may be a plan ("leaves").
_LEFT_IT = frozenset(("left", "quit", "withdrew", "withdrawn", "exited"))


def _leaves_nato(s: Sentence, trigger: Sequence[str], local: Sequence[str], m: Match) -> bool:
    """Whether a country is said to have left NATO ("France left NATO in 1966", "Turkey withdrew
    from NATO"): a verb of leaving in the past right before NATO, which ends its noun phrase. Not
    "left NATO's integrated military command" (its command, not NATO), "left the NATO summit", a
    plan or a wish ("may leave NATO", "wants to leave NATO"), or a suspension."""
    last = _coordinated(trigger)
    return (
        m.text not in ("Ally", "Allies")
        and _LEFT_IT.intersection(last[-3:]) != set()
        and _leaves(trigger)
        and _leaving(trigger) == "left"
        and not _hedged(local)
        and "to" not in last
        and _ends_noun_phrase(s.tokens, m.end)
        and s.tokens[m.end : m.end + 1] not in (["'s"], ["'"])
    )


def _no_member_since(c: RawClaim) -> RawClaim:
    """A claim of leaving NATO as what it says of membership: none since the date it gives (or
    none now), the state having held before (``ceased``)."""
    dated = c.year is not None or bool(c.years)
    return replace(
        c, negated=True, tense="since" if dated else "present", until=None, began=False,
        throughout=False, ceased=True,
    )  # fmt: skip


def _no_member_between(c: RawClaim, left_in: int, back: int) -> RawClaim:
    """A claim of leaving NATO (in ``left_in``) and returning (in ``back``) as what it says of
    membership: none from the one year until the other. The claim as it was (none since
    ``left_in``) when the return is not later."""
    if back <= left_in:
        return _no_member_since(c)
    return replace(
        c, negated=True, tense="past", year=left_in, until=back, years=(), core=(),
        began=False, throughout=False, ceased=False,
    )  # fmt: skip


# The words a return may stand after its verb with before its year: "rejoined in 2009",
# "returned to it in 2009", "came back to the Alliance in 2009".
_RETURN_GAP = 5


def _returned_in(s: Sentence, start: int, end: int) -> int | None:
    """The year a return after a departure is dated in, in the words from ``start`` to ``end``
    ("... but rejoined in 2009", "and came back in 2009"); None when no verb of return with a
    year after it stands there."""
    tokens = [t.lower() for t in s.tokens[start:end]]
    for k, t in enumerate(tokens):
        back = t in RESUME_WORDS or (t == "came" and tokens[k + 1 : k + 2] == ["back"])
        if not back:
            continue
        for w in tokens[k + 1 : k + 1 + _RETURN_GAP]:
            if (year := year_of(w)) is not None:
                return year
        return None
    return None


def _member_now(c: RawClaim) -> RawClaim:
    """A denial of leaving NATO ("never left NATO") as what it says: a member now."""
    return replace(
        c, negated=False, tense="present", year=None, month=None, day=None, until=None, years=(),
        core=(), throughout=False, began=False,
    )  # fmt: skip


# Verbs of passing from one standing to another ("Sweden moved from the PfP to full NATO
# membership in 2024", "Albania went from partner to NATO member in 2009"), the words that may
# stand before one ("then", "finally", "has"; not any adverb: "effectively moved" hedges the
# move), and the words of each standing.
MOVING_VERBS = frozenset(
    ("moved", "went", "graduated", "progressed", "transitioned", "passed", "advanced", "switched",
     "rose", "evolved", "upgraded", "move", "moves", "goes", "graduates", "progresses")
)  # fmt: skip
_BEFORE_MOVING = frozenset(
    ("then", "later", "eventually", "finally", "formally", "officially", "quickly", "soon",
     "has", "have", "had", "since")
)  # fmt: skip
_PARTNER_STANDING = frozenset(
    ("partner", "partners", "partnership", "partnerships", "partner-country", "status")
)
_MEMBER_STANDING = frozenset(
    ("membership", "member", "ally", "allied", "status", "full", "fully", "fledged", "-", "a",
     "an", "the", "its", "nato", "alliance", "member-state", "state")
)  # fmt: skip
_DESTINATION_ENDS = frozenset((",", ";", "in", "on", "at", "when", "after", "and", "but", "(", "."))


def _moved_to_membership(s: Sentence, group: list[Match], end: int) -> list[RawClaim]:
    """A partner said to have passed from a partnership to NATO membership: "Sweden moved from
    the PfP to full NATO membership in 2024", "Albania went from partner to NATO member in 2009",
    "Montenegro graduated from the PfP to NATO in 2017": a join of NATO at the date given, and, of
    a framework named, a part in it before (undated: the date is judged once, of the join). Not denied or hedged ("never moved", "may move"),
    nor a move to a framework or another body ("from the PfP to the EAPC", "to EU membership"),
    nor one whose destination says more than membership ("to a closer partnership with NATO")."""
    lower = [t.lower() for t in s.tokens]
    k = group[-1].end
    while k < end and lower[k] in _BEFORE_MOVING:
        k += 1
    if k >= end or lower[k] not in MOVING_VERBS or lower[k + 1 : k + 2] != ["from"]:
        return []
    link = lower[group[-1].end : k + 1]
    if s.negated(link) or s.blocked(link) or s.unasserted_at(k):
        return []
    to = next((j for j in range(k + 2, min(end, k + 10)) if lower[j] == "to"), None)
    if to is None:
        return []
    origin = [m for m in s.matches if k + 2 <= m.start and m.end <= to]
    frameworks = [m for m in origin if m.entity.label == "Framework"]
    if any(m.entity.label not in ("Framework", "Organization") for m in origin):
        return []
    if not frameworks and not _PARTNER_STANDING.intersection(lower[k + 2 : to]):
        return []
    stop = to + 1
    while stop < end and lower[stop] not in _DESTINATION_ENDS and not _a_year(lower[stop]):
        stop += 1
    destination = [m for m in s.matches if to < m.start < stop]
    nato = [m for m in destination if m.entity.label == "Organization" and not _non_nato(s, m)]
    if len(destination) != 1 or len(nato) != 1 or nato[0].entity.key != "NATO":
        return []
    words = [
        t
        for j, t in enumerate(lower[to + 1 : stop], to + 1)
        if not nato[0].start <= j < nato[0].end
    ]
    if not set(words) <= _MEMBER_STANDING:
        return []
    window = _date_window(s, stop, end)
    out = []
    for i, c in enumerate(group):
        aspect = _aspect(s, ["joined"], window, None, i, len(group))
        if not _checkable("member_of", aspect):
            continue
        out.append(RawClaim("member_of", c.entity, nato[0].entity).with_aspect(aspect, False))
        # its part in the framework, undated: the date is the join's, judged once
        out += [
            RawClaim("partner_in", c.entity, f.entity).with_aspect(Aspect("past"), False)
            for f in frameworks
        ]
    return out


def _non_nato(s: Sentence, m: Match) -> bool:
    """ "non-NATO ally": the entity is named to say the opposite."""
    return s.span(max(0, m.start - 2), m.start) == ["non", "-"]


def _copular(tokens: Sequence[str]) -> bool:
    """Only a copula and its small words: "is a", "are now full", "is not yet a" ("yet" counts
    only after a negation; "is yet to become" was read as "is not to become" by ``_not_yet``)."""
    return len(tokens) <= 8 and all(
        t in COPULA
        or t in NEGATORS
        or t == "longer"
        or (t == "yet" and k > 0 and tokens[k - 1] in NEGATORS)
        or t.endswith("ly")
        or _is_ordinal(t)
        or t in _QUALITIES
        for k, t in enumerate(tokens)
    )


# Words of a partner's or an Ally's standing that say nothing the checker would check: "is a key
# NATO ally", "a close NATO partner", "a staunch member of NATO".
_QUALITIES = frozenset(
    ("key", "close", "closer", "closest", "important", "major", "trusted", "valued", "reliable",
     "staunch", "strong", "loyal", "steadfast", "active", "longstanding", "long-standing",
     "longtime", "long-time", "firm", "committed")
)  # fmt: skip


def _tail_says(tail: Sequence[str], words: frozenset[str]) -> bool:
    """The first content word after the object ("members", "'s 33rd member") is a trigger."""
    for t in tail:
        if t in TAIL_SKIP or _is_ordinal(t):
            continue
        return t in words
    return False


def claims_in(
    tokens: Sequence[str],
    matches: Sequence[Match],
    topic: Entity | None = None,
    withheld: list[RawClaim] | None = None,
    section: Section | None = None,
) -> list[RawClaim]:
    """Every claim one sentence makes, in text order, each once.

    ``topic`` is the framework (or NATO) the sentence before was about: the
    object of a clause that leaves it unstated ("Saudi Arabia and Oman have
    not joined") when this sentence names none before the verb. ``withheld``,
    when given, receives the claims read but not made because their date is
    another event's ("Ten years after it joined the PfP in 1994, Slovenia
    became a NATO member"), so that the sentence can be listed as read in part.
    ``section``: what the heading above the sentence names, the subject of a fact box's
    labelled line ("Members: Bahrain, Kuwait and Qatar", see ``_fact_box_line``).
    """
    s = Sentence(tokens, matches)
    if s.hedged:
        return []
    if section is not None:
        boxed = _fact_box_line(s, tokens, section)
        if boxed is not None:
            return boxed
    if _exclusive(s):
        return _only(tokens, matches, topic)
    for i, m in enumerate(s.matches):
        if m.entity.label == "Organization" and _possessive_modifier(s, i):
            s.modifiers.update(range(m.start, s.matches[i + 1].start))
    found: list[RawClaim] = []
    country_groups = s.groups("Country")
    s.country_groups = {g[0].start: g for g in country_groups}
    claimed: set[int] = set()
    exceptions: list[list[Match]] = []
    for g in country_groups:
        excepted = _excepted(s, g)
        if excepted is not None:  # "Bahrain and Qatar, but not Oman, joined": Oman makes no claim
            s.modifiers.update(excepted)
            claimed.add(g[0].start)
            exceptions.append(g)
        elif _excepted_by_word(s, g):
            # "All GCC states except Saudi Arabia and Oman joined the ICI": the exception is no
            # subject of the verb (it was read as "Saudi Arabia and Oman joined the ICI")
            claimed.add(g[0].start)
            exceptions.append(g)
    subjects = [
        g
        for g in country_groups
        if not _object_position(s, g[0].start)
        and not _in_an_apposition(s, g)
        and g[0].start not in claimed
        and g[0].start not in s.places  # "at Sintra, Portugal, in 1997": where it happened
    ]
    clause_start = 0
    made: dict[int, list[RawClaim]] = {}  # the claims each subject group made, by its start
    for gi, group in enumerate(subjects):
        end = subjects[gi + 1][0].start if gi + 1 < len(subjects) else len(s.tokens)
        if gi + 1 < len(subjects):
            # "..., although NATO suspended Russia's participation in ...": the next subject's
            # clause opens at the conjunction, and the words after it are that clause's, not this
            end = _clause_opener(s, group[-1].end, end) or end
        barrier = next(
            (
                k
                for k in range(group[-1].end, end)
                if s.tokens[k] in BARRIERS or (k > group[-1].end and _relative_of(s, k))
            ),
            end,
        )
        fronted = s.tokens[clause_start : group[0].start]
        lead = s.tokens[subjects[gi - 1][-1].end if gi else 0 : group[0].start]
        if (
            _conditional(fronted)
            or HEARSAY_ADVERBS.intersection(fronted)  # "Reportedly, Jordan joined ..."
            or (
                (APPROVE_WORDS | PREVENT_WORDS).intersection(lead[-3:])
                # "NATO welcomed Finland into the Alliance": taken in, not another's approval
                and not (
                    lead[-1:]
                    and lead[-1] in TAKES_IN
                    and s.tail(group[-1].end)[:1] in (["into"], ["to"])
                )
            )
            or s.unasserted_at(group[0].start)
        ):
            # "If Ukraine joins NATO, ...", "Türkiye ratified Finland's accession to NATO in March
            # 2023" (another's act, on its own date): no claim, either way
            claimed.add(group[0].start)
            clause_start = _after_opener(s, barrier)
            continue
        before = len(found)
        carried = _gapped_verb(s, subjects[gi - 1], group, found) if gi else []
        found += _moved_to_membership(s, group, barrier) or _forward(
            s, group, barrier, clause_start, carried
        )
        found += _implied(s, group, barrier, topic, found)
        if len(found) > before:
            claimed.add(group[0].start)
            when = _date_before_when(s, group[0].start)
            after = _date_of_when_after(s, subjects[gi + 1]) if gi + 1 < len(subjects) else None
            if when is None and after is not None:
                # "Israel became a NATO member when it opened its mission in 2016": an undated
                # event of the clause takes the date of the "when" clause after it; the rest stand
                found[before:] = [_dated_as(c, after) or c for c in found[before:]]
            elif when is not None:
                # "joined the PfP in 1994, when it joined NATO", "a PfP partner until 2017, when
                # it became a member": an event of the clause is dated by the date before it
                found[before:] = [c for c in (_dated_as(c, when) for c in found[before:]) if c]
            elif _relative_date(fronted) or _when_after_a_date(s, group[0].start):
                # "Last year, Kuwait signed up to the ICI", "Two decades ago, Jordan joined ...":
                # dated from the day of writing, which the reader does not know; a claim with no
                # date of its own would be the undated claim with its date dropped. So is one in
                # a clause dated by a date before it the reader cannot compare ("in late 1994,
                # when it joined NATO")
                found[before:] = [c for c in found[before:] if c.dated]
            elif _before_subject(s, group[0].start) is not None:
                # "Ten years after it joined the PfP in 1994, Slovenia became a NATO member":
                # dated from another event (its year is that event's, see ``_aspect``); a state
                # now, and what takes no date (cooperation), stand
                kept = [
                    c
                    for c in found[before:]
                    if c.dated or c.tense == "present" or c.predicate not in DATED_PREDICATES
                ]
                if withheld is not None:
                    withheld += [c for c in found[before:] if c not in kept]
                found[before:] = kept
        made[group[0].start] = found[before:]
        clause_start = _after_opener(s, barrier)
    shared: _Shared | None = None  # what the last group read with its lead's verb took of it
    for group in country_groups:
        if s.unasserted_at(group[0].start):
            shared = None
            continue
        found += _elided(s, group, subjects, made)
        if group[0].start in claimed or group[0].start in s.places:
            shared = None
            continue
        gapped = _gapped(s, group, subjects, found, shared)
        if gapped:
            # the next group of the list takes its verb from this one, of the same body
            body = shared.body if shared else s.last_before(group[0].start, _BODIES)
            shared = _Shared(group, gapped, body)
            found += gapped
            continue
        shared = None
        companions = _companions(s, group, subjects, found)
        found += (
            companions
            or _backward(s, group)
            or _listed(s, group, topic)
            or _its_members(s, group, topic)
            or _named_partners(s, group)
            or _founders(s, group)
        )
    found += _relative_after_an_object(s, country_groups, claimed)
    # "Armenia, Azerbaijan and Georgia joined the PfP in 1994, except Armenia": a country excepted
    # after the list it stands in makes no claim of the list's, nor of its own
    excepted_after = _excepted_after_naming(s, country_groups, exceptions)
    found = [c for c in found if c.subject not in excepted_after]
    for group in s.groups("Framework") + s.groups("Operation"):
        # what a framework, or an operation, deals with: "Sea Guardian covers maritime security"
        if not s.unasserted_at(group[0].start):
            found += _addresses(s, group)
    found += _its_areas(s, topic)
    found += _launched(s)
    found += _operation_dates(s)
    found += _operation_spans(s)
    found += _member_counts(s)
    if _joined_as_a_partner(s):
        # "Colombia joined NATO as a global partner in 2017": a partnership, not membership
        partners = {c.subject for c in found if c.predicate in ("partner_in", "partner_of")}
        found = [
            replace(c, predicate="partner_of")
            if c.predicate == "member_of" and not c.negated and c.subject not in partners
            else c
            for c in found
            if not (c.predicate == "member_of" and not c.negated and c.subject in partners)
        ]
    found += _suspended_cooperation(s)
    # "Malta's participation in the PfP was suspended from 1996 to 2010": a suspension (or a
    # departure) over a span is judged at its start alone, which drops the end; no claim of it
    spans = [c for c in found if c.predicate in LEAVING and c.until is not None]
    if spans and withheld is not None:
        withheld += spans
    return list(dict.fromkeys(c for c in found if c not in spans))


def _exclusive(s: Sentence) -> bool:
    """Whether the sentence says that a country alone did or is something: "only" (or "sole")
    right before a country's name ("Only Bahrain and Qatar joined the ICI", "of the six GCC
    states, only Kuwait joined"), "the only" or "its sole" before a noun of the partners ("Israel
    is the only member of the MD", "the only Arab partner"), "alone" beside a country ("Kuwait
    alone joined", "alone among the GCC states"), "no other", "nobody but" or "and nobody else";
    "just", "merely", "simply" before a country's name, "exclusively" or "solely" after it. Not
    "only" before a date or a verb ("joined only in 2023"), nor "not only", which ``Sentence``
    reads apart."""
    countries = {m.start for m in s.matches if m.entity.label == "Country"}
    ends = {m.end for m in s.matches if m.entity.label == "Country"}
    tokens = s.tokens
    for k, t in enumerate(tokens):
        nxt = k + 1 + (tokens[k + 1 : k + 2] == ["the"])
        if t in EXCLUSIVE_WORDS and nxt in countries:
            return True
        if (
            t in EXCLUSIVE_WORDS
            and k
            and tokens[k - 1] in ("the", "its", "their", "nato's")
            and EXCLUSIVE_NOUNS.intersection(tokens[k + 1 : k + 4])
        ):
            return True
        if t == "alone" and (k in ends or tokens[k + 1 : k + 2] == ["among"]):
            return True
        if t == "no" and tokens[k + 1 : k + 2] == ["other"]:
            return True
        if t in EXCLUSIVE_AFTER and k in ends:
            return True
        # "nobody but Bahrain", "no one but", "Jordan and nobody else", "none other than"
        one = t == "no" and tokens[k + 1 : k + 2] == ["one"]
        if t in EXCLUSIVE_NOBODY or one:
            after = tokens[k + 1 + one : k + 3 + one]
            if after[:1] in (["but"], ["else"], ["except"]) or after == ["other", "than"]:
                return True
    return False


# the nouns "the only" may qualify in an exclusive claim the reader checks: of the partners
# themselves, no kind or place ("the only Arab partner" is not checked)
_ONLY_NOUNS = frozenset(("member", "partner", "participant"))


def _only(tokens: Sequence[str], matches: Sequence[Match], topic: Entity | None) -> list[RawClaim]:
    """An exclusive claim of one country the reader checks: the sentence opens with "Only X"
    ("Only Kuwait joined the ICI"), or with "X alone" ("Kuwait alone joined the ICI"), or says
    "X is the only member (partner, participant) of F". Read without its "only" or "alone", it
    must make one undated claim of taking part, the country's, and no other: that becomes an
    ``only_partner_in`` claim. Anything else (several countries, a qualifier, "of the six GCC
    states, only ...", a date, a negation) makes no claim, and the sentence is listed."""
    countries = [m for m in matches if m.entity.label == "Country"]
    if len(countries) != 1:
        return []  # "Only Bahrain and Qatar joined": whether exactly these two is not checked
    lower = [t.lower() for t in tokens]
    (country,) = countries
    if lower[:1] in (["only"], ["sole"]) and country.start == 1:
        cut, put = range(0, 1), list[str]()
    elif country.start == 0 and lower[country.end : country.end + 1] == ["alone"]:
        cut, put = range(country.end, country.end + 1), []
    else:
        k = next(
            (
                k
                for k in range(country.end, len(lower) - 3)
                if lower[k : k + 2] == ["the", "only"]
                and lower[k + 2] in _ONLY_NOUNS
                and lower[k + 3] in ("of", "in")
            ),
            None,
        )
        if k is None or country.start != 0:
            return []
        cut, put = range(k, k + 2), ["a"]
    shift = len(cut) - len(put)
    plain = [*tokens[: cut.start], *put, *tokens[cut.stop :]]
    moved = [
        m if m.end <= cut.start else replace(m, start=m.start - shift, end=m.end - shift)
        for m in matches
    ]
    if _exclusive(Sentence(plain, moved)):
        return []  # another "only" or "alone" ("Only Kuwait joined only the ICI")
    found = claims_in(plain, moved, topic)
    if len(found) != 1:
        return []
    (claim,) = found
    if (
        claim.predicate != "partner_in"
        or claim.subject != country.entity
        or claim.negated
        or claim.dated
        or claim.tense not in ("present", "event")
    ):
        return []
    return [replace(claim, predicate="only_partner_in")]


_WHEN = (["when"], ["the", "year"], ["the", "same", "year"], ["that", "year"])


def _date_before_when(s: Sentence, start: int) -> tuple[int, int, int] | None:
    """The date (year, month, day; 0 where not given) right before ", when" or ", the year" that
    opens the clause whose subject is at ``start``; None when there is none, or one the reader
    cannot compare (a decade, a range, "late 1994")."""
    for lead in _WHEN:
        at = start - len(lead)
        if at < 2 or s.tokens[at:start] != lead or s.tokens[at - 1] != ",":
            continue
        lowest = max(0, at - 5)
        for k in range(at - 2, lowest - 1, -1):  # the nearest date before the comma
            date = _date_at(s.tokens, k, lowest)
            if date is not None:
                return (date[0], date[1], date[2]) if len(date) == 3 else None
        return None
    return None


def _date_of_when_after(s: Sentence, group: list[Match]) -> tuple[int, int, int] | None:
    """The date of a "when" clause after a clause, whose subject is ``group``: "Israel became a
    NATO member when it opened its mission in Brussels in 2016" (the two at one time: the event
    before it is dated 2016, as ``_date_before_when`` dates the clause after "in 1994, when");
    None when the subject opens no such clause or it gives no date the reader can compare."""
    at = group[0].start
    if s.tokens[at - 1 : at] != ["when"] or s.unasserted_at(at):
        return None  # not a clause of "when", or one of a time to come ("when it joins NATO")
    for k in range(group[-1].end, len(s.tokens)):
        if s.tokens[k] in CLAUSE_BREAKS or s.tokens[k] in (";", ":"):
            return None
        date = _date_at(s.tokens, k, group[-1].end)
        if date is not None:
            return (date[0], date[1], date[2]) if len(date) == 3 else None
    return None


def _dated_as(claim: RawClaim, when: tuple[int, int, int]) -> RawClaim | None:
    """An undated event of a "when" clause dated by the date before it; a claim with a date of
    its own as it is; any other claim (a state, "when it was a member") dropped."""
    if claim.dated:
        return claim
    if claim.tense != "event" or claim.negated:
        return None
    year, month, day = when
    return replace(claim, year=year, month=month or None, day=day or None)


def _when_after_a_date(s: Sentence, start: int) -> bool:
    """Whether the subject at ``start`` opens a clause that takes its date from a date right
    before it: "in 1994, when it joined NATO", "in 1994, the year it became an Ally"."""
    for lead in _WHEN:
        at = start - len(lead)
        if at < 2 or s.tokens[at:start] != lead or s.tokens[at - 1] != ",":
            continue
        return any(_date_at(s.tokens, k, k) is not None for k in range(max(0, at - 4), at - 1))
    return False


def _before_subject(s: Sentence, start: int) -> range | None:
    """The phrase set off before the subject at ``start`` that dates its clause from another
    event (``_another_events_date``), past "the" of "the country"."""
    k = start - 1
    while k > 0 and s.tokens[k] in ("the", "both"):
        k -= 1
    return _another_events_date(s.tokens, k)


# The predicates that take a date (the other, what a framework addresses, is read without one).
DATED_PREDICATES = frozenset(PREDICATES) - {"addresses"}


# Conjunctions that open a clause of a new subject: "Russia joined the PfP in 1994, although NATO
# suspended Russia's participation in 2014".
_NEW_CLAUSE = frozenset(("although", "though", "while", "whereas", "but"))


def _clause_opener(s: Sentence, start: int, end: int) -> int | None:
    """The conjunction that opens the clause of the subject at ``end``, after the objects of the
    subject before it (from ``start``), when it opens one; None if none does."""
    for k in range(end - 1, start, -1):
        if s.tokens[k] in BARRIERS:
            return None
        if s.tokens[k] in _NEW_CLAUSE:
            return k
    return None


def _after_opener(s: Sentence, barrier: int) -> int:
    """Where the clause after ``barrier`` starts: past a conjunction that opens it."""
    return barrier + 1 if s.tokens[barrier : barrier + 1] in [[w] for w in _NEW_CLAUSE] else barrier


# between a framework and its verb in the passive: "the MD was launched", "the ICI, which was
# formally launched", "the PfP, launched in ..."
_PASSIVE_LINK = frozenset(
    ("was", "were", "has", "have", "had", "been", "is", "which", "that", ",", "formally",
     "first", "originally", "officially", "itself")
)  # fmt: skip
# words that tie a framework's name to something else it launched or holds ("Israel's ICP",
# "under the ICI", "the ICI Regional Centre"): no launch of the framework itself
_NOT_ITSELF = frozenset(
    ("'s", "its", "their", "his", "her", "under", "within", "of", "on", "with", "for", "by",
     "through", "via", "in", "to", "from", "-")
)  # fmt: skip
_DATE_STOPS = frozenset((",", ";", "and", "but", "which", "when", "while", "after", "before",
                         "by", "until", "since", "till"))  # fmt: skip


def _launched(s: Sentence) -> list[RawClaim]:
    """A framework's launch and its date, in the forms that say it of the framework itself: the
    passive ("The MD was launched in December 1994", "the ICI, launched by the Allies in June
    2004, ..."), NATO's act ("NATO launched the ICI in 2004"), a relative clause of NATO's ("the
    IPCP, which NATO created in 2011") and a succession (``_succession``: "The EAPC replaced the
    NACC in 1997"). The framework is right before the verb or right after it, not held by another
    ("Israel's ICP"), set in a phrase ("under the ICI"), nor a name's part ("the ICI Regional
    Centre"); the date is the one right after, up to the next comma or clause, past whoever
    launched it ("by the Allies") and the place ("at Sintra, Portugal, in May 1997"). A negation,
    a modal or a condition anywhere before the date, "re-launched" and a second framework in the
    sentence (but one it replaced: "..., replacing the NACC") make no claim; a passive relative
    clause right after its framework's name says it of that one, whatever phrase it stands in
    and whatever others the sentence names ("The ICI is separate from the MD, which was launched
    in 1994": ``_relative_passive``)."""
    succeeded = {m.start for m in s.matches if _succeeded(s, m)}
    frameworks = {
        m.entity for m in s.matches if m.entity.label == "Framework" and m.start not in succeeded
    }
    inverted = s.tokens[0] in INVERTED  # "Had NATO launched the ICI in 2001, ..."
    out: list[RawClaim] = []
    for k, t in enumerate(s.tokens):
        relative = _relative_passive(s, k, succeeded)
        if len(frameworks) != 1 and relative is None:
            # "The ICI is separate from the MD, which was launched in 1995": with a second
            # framework, only a launch in a relative clause right after its own framework's name
            continue
        set_up = t == "set" and s.tokens[k + 1 : k + 2] == ["up"]  # "was set up in 1997"
        present = t in LAUNCH_PRESENT  # "NATO launches the ICI in 2004"
        relaunched = s.tokens[max(0, k - 2) : k] == ["re", "-"]
        if not (t in LAUNCH_VERBS or set_up or present) or relaunched:
            continue
        # the relative clause's own framework, whatever phrase it stands in ("separate from the
        # MD, which was launched in 1994")
        f = relative or _launched_framework(s, k, succeeded)
        if f is None or (present and f.start < k):
            continue
        after = f.end if f.start > k else k + (2 if set_up else 1)
        dated = _act_dated(s, k, f, after, inverted, succeeded)
        if dated is not None:
            out.append(_launch_claim(s, f.entity, dated[0], after, dated[1]))
    return out or _succession(s)


# The words between a framework and the verb of its launch in a relative clause of the passive
# ("the MD, which was launched in 1994").
_RELATIVE_PASSIVES = (
    (",", "which", "was"), ("which", "was"), (",", "that", "was"), ("that", "was"),
    (",", "which", "had", "been"), (",", "which", "has", "been"),
)  # fmt: skip


def _relative_passive(s: Sentence, k: int, succeeded: frozenset[int] | set[int]) -> Match | None:
    """The framework whose passive relative clause the verb at ``k`` is the verb of, right after
    its name ("separate from the Mediterranean Dialogue, which was launched in 1995"): the launch
    is of that framework whatever phrase it stands in and whatever others the sentence names.
    None for a framework another holds ("Israel's ICP, which was agreed in 2006") or a name's
    part ("the ICI Regional Centre, which was opened in 2017")."""
    for lead in _RELATIVE_PASSIVES:
        start = k - len(lead)
        if start <= 0 or tuple(s.tokens[start:k]) != lead:
            continue
        for m in s.matches:
            if m.end != start or m.entity.label != "Framework" or m.start in succeeded:
                continue
            if m.area is not None:
                continue
            held = (
                m.start >= 2
                and s.tokens[m.start - 1] == "'s"
                and s.tokens[m.start - 2]
                not in (
                    "nato",
                    "alliance",
                )
            )
            return None if held else m
    return None


def _act_dated(
    s: Sentence,
    k: int,
    named: Match,
    after: int,
    inverted: bool,
    succeeded: frozenset[int] | set[int] = frozenset(),
) -> tuple[int, tuple[int, ...]] | None:
    """Where and what the date of the act of the verb at ``k`` is, said of ``named`` (a
    framework or an operation), read from ``after``, past it; None when no date is read, or the
    act is denied, hedged or conditional before it. ``succeeded``: where the frameworks another
    replaced start, which end the date's phrase as any other name does."""
    # "was launched by NATO in 1994", "by the Allies", "by foreign ministers": the launcher,
    # not a second object nor the end of the date's phrase; a place and its country ("at
    # Sintra, Portugal,") before the date are passed over too
    by = {
        j for m in s.matches if m.entity.label == "Organization" and m.start > 0
        and s.tokens[m.start - 1] == "by" for j in range(m.start - 1, m.end)
    }  # fmt: skip
    agent = _launcher_end(s, after + 1) if s.tokens[after : after + 1] == ["by"] else None
    if agent is not None:
        by.update(range(after, agent))
    passed = by | s.places
    opening = _opening_date(s) or _unmarked_opening_date(s)
    reach = after + 8 + len([j for j in passed if j >= after])
    at = [
        (j, _date_at(s.tokens, j, after))
        for j in range(after, min(reach, len(s.tokens)))
        if j not in passed
    ]
    stop = next(
        (
            i
            for i, (j, _) in enumerate(at)
            if s.tokens[j] in _DATE_STOPS
            or any(m.start == j and m.start not in succeeded for m in s.matches)
        ),
        len(at),
    )
    if (
        opening is not None
        and opening[0] <= min(k, named.start)
        and _opens_the_clause(s, opening[0])
        and all(d is None for _, d in at[:stop])
    ):
        # "2004: NATO launched the ICI", "In 1995, the MD was launched": no date after the
        # verb, and one opening the sentence before its subject dates it
        at = [(k, opening[1])]
        stop = 1
    for j, date in at[:stop]:
        if date is None:
            continue
        words = s.tokens[: j + 1]
        if date and not (s.negated(words) or s.blocked(words) or _conditional(words) or inverted):
            return j, date
        return None
    return None


def _launch_claim(
    s: Sentence,
    framework: Entity,
    j: int,
    start: int,
    date: tuple[int, ...],
    predicate: str = "launched",
    tense: str = "event",
) -> RawClaim:
    """The ``launched`` claim of a framework (or ``predicate`` of an operation) dated by the date
    read at ``j``; ``tense`` "since" for an operation said to run from then to now."""
    year, month, day, *allowed = date
    core = _decade_core(s.tokens, j, start) if allowed else ()
    return RawClaim(
        predicate, framework, framework, False, tense,
        None if allowed else year, (month or None) if not allowed else None,
        None, tuple(allowed), (day or None) if not allowed else None, core=core,
    )  # fmt: skip


# Words of one framework taking another's place: "the EAPC replaced the NACC", "..., replacing
# the NACC", "superseded", "succeeded"; "to replace" is read by the modals and intentions.
_SUCCEEDING = frozenset(
    ("replace", "replaced", "replaces", "replacing", "supersede", "superseded", "supersedes",
     "superseding", "succeed", "succeeded", "succeeds", "succeeding")
)  # fmt: skip
_SUCCEEDED_OWNERS = frozenset(("the", "its", "their", "old", "older", "earlier", "previous"))
# "has", "had", "formally", "which": between the successor and its verb ("the EAPC, which
# formally replaced the NACC"); "was", "had been": between the one replaced and the passive.
_SUCCESSION_LINK = frozenset(
    ("which", "that", ",", "has", "had", "formally", "officially", "effectively", "itself")
)
_SUCCESSION_PASSIVE = frozenset(("was", "were", "had", "has", "been", "formally", "officially"))


def _succeeded(s: Sentence, m: Match) -> bool:
    """Whether the framework ``m`` is the one another replaced: right after a verb of succession
    ("replacing the NACC", "which replaced the NACC", "superseded the old ICP")."""
    if m.entity.label != "Framework":
        return False
    k = m.start - 1
    while k >= 0 and s.tokens[k] in _SUCCEEDED_OWNERS:
        k -= 1
    return k >= 0 and s.tokens[k] in _SUCCEEDING


def _succession(s: Sentence) -> list[RawClaim]:
    """A framework's launch told as its taking another's place, dated right after the one it
    replaced: "The EAPC replaced the NACC in 1997", "the EAPC, which replaced the NACC in May
    1997", "The NACC was replaced by the EAPC in 1997", "1997: The EAPC replaces the NACC". A
    successor starts when it replaces (the date is its launch's); the succession itself is no
    claim the reader checks, and the sentence is listed as read in part. "replaced the NACC as
    the main forum" (no date right after it: the successor may be older), two successors, a
    negation, a modal, a condition or a hedge make no claim."""
    frameworks = [m for m in s.matches if m.entity.label == "Framework" and m.area is None]
    if len({m.entity for m in frameworks}) != 2 or s.tokens[0] in INVERTED:
        return []
    for old in frameworks:
        if not _succeeded(s, old):
            continue
        verb = old.start - 1
        while s.tokens[verb] in _SUCCEEDED_OWNERS:
            verb -= 1
        new = next((m for m in frameworks if m.entity != old.entity), None)
        if new is None or new.end > verb or s.tokens[verb] in ("replace", "supersede", "succeed"):
            return []
        if not set(s.tokens[new.end : verb]) <= _SUCCESSION_LINK or verb - new.end > 4:
            return []  # "the EAPC, set up after the NACC was replaced": not the successor's act
        if s.tokens[verb].endswith("ing") or (
            s.tokens[verb].endswith("s") and _opening_date(s) is None
        ):
            return []  # "replacing the NACC" (read with its launch), "replaces" undated
        return _succession_dated(s, new.entity, old.end, verb)
    for old in frameworks:  # the passive: "The NACC was replaced by the EAPC in 1997"
        k = old.end
        while k < len(s.tokens) and s.tokens[k] in _SUCCESSION_PASSIVE:
            k += 1
        if k == old.end or s.tokens[k : k + 1] not in (["replaced"], ["superseded"], ["succeeded"]):
            continue
        if s.tokens[k + 1 : k + 2] != ["by"]:
            return []
        j = k + 2 + (s.tokens[k + 2 : k + 3] == ["the"])
        new = next((m for m in frameworks if m.start == j and m.entity != old.entity), None)
        if new is None:
            return []
        return _succession_dated(s, new.entity, new.end, k)
    return []


def _succession_dated(s: Sentence, new: Entity, end: int, verb: int) -> list[RawClaim]:
    """The launch of the successor ``new`` a succession says, dated by "in" or "on" and a date
    right after the name ending at ``end``, or by a date opening the sentence ("1997: The EAPC
    replaces the NACC"); none without a date, with more after the date than the sentence's or
    the clause's end ("in 1997 as its main forum"), or with a negation, modal or condition."""
    k = end
    date: tuple[int, ...] | None = None
    if s.tokens[k : k + 1] in (["in"], ["on"]):
        j = next(
            (j for j in range(k + 1, min(k + 5, len(s.tokens))) if _date_at(s.tokens, j, k + 1)),
            None,
        )
        if (
            j is not None
            and all(  # "in May 1997": "may." is the month (Sentence)
                t.rstrip(".") in DATE_FILLERS or _day(t) is not None for t in s.tokens[k + 1 : j]
            )
        ):
            date, k = _date_at(s.tokens, j, k + 1), j
        after = s.tokens[k + 1 : k + 2]
        if date is None or (after and after[0] not in (".", ",", ";", "!", "and", "when")):
            return []  # "in 1997 as the main forum": the date of something else
    else:
        opening = _opening_date(s)
        if s.tokens[k : k + 1] not in ([], ["."]) or opening is None:
            return []
        date, k = opening[1], verb
    words = s.tokens[: k + 1]
    if not date or s.negated(words) or s.blocked(words) or _conditional(words):
        return []
    return [_launch_claim(s, new, k, end, date)]


# Words of whoever launched a framework, after "by" ("by the Allies", "by Allied leaders", "by
# foreign ministers", "by the North Atlantic Council") or before the verb of a relative clause
# ("which NATO created", "that the Allies launched"); NATO's own names are matches of their own.
_LAUNCHERS = frozenset(
    ("the", "allies", "allied", "alliance", "leaders", "heads", "of", "state", "and", "government",
     "governments", "foreign", "defence", "defense", "ministers", "'s", "its", "member", "members",
     "north", "atlantic", "council", "states", "nato's")
)  # fmt: skip


def _launcher_end(s: Sentence, start: int) -> int | None:
    """Where the name of whoever launched a framework, from ``start``, ends: NATO's own names
    and the words of its members and bodies (``_LAUNCHERS``), at most six, naming no country and
    holding a noun of NATO's ("allies", "leaders", "ministers", "council", "nato"); None for
    anything else ("by Jordan", "by the end of 1994")."""
    k, named = start, False
    while k < len(s.tokens) and k - start < 6:
        at = next((m for m in s.matches if m.start == k), None)
        if at is not None:
            if at.entity.label != "Organization":
                return None
            k, named = at.end, True
            continue
        if s.tokens[k] not in _LAUNCHERS:
            break
        named = named or s.tokens[k] in ("allies", "leaders", "ministers", "council", "alliance")
        k += 1
    return k if named and k > start else None


# Adverbs and auxiliaries between a relative clause's launcher and its verb ("which NATO formally
# launched", "that the Allies had created").
_RELATIVE_VERB_LEADS = frozenset(
    ("had", "has", "have", "formally", "officially", "first", "jointly")
)


def _relative_launch(s: Sentence, end: int, k: int) -> bool:
    """Whether the words from a framework's name (ending at ``end``) to the launch verb at ``k``
    are a relative clause whose subject is NATO: "the IPCP, which NATO created", "the ICI, that
    the Allies launched", "which Allied leaders had set up"."""
    j = end + (s.tokens[end : end + 1] == [","])
    if s.tokens[j : j + 1] not in (["which"], ["that"]):
        return False
    agent = _launcher_end(s, j + 1)
    if agent is None:
        return False
    return all(t in _RELATIVE_VERB_LEADS for t in s.tokens[agent:k]) and k - agent <= 2


# The nouns of a partner's cooperation with NATO as a whole ("NATO suspended all practical
# cooperation with Russia"), and the only words that may qualify them: all of it, practical,
# civil and military. Any other ("some", "formal", "political", "high-level") makes it a part,
# which the data does not date (the NRC's formal meetings were halted in 2008), so no claim.
_COOPERATION_NOUNS = frozenset(("cooperation", "co-operation", "partnership", "participation"))
_ALL_OF_IT = frozenset(
    ("all", "practical", "civilian", "civil", "military", "and", "its", "their", "the", "every",
     "form", "forms", "kind", "kinds", "of")
)  # fmt: skip
# What may follow the suspended cooperation: the sentence's end, a clause or a phrase of cause
# ("after Russia annexed Crimea", "over its role in the war"), or a date.
_AFTER_COOPERATION = frozenset(
    (".", ",", ";", ":", "(", "!", "after", "following", "over", "amid", "because", "as", "when",
     "while", "but", "and", "in", "on", "since", "from", "due")
)  # fmt: skip
_CAUSES = frozenset(("after", "following", "over", "amid", "because", "as", "when", "due"))
# "was suspended", "has been suspended", "were formally suspended": a suspension told in the
# past; "remains suspended" and "is suspended" say nothing of when and are not read.
_SUSPENSION_TOLD = frozenset(("was", "were", "been", "had", "has", "have"))


# The words of a plain date opening a sentence ("In April 2014, NATO ...", "On 1 April 2014,
# ..."), beside the date's own; any other word makes the opening another event's ("After Russia
# annexed Crimea in March 2014, ...", "Weeks after ...").
_DATE_OPENER = frozenset(
    ("in", "on", "by", "during", "early", "late", "mid", "the", "of", "-", ",", "around", "about",
     # a timeline's item: "April 2014 — NATO suspends all practical cooperation with Russia"
     ":", "\u2014", "\u2013", "--")
)  # fmt: skip
# Adverbs that leave an act whole ("NATO formally suspended ..."); any other adverb in "-ly"
# right before the verb makes it a part or a while ("partially", "temporarily", "effectively").
_WHOLE_ACT = frozenset(
    ("formally", "officially", "jointly", "collectively", "unanimously", "swiftly", "quickly",
     "immediately", "finally", "subsequently")
)  # fmt: skip


def _plain_date_opener(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """Whether the words before a clause's subject are a date and nothing else."""
    for k in range(lo, hi):
        t = tokens[k]
        if t in _DATE_OPENER or t in MONTHS or t.isdigit() or _date_at(tokens, k, lo) is not None:
            continue
        return False
    return True


def _qualifies_the_act(word: str) -> bool:
    """ "partially", "temporarily", "partly", "effectively" before the verb of suspension."""
    return word in ("partly", "part") or (word.endswith("ly") and word not in _WHOLE_ACT)


def _cooperation_noun(tokens: Sequence[str], k: int) -> int | None:
    """The end of a noun of cooperation at ``k`` ("co - operation" is three tokens), or None."""
    if k < len(tokens) and tokens[k] in _COOPERATION_NOUNS:
        return k + 1
    if tokens[k : k + 3] == ["co", "-", "operation"]:
        return k + 3
    return None


def _whole_cooperation(tokens: Sequence[str], k: int, end: int) -> int | None:
    """The end of "all practical civilian and military cooperation" from ``k`` (before
    ``end``), or None when another word qualifies it or no noun of cooperation comes. One side
    alone ("military cooperation", "civilian cooperation") is a part, unless "all" or
    "practical" says it is the whole."""
    start = k
    while k < end and tokens[k] in _ALL_OF_IT:
        k += 1
    said = set(tokens[start:k])
    sides = said & {"civilian", "civil", "military"}
    if len(sides) == 1 and not said & {"all", "practical", "every"}:
        return None  # "NATO suspended military cooperation with Israel": a part of it
    return _cooperation_noun(tokens, k) if k < end else None


def _with_nato(s: Sentence, k: int) -> int:
    """Past "with NATO", "with the Alliance" at ``k``, or ``k`` when neither follows."""
    if s.tokens[k : k + 1] != ["with"]:
        return k
    nato = next((m for m in s.matches if m.start in (k + 1, k + 2)), None)
    if nato is not None and nato.entity.label == "Organization" and nato.start - k <= 2:
        return nato.end if nato.start == k + 1 or s.tokens[k + 1] == "the" else k
    if s.tokens[k + 1 : k + 3] in (["the", "alliance"], ["the", "allies"]):
        return k + 3
    return k


def _suspended_cooperation(s: Sentence) -> list[RawClaim]:
    """A partner's whole cooperation with NATO suspended, no framework named, in three forms:
    NATO's act ("NATO suspended all practical cooperation with Russia in April 2014", "the
    Allies suspended Belarus's partnership"), and the passive ("Russia's cooperation with NATO
    was suspended in 2014"). Each is checked against every partnership of the country (see
    ``verdicts._suspended_cooperation``). A framework named anywhere in the sentence leaves it
    to the claims of that framework; a negation, modal, hedge or condition before the verb, a
    qualifier of the cooperation ("some", "formal") or a phrase after it that is not a date or a
    cause ("in NATO exercises") makes no claim."""
    if any(m.entity.label == "Framework" for m in s.matches):
        return []
    nato = next((m.entity for m in s.matches if m.entity.label == "Organization"), None)
    if nato is None:
        return []  # "Russia's participation was suspended": in what, the sentence does not say
    t = s.tokens
    out: list[RawClaim] = []
    for group in s.groups("Country"):
        start, end = group[0].start, group[-1].end
        if any(s.unasserted_at(m.start) for m in group):
            continue
        verb: int | None = None
        tail: int | None = None
        predicate = ""
        before = t[max(0, start - 2) : start]
        if before[-1:] == ["with"] or before == ["with", "the"]:
            # "NATO suspended all practical cooperation with Russia"
            k = start - 1 if before[-1:] == ["with"] else start - 2  # at "with"
            lo = next((j for j in range(k - 1, -1, -1) if t[j] in SUSPEND_WORDS), None)
            if lo is not None and _whole_cooperation(t, lo + 1, k + 1) == k:
                verb, tail, predicate = lo, end, "nato_suspended_cooperation"
        elif start > 0 and t[start - 1] in SUSPEND_WORDS and t[end : end + 1] == ["'s"]:
            # "NATO suspended Belarus's partnership (with the Alliance)"
            noun_end = _whole_cooperation(t, end + 1, len(t))
            if noun_end is not None:
                verb, tail, predicate = (
                    start - 1,
                    _with_nato(s, noun_end),
                    "nato_suspended_cooperation",
                )
        elif t[end : end + 1] == ["'s"] and not _object_position(s, start):
            # "Russia's cooperation with NATO was suspended in 2014"
            after = _whole_cooperation(t, end + 1, len(t))
            past = None if after is None else _with_nato(s, after)
            if past is not None and past != after:  # "with NATO" said: in what, the sentence says
                aux = past
                while aux < len(t) and (t[aux] in _SUSPENSION_TOLD or t[aux] in PASSIVE_ADVERBS):
                    aux += 1
                told = set(t[past:aux])
                if aux < len(t) and t[aux] in SUSPEND_WORDS and told & {"was", "were", "been"}:
                    verb, tail, predicate = aux, aux + 1, "cooperation_suspended"
        if verb is None or tail is None or t[verb] not in ("suspended", "suspends"):
            continue  # "is suspending", "to suspend": not a suspension told
        if predicate == "nato_suspended_cooperation" and not _nato_acts(s, 0, verb + 1):
            continue  # "Minsk suspended its cooperation with ...": not NATO's act
        lead = t[:verb]
        if (
            s.negated(lead[-6:] + t[verb:tail])
            or s.blocked(lead + t[verb + 1 : tail])  # the verb itself is a blocker elsewhere
            or _conditional(lead)
            or HEARSAY_ADVERBS.intersection(lead)
        ):
            continue
        if tail < len(t) and t[tail] not in _AFTER_COOPERATION:
            continue
        if (
            tail < len(t)
            and t[tail] in ("in", "on", "from", "since")
            and not any(
                _date_at(t, j, tail) is not None for j in range(tail + 1, min(tail + 4, len(t)))
            )
        ):
            continue  # "suspended Russia's participation in NATO exercises": a part of it
        link = t[verb:tail]
        window = _date_window(s, tail, len(t))
        if tail < len(t) and t[tail] in _CAUSES:
            if _dates_in(s, (tail, len(t))):
                continue  # "... over the 2008 war in Georgia": a year of the cause, not the act's
            window = (tail, tail)  # "after it annexed Crimea": no date of its own, no comparison
        if tail < len(t) and t[tail] == ",":
            # "..., a partner since 1994": an aside's date, not the suspension's
            window = (tail, tail)
        if "for" in t[window[0] : window[1]]:
            continue  # "... in 2014 for two years": a length the data would have to compare
        fronted = (0, min(start, verb))
        # what opens the sentence before the clause: up to the last comma before the verb, else
        # up to the first name before it ("In 2014 NATO suspended ...")
        comma = next((k for k in range(fronted[1] - 1, -1, -1) if t[k] == ","), None)
        named = next((m.start for m in s.matches if m.start < fronted[1]), fronted[1])
        opener = (0, comma if comma is not None else named)
        if _dates_in(s, opener) and not _plain_date_opener(t, *opener):
            # "After Russia annexed Crimea in March 2014, NATO suspended ...": the year is the
            # other event's, and the suspension's own is not said
            continue
        if verb > 0 and _qualifies_the_act(t[verb - 1]):
            continue  # "partially suspended", "temporarily suspended": a part, or for a while
        for index, c in enumerate(group):
            aspect = _aspect(s, link, window, fronted, index, len(group))
            if aspect.unreadable and window[0] == window[1] and not _dates_in(s, fronted):
                aspect = Aspect("event")  # "... after it annexed Crimea": undated, and no date
            if aspect.unreadable or aspect.until is not None:
                continue  # "from 1996 to 2008", or no time the reader can tell
            if aspect.tense in ("past", "present"):  # "suspended ... in 2014": the act, then
                aspect = replace(aspect, tense="event")
            out.append(RawClaim(predicate, c.entity, nato).with_aspect(aspect, False))
    return out


def _opens_the_clause(s: Sentence, start: int) -> bool:
    """Whether the clause at ``start`` opens with a framework, an operation or NATO ("the MD was launched",
    "NATO launched"), not with another who speaks or acts ("Jordan said the MD ...")."""
    first = next((m for m in s.matches if m.start >= start), None)
    if (
        first is not None
        and first.entity.label == "Framework"
        and _launcher_end(s, start + (s.tokens[start : start + 1] == ["the"])) is not None
    ):
        return True  # "In January 1994, Allied leaders launched the PfP": NATO's leaders act
    return (
        first is not None
        and first.entity.label in ("Framework", "Organization", "Operation")
        and set(s.tokens[start : first.start]) <= {"the"}
    )


def _opening_date(s: Sentence) -> tuple[int, tuple[int, ...]] | None:
    """The date a sentence opens with, set off by a comma or a colon ("1995: The MD was
    launched", "In June 2004, NATO launched ..."): where the clause after it starts, and the
    date as ``_date_at`` reads it; None when the sentence opens otherwise."""
    t = s.tokens
    first = next((j for j in range(min(3, len(t))) if t[j] not in _EMPHASIS), 0)
    first += 1 if t[first : first + 1] in (["in"], ["on"]) else 0
    # "1995: ...", "In June 2004, ...", and a timeline's "**1996** - ...": a dash after the
    # date (the date's emphasis passed over) sets it off as a colon does; a hyphen between two
    # numbers is a range ("1994-1996"), no dash
    sep = next(
        (
            j
            for j in range(first, min(first + 6, len(t)))
            if (t[j] in (",", ":") and not _inside_a_date(t, j))
            or (t[j] in DASHES and j + 1 < len(t) and not t[j + 1][:1].isdigit())
        ),
        None,
    )
    if sep is None or sep == first:
        return None
    end = sep - 1
    while end > first and t[end] in _EMPHASIS:
        end -= 1
    date = _date_at(t, end, first)
    if date is None or (_year(t[end]) is None and not _DECADE.match(t[end])):
        return None
    return sep + 1, date


def _unmarked_opening_date(s: Sentence) -> tuple[int, tuple[int, ...]] | None:
    """The date of an opening "In" with no comma after it, up to its year ("In 1994 NATO
    launched the PfP", "In December 1991 NATO created the NACC"): where the clause after it
    starts, and the date; None for any other opening, or a year that a phrase goes on from ("In
    1994 terms ...", "In 2004 dollars": the next word must open the clause, which the caller
    checks)."""
    t = s.tokens
    if t[:1] in (["at"], ["during"]):
        return _dated_opening_phrase(t)
    if t[:1] != ["in"]:
        return None
    year = next((j for j in range(1, min(5, len(t))) if _year(t[j]) is not None), None)
    if year is None or year + 1 >= len(t) or not t[year + 1][:1].isalpha():
        return None
    if any(not w[:1].isalnum() for w in t[1:year]):
        return None
    date = _date_at(t, year, 1)
    return None if date is None else (year + 1, date)


def _dated_opening_phrase(t: Sequence[str]) -> tuple[int, tuple[int, ...]] | None:
    """The date that ends an opening phrase of place or occasion, before its comma ("At the
    Brussels summit in January 1994, NATO leaders launched the PfP", "During the Istanbul summit
    in June 2004, ..."): where the clause after the comma starts, and the date; None when the
    phrase ends otherwise ("At the summit, in a speech of 1994 terms, ...")."""
    comma = next((j for j in range(1, min(13, len(t))) if t[j] in (",", ";", ":")), None)
    if comma is None or t[comma] != "," or _year(t[comma - 1]) is None:
        return None
    # the date's own words back to its "in" or "on" ("in January 1994", "on 10 January 1994")
    lead = next((j for j in range(comma - 1, max(0, comma - 5), -1) if t[j] in ("in", "on")), None)
    if lead is None:
        return None
    date = _date_at(t, comma - 1, lead + 1)
    return None if date is None else (comma + 1, date)


def _inside_a_date(tokens: Sequence[str], k: int) -> bool:
    """Whether the comma at ``k`` stands inside a date, between its day and its year ("Jan. 10,
    1994 — ...", "June 22, 1994: ..."), not after it ("In 1995, ...")."""
    day = _day(tokens[k - 1]) if k else None
    return (
        day is not None
        and k + 1 < len(tokens)
        and _year(tokens[k + 1]) is not None
        and _date_at(tokens, k + 1, max(0, k - 3)) is not None
    )


def _item_date(s: Sentence) -> tuple[int, int] | None:
    """Where the date a timeline's item opens with stands ("**1996** - ...", "2009: ..."),
    a date alone before a dash or a colon; None for any other sentence ("In 2004, ...")."""
    opening = _opening_date(s)
    if opening is None or s.tokens[opening[0] - 1] not in (":", *DASHES):
        return None
    first = next(j for j in range(len(s.tokens)) if s.tokens[j] not in _EMPHASIS)
    return None if s.tokens[first] in ("in", "on") else (first, opening[0] - 1)


# The nouns of a country's part in a framework whose start "dates back to" a year.
_START_NOUNS = frozenset(("membership", "partnership", "participation"))


# Markdown's emphasis around a timeline's date: "**1996** - ...", "_1996_ - ..."
_EMPHASIS = frozenset(("*", "**", "_", "__"))
_QUOTES_CLOSING = frozenset(('"', "\u201d", "'", "\u2019"))
_QUOTES_OPENING = frozenset(('"', "\u201c", "'", "\u2018"))


# Verbs of a change other than joining, before "followed" in a sentence: what follows them is
# that change, not a join ("..., and Belarus's participation followed in 2021").
_NOT_JOINING = frozenset(
    ("suspended", "suspends", "suspend", "left", "leaves", "withdrew", "withdraws", "quit",
     "froze", "freezes", "frozen", "halted", "halts", "ended", "ends", "expelled", "downgraded")
)  # fmt: skip


def _asks(tokens: Sequence[str]) -> bool:
    """Whether a sentence is a question: a question mark last, before any closing emphasis
    ("**Q: Is Colombia a NATO partner?**"), or closing quotes where quotes open the sentence
    ('"Is Israel a member of NATO?"'); not a question quoted at a statement's end ("Finland
    joined NATO in 2023 (see 'Why now?')")."""
    end = len(tokens)
    quoted = bool(tokens) and tokens[0] in _QUOTES_OPENING
    while end and (tokens[end - 1] in _EMPHASIS or (quoted and tokens[end - 1] in _QUOTES_CLOSING)):
        end -= 1
    return bool(end) and tokens[end - 1] == "?"


# The auxiliaries that open a question when "n't" follows them: "Didn't Uzbekistan leave ...",
# "Isn't Japan a partner", "Hasn't Malta come back".
_QUESTION_AUX = frozenset(
    ("do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "ca", "wo", "could",
     "would", "should")
)  # fmt: skip
_ASKED_SUBJECTS = frozenset(("it", "they", "he", "she", "we", "you", "the", "nato", "all", "both"))
_CHAT_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _after_a_speaker(tokens: Sequence[str]) -> int:
    """Where a line's words begin after a chat's or a transcript's stamp and speaker ("[19:13]
    Tom: ...", "19:13 Tom: ...", "Tom: ..."): 0 when there is none."""
    k = 0
    if tokens[k : k + 1] in (["["], ["("]):
        k += 1
    if k < len(tokens) and _CHAT_TIME.match(tokens[k]):
        k += 1
        if tokens[k : k + 1] in (["]"], [")"]):
            k += 1
    elif k:
        return 0
    if tokens[k + 1 : k + 2] == [":"] and tokens[k : k + 1] and tokens[k].isalpha():
        k += 2
    return k


def _asks_without_its_mark(tokens: Sequence[str], matches: Sequence[Match]) -> bool:
    """Whether a sentence opens as a question, its mark left off (a chat's way): an auxiliary and
    "n't" before the subject, "didn't Uzbekistan leave the PfP", "Isn't Japan a partner",
    "[19:13] Tom: didn't it join in 1994". Not a statement whose subject is left unsaid ("Didn't
    join until 2002."): a country, NATO or a pronoun must follow."""
    k = _after_a_speaker(tokens)
    if len(tokens) < k + 3 or tokens[k] not in _QUESTION_AUX or tokens[k + 1] != "n't":
        return False
    return tokens[k + 2] in _ASKED_SUBJECTS or any(m.start == k + 2 for m in matches)


def _launched_framework(
    s: Sentence,
    k: int,
    succeeded: frozenset[int] | set[int] = frozenset(),
    label: str = "Framework",
) -> Match | None:
    """The framework (or operation, ``label``) the launch verb at ``k`` is said of, or None; not
    one another replaced (``succeeded``: where those start). An operation's name may stand before
    the noun it names ("the ISAF mission ended")."""
    for m in s.matches:
        if m.entity.label != label or m.area is not None or m.start in succeeded:
            continue
        before = s.tokens[m.start - 1] if m.start else ""
        end = m.end
        if label == "Operation" and s.tokens[end : end + 1] and s.tokens[end] in _OPERATION_NOUNS:
            end += 1  # "the ISAF mission", "the KFOR operation"
        after = s.tokens[end] if end < len(s.tokens) else ""
        # NATO's own is the thing itself ("NATO's MD was launched", "NATO launched its MD"), where
        # another's is something else of it ("Israel's ICP")
        own = (
            before == "'s" and s.tokens[m.start - 2 : m.start - 1] in (["nato"], ["alliance"])
        ) or (before in ("its", "their") and m.start > k)
        if (before in _NOT_ITSELF and not own) or after in NAME_PART_NOUNS:
            continue  # held by another, in a phrase, or a name's part ("the ICI Regional Centre")
        if end <= k and _object_of_another(s, m.start):
            continue  # "the mission that replaced ISAF ended", "the protests against KFOR began"
        if end <= k and set(s.tokens[end:k]) <= _PASSIVE_LINK and k - end <= 4:
            return m  # "the MD was launched", "the ICI, launched"
        if end <= k and _relative_launch(s, end, k):
            return m  # "the IPCP, which NATO created", "the ICI, that the Allies launched"
        gap = s.tokens[k + 1 : m.start]
        by_nato = any(
            n.entity.label == "Organization" and n.end <= k and k - n.end <= 2 for n in s.matches
        ) or s.tokens[max(0, k - 2) : k] in (["the", "alliance"], ["allies"])
        # whoever else does it ("Allied leaders unveiled the PfP", "Foreign ministers created
        # the EAPC"), but a country is never said to launch a framework of NATO's
        by_nato = by_nato or not any(n.entity.label == "Country" and n.start < k for n in s.matches)
        if (
            m.start > k
            and by_nato
            and set(gap) <= {"the", "its", "nato", "'s", "up"}
            and len(gap) <= 4
        ):
            return m  # "NATO launched the ICI"
    return None


# Words a name stands after, past its article, as what they govern: a preposition ("the
# protests against KFOR") or a verb of a relative clause ("the mission that replaced ISAF").
_GOVERNING = frozenset(
    ("against", "about", "toward", "towards", "despite", "beyond", "behind", "like", "unlike",
     "than", "including", "besides", "alongside", "around", "amid", "over", "into", "upon",
     "regarding", "concerning", "on", "of", "for", "with", "from", "to", "in", "within", "under")
)  # fmt: skip
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "nato", "'s", "alliance", "allied"))
_RELATIVE_PRONOUNS = frozenset(("that", "which", "who", "whom", "whose"))
_CLAUSE_MARKS = _RELATIVE_PRONOUNS | {",", ";", ":", "("}


def _object_of_another(s: Sentence, start: int) -> bool:
    """Whether the name at ``start``, before a verb of launching or ending, is what another word
    governs, not that verb's subject: a preposition right before it (past "the", "NATO's":
    "The protests against KFOR began in 2004"), or the verb of a relative clause it is the object
    of ("The mission that replaced ISAF ended in 2021", "the office that runs the PfP was created
    in 2010", "Libya's civil war, which prompted OUP, began")."""
    k = start - 1
    while k >= 0 and s.tokens[k] in _DETERMINERS:
        k -= 1
    if k < 0:
        return False
    word = s.tokens[k]
    if word in _GOVERNING:
        return True
    if not word.isalpha() or word in _RELATIVE_PRONOUNS:
        return False  # "In 2004, the ICI ...", "the ICI, which ..."
    clause = k
    while clause > 0 and s.tokens[clause - 1] not in _CLAUSE_MARKS:
        clause -= 1
    # a relative pronoun opens the clause, and a word stands between it and the name: its verb
    return clause > 0 and s.tokens[clause - 1] in _RELATIVE_PRONOUNS and clause <= k


# Nouns an operation's name stands before and names ("the ISAF mission ended in 2014").
_OPERATION_NOUNS = frozenset(("mission", "operation", "force", "deployment"))
# The words a date may follow an operation's verb by ("ended in 2014", "ended on 28 December").
_OPERATION_DATE_LINK = frozenset(("in", "on", "at", "during", "officially", "formally", ","))
# A timeline's present of an operation's start or end ("November 2016 — Operation Active
# Endeavour ends"): the past of the date its line opens with. Elsewhere the present speaks of
# what is planned ("the mission ends in 2027"), which makes no claim.
_OPERATION_STARTS_NOW = frozenset(("begins", "starts", "commences"))
_OPERATION_ENDS_NOW = frozenset(("ends", "concludes", "terminates", "finishes"))


def _operation_dates(s: Sentence) -> list[RawClaim]:
    """When an operation began or ended, in the forms a framework's launch is read in
    (``_launched``): the operation right before its verb ("ISAF ended in December 2014", "KFOR
    was deployed in June 1999", "the ISAF mission came to an end in 2014"), or right after NATO's
    ("NATO launched Operation Active Endeavour in October 2001"), dated right after the verb or
    the operation; a negation, a modal or a condition before the date makes no claim, nor does a
    date that follows other words ("ended its combat role in 2014")."""
    if not any(m.entity.label == "Operation" for m in s.matches):
        return []
    inverted = s.tokens[0] in INVERTED
    item = _item_date(s) is not None
    out: list[RawClaim] = []
    for k, t in enumerate(s.tokens):
        present = t in LAUNCH_PRESENT
        came = t == "came" and s.tokens[k + 1 : k + 4] == ["to", "an", "end"]
        told = item and t in _OPERATION_STARTS_NOW | _OPERATION_ENDS_NOW  # a timeline's present
        if t in OPERATION_ENDS or came or (told and t in _OPERATION_ENDS_NOW):
            predicate = "operation_ended"
        elif t in OPERATION_STARTS or present or told:
            predicate = "operation_began"
        else:
            continue
        if s.tokens[max(0, k - 2) : k] == ["re", "-"]:
            continue
        m = _launched_framework(s, k, label="Operation")
        if m is None or (present and m.start < k) or (told and m.start > k):
            continue
        after = m.end if m.start > k else k + (4 if came else 1)
        if m.start > k and s.tokens[after : after + 1] and s.tokens[after] in _OPERATION_NOUNS:
            after += 1
        if (
            m.start < k
            and s.tokens[after : after + 1] in (["its"], ["their"])
            and s.tokens[after + 1 : after + 2]
            and s.tokens[after + 1] in _OPERATION_NOUNS
        ):
            after += 2  # "IFOR began its mission in December 1995": the operation itself
        dated = _act_dated(s, k, m, after, inverted)
        if dated is None or not all(
            w in _OPERATION_DATE_LINK or w in MONTHS or w.isdigit()
            for w in s.tokens[after : dated[0]]
        ):
            continue  # "ended its combat role in 2014": the date of something else
        out.append(_launch_claim(s, m.entity, dated[0], after, dated[1], predicate))
    return out


# Whole numbers written in words below twenty that count NATO's members ("twelve founding
# members"); with the tens (``_TENS``) and a hyphen, those above ("thirty-two Allies").
_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# The nouns a count of NATO's members is of ("32 Allies", "30 member states").
_COUNTED_MEMBERS = frozenset(("members", "allies", "nations", "countries", "states"))
# and a framework's ("The ICI has four members", "the seven MD partners"): not its "Allies"
_COUNTED_PARTNERS = (_COUNTED_MEMBERS - {"allies"}) | {"partners", "participants"}
_MEMBER_NOUNS = frozenset(("states", "countries", "nations"))  # after "member": "32 member states"
# Verbs that give the count as a state ("NATO has 32 members", "counts 32 Allies") and their past,
# which a year in the sentence dates ("In 2020, NATO had 30 members").
_COUNT_NOW = frozenset(("has", "counts", "comprises", "numbers", "includes"))
_COUNT_THEN = frozenset(("had", "counted", "comprised", "numbered", "included"))
# Words after the members counted that make them some of NATO's members ("30 members in
# Europe", "23 members that are also in the EU", "its members on the eastern flank").
_SOME_OF_THEM = frozenset(
    ("in", "from", "of", "on", "at", "outside", "inside", "within", "across", "along", "among",
     "near", "bordering", "that", "who", "which", "whose", "with", "without", "not", "also",
     "armed", "based", "stationed", "located", "situated", "each", "but", "only", "including")
)  # fmt: skip


def _some_of_them(t: Sequence[str], end: int) -> bool:
    """Whether the words after the members counted make them some of them: a preposition or a
    relative pronoun ("30 members in Europe", "23 members that ..."), a participle ("23 members
    meeting the target", "51 nations contributing troops", "three members armed with ..."), or
    a list of some after a comma ("four members, including Turkey")."""
    after = t[end] if end < len(t) else ""
    if after in _SOME_OF_THEM or (len(after) > 4 and after.endswith("ing")):
        return True
    return after == "," and t[end + 1 : end + 2] in (["including"], ["among"], ["notably"])


_COUNT_ADVERBS = frozenset(
    ("now", "currently", "today", "already", "still", "then", "only", "just")
)  # fmt: skip


def _number_at(tokens: Sequence[str], k: int) -> tuple[int, int] | None:
    """The whole number written at ``k`` ("32", "twelve", "thirty-two"), below 100, and where the
    words after it start; None for any other word, a year among them."""
    t = tokens[k] if 0 <= k < len(tokens) else ""
    if t.isdigit() and len(t) <= 2 and int(t) > 0:
        return int(t), k + 1
    if t in _COUNT_WORDS:
        return _COUNT_WORDS[t], k + 1
    if t in _TENS:
        unit = tokens[k + 2] if tokens[k + 1 : k + 2] == ["-"] and k + 2 < len(tokens) else ""
        if unit in _COUNT_WORDS and _COUNT_WORDS[unit] < 10:
            return _TENS[t] + _COUNT_WORDS[unit], k + 3
        return _TENS[t], k + 1
    return None


def _counted_at(tokens: Sequence[str], k: int, nouns: frozenset[str]) -> int | None:
    """Where the words after a count of NATO's members end, when they name its members ("32
    members", "30 member states", "32 full members"); None for anything else ("12 founding
    members", "32 leaders")."""
    j = k + (tokens[k : k + 1] == ["full"])
    if tokens[j : j + 1] == ["member"] and tokens[j + 1 : j + 2] and tokens[j + 1] in _MEMBER_NOUNS:
        return j + 2
    if tokens[j : j + 1] and tokens[j] in nouns:
        return j + 1
    return None


def _count_after(t: Sequence[str], m: Match) -> tuple[int, str] | None:
    """Where the count after NATO's name starts, and its tense: after its possessive ("NATO's 32
    members"), or after a verb of having, past a relative pronoun and adverbs ("NATO has 32
    members", "NATO, which now counts 32 Allies", "NATO had 30 members")."""
    k = m.end
    if t[k : k + 1] == ["'s"]:
        return k + 1, "present"
    if t[k : k + 2] in ([",", "which"], [",", "that"]):
        k += 2
    while k < len(t) and t[k] in _COUNT_ADVERBS:
        k += 1
    if k >= len(t) or t[k] not in _COUNT_NOW | _COUNT_THEN:
        return None
    tense = "past" if t[k] in _COUNT_THEN else "present"
    k += 1
    while k < len(t) and t[k] in _COUNT_ADVERBS:
        k += 1
    return k, tense


def _member_counts(s: Sentence) -> list[RawClaim]:
    """The claims of ``_counts_read``."""
    return [claim for claim, _ in _counts_read(s)]


def counted_words(tokens: Sequence[str], matches: Sequence[Match]) -> set[int]:
    """Where the counts of NATO's members the reader reads stand in a sentence (the number, and
    an "all" before it): words that count no partners left unread."""
    out: set[int] = set()
    for _, words in _counts_read(Sentence(tokens, matches)):
        out.update(words)
    return out


def _counts_read(s: Sentence) -> list[tuple[RawClaim, range]]:
    """How many members NATO has, as a state now: after NATO and a verb of having ("NATO has 32
    members", "NATO, which now counts 32 Allies,"), after its possessive ("NATO's 32 members") or
    before its name ("all 32 NATO Allies"), in a sentence with no year; or as it was in a year,
    after a past verb of having in a sentence with that one year ("In 2020, NATO had 30
    members"). A negation, a modal, a condition or a question makes no claim, nor does a count of
    some of them ("NATO's 12 founding members", "its 30 European members")."""
    t = s.tokens
    if "?" in t or t[0] in INVERTED:
        return []
    years = {year for k, w in enumerate(t) if (year := _year(w)) and not counts_at(t, k)}
    out: list[tuple[RawClaim, range]] = []
    for m in s.matches:
        if m.entity.label not in ("Organization", "Framework"):
            continue
        size = sized_nato(t, m)
        if size is not None:
            # "the 32-member alliance": its size as the writer describes it, now (the words
            # around it neither deny nor date a description); with a year, of when? not read;
            # nor an earlier size ("Back then, the 16-member alliance ...", "the 30-member
            # alliance" of 2021): a description of its time, which no year dates
            if not years and size == max(NATO_SIZES):
                out.append(
                    (
                        RawClaim("member_count", m.entity, m.entity, count=size),
                        range(m.start, m.end),
                    )
                )
            continue
        start = _count_after(t, m)
        number = _number_at(t, start[0]) if start is not None else None
        tense = start[1] if start is not None else "present"
        first = start[0] if start is not None else 0
        if number is None:  # "all 32 NATO Allies", "the thirty-two NATO members"
            before = [(j, n) for j in (m.start - 3, m.start - 1) if (n := _number_at(t, j))]
            found = next(((j, n[0]) for j, n in before if n[1] == m.start), None)
            if found is not None and t[found[0] - 1 : found[0]] in (["the"], ["all"], ["its"]):
                # only the whole: "23 NATO Allies meet the target", "Two NATO countries, Turkey
                # and Hungary, ..." count some of them
                first, number, tense = found[0], (found[1], m.end), "present"
        nouns = _COUNTED_PARTNERS if m.entity.label == "Framework" else _COUNTED_MEMBERS
        end = _counted_at(t, number[1], nouns) if number is not None else None
        if number is None or end is None or _some_of_them(t, end):
            continue  # "NATO has 30 members in Europe", "its 23 members that are in the EU"
        words = t[: number[1]]
        if s.negated(words) or s.blocked(words) or _conditional(words):
            continue
        if tense == "present" and years:
            continue  # "NATO's 32 members include Finland, which joined in 2023": of when?
        if tense == "past" and len(years) != 1:
            continue  # "NATO had 30 members": when, the sentence does not say
        year = next(iter(years)) if tense == "past" else None
        if m.entity.label == "Framework":
            if tense == "past":
                continue  # a framework's count in a year: not read
            claim = RawClaim("partner_count", m.entity, m.entity, count=number[0])
        else:
            claim = RawClaim(
                "member_count", m.entity, m.entity, False, tense, year, count=number[0]
            )
        first -= t[first - 1 : first] == ["all"]  # "all 32 NATO Allies": the count, all of them
        out.append((claim, range(first, number[1])))
    return out


def sized_nato(tokens: Sequence[str], m: Match) -> int | None:
    """The count NATO is named by ("the 32-member alliance", "the thirty-two-nation
    alliance": 32; entities.NATO_SIZES); None for any other name."""
    if m.entity.label != "Organization":
        return None
    words = tuple(w for w in tokens[m.start + 1 : m.end - 2] if w != "-")
    return next((n for n, spelled in NATO_SIZES.items() if words in ((str(n),), spelled)), None)


def _joined_as_a_partner(s: Sentence) -> bool:
    """Whether NATO is named with "as" and a partner noun a few words after it ("joined NATO as
    a global partner", "as one of its partners", "Joins NATO as Partner")."""
    for m in s.matches:
        if m.entity.label != "Organization" or s.tokens[m.end : m.end + 1] != ["as"]:
            continue
        ahead = s.tokens[m.end + 1 : m.end + 6]
        if any(t in ("partner", "partners") for t in ahead):
            return True
    return False


# Verbs of an operation's run ("ISAF ran from 2001 to 2014", "Active Endeavour lasted until
# 2016"), the words that open its span, and those that close it.
_RAN = frozenset(("ran", "lasted", "operated", "continued", "endured"))
_SPAN_TO = frozenset(("to", "until", "till", "through", "-", "\u2013", "and"))
# Words before "since" that say an operation is running ("has been under way since 2016", "has
# run since 1999", "in operation since 2004", "KFOR, deployed since 1999,").
_RUNNING = frozenset(("way", "underway", "run", "running", "operating", "operation", "deployed",
                      "active"))  # fmt: skip


def _operation_spans(s: Sentence) -> list[RawClaim]:
    """An operation's run told as a span ("ISAF ran from 20 December 2001 to 28 December 2014",
    "... between 2009 and 2016"), its end alone ("Active Endeavour ran until 2016") or its start
    alone ("Sea Guardian has been under way since 2016", "KFOR has run since 1999"): its start
    and end claims, each judged as ``_operation_dates``'s are; a negation, a modal or a
    condition before a date makes no claim of it."""
    if not any(m.entity.label == "Operation" for m in s.matches):
        return []
    t = s.tokens
    inverted = t[0] in INVERTED
    out: list[RawClaim] = []

    def dated(lo: int, hi: int) -> tuple[int, tuple[int, ...]] | None:
        """The first date written in ``t[lo:hi]`` (where its year is, and what it is)."""
        for j in range(lo, min(hi, len(t))):
            date = _date_at(t, j, lo)
            if date is not None:
                return (j, date) if date and len(date) == 3 else None
        return None

    def claim(
        m: Match,
        at: tuple[int, tuple[int, ...]] | None,
        k: int,
        predicate: str,
        tense: str = "event",
    ) -> None:
        if at is None:
            return
        words = t[: at[0] + 1]
        if s.negated(words) or s.blocked(words) or _conditional(words) or inverted:
            return
        out.append(_launch_claim(s, m.entity, at[0], k + 1, at[1], predicate, tense))

    for k, word in enumerate(t):
        if word in _RAN:
            m = _launched_framework(s, k, label="Operation")
            if m is None or m.start > k:
                continue
            opening = t[k + 1] if k + 1 < len(t) else ""
            if opening in ("from", "between"):
                first = dated(k + 2, k + 6)
                if first is None or first[0] + 1 >= len(t) or t[first[0] + 1] not in _SPAN_TO:
                    continue
                claim(m, first, k, "operation_began")
                claim(m, dated(first[0] + 2, first[0] + 6), k, "operation_ended")
            elif opening in ("until", "till"):
                claim(m, dated(k + 2, k + 6), k, "operation_ended")
        elif word == "since" and k > 0:
            if t[k - 1] in _RUNNING:
                before = (
                    k
                    - 1
                    - (t[k - 2 : k] == ["under", "way"] or t[k - 2 : k] == ["in", "operation"])
                )
            else:
                # "KFOR has been in Kosovo since 1999": the verb before the place
                where = _where_it_runs(t, k)
                if where is None:
                    continue
                before = where
            m = _launched_framework(s, before, label="Operation")
            if m is not None and m.end <= before:
                # under way from then to now: an operation that has ended is out of date
                claim(m, dated(k + 1, k + 5), k, "operation_began", "since")
    return out


# The words before a place an operation is in from a date on ("KFOR has been in Kosovo since
# 1999", "deployed in Kosovo since 1999", "based in Iraq since 2018").
_BEING_THERE = frozenset(("been", "deployed", "based", "stationed", "present", "active"))


def _where_it_runs(t: Sequence[str], k: int) -> int | None:
    """Where the verb stands before the place of an operation's run that "since" at ``k``
    follows ("KFOR has been in Kosovo since 1999": the "been"), or None: a place of up to three
    words after "in", no mark or number among them ("has been in operation since" is read
    apart)."""
    at = next((j for j in range(k - 2, max(0, k - 5), -1) if t[j] == "in"), None)
    if at is None or at == 0 or t[at - 1] not in _BEING_THERE:
        return None
    if not all(w.isalpha() for w in t[at + 1 : k]) or t[at + 1 : k] == ["operation"]:
        return None
    return at - 1


def _conditional(fronted: Sequence[str]) -> bool:
    words = [t for t in fronted if t not in (",", "the", "even")]
    return bool(CONDITIONS.intersection(words)) or (len(words) == 1 and words[0] in INVERTED)


# Words that open a clause of time ("Until Ukraine joins NATO, ...", "when it joins NATO"), and
# the phrases that do the same ("by the time", "as soon as", "the moment", "as long as").
_TIME_OPENERS = frozenset(("until", "till", "when", "whenever", "before", "after"))
_TIME_PHRASES = (
    ("by", "the", "time"), ("as", "soon", "as"), ("the", "moment"), ("as", "long", "as"),
    ("the", "day"), ("no", "sooner", "than"),
)  # fmt: skip
# Present-tense verbs (and auxiliaries) that, in a clause of time, speak of what is to come
# ("until Ukraine joins NATO", "when Georgia becomes a member", "before it is admitted", "once
# they have joined"): a clause of time takes the present for the future.
_PRESENT_VERBS = frozenset(
    ("is", "are", "am", "has", "have", "does", "do", "join", "joins", "become", "becomes",
     "enter", "enters", "accede", "accedes", "sign", "signs", "take", "takes", "get", "gets",
     "gain", "gains", "remain", "remains", "stay", "stays", "leave", "leaves", "quit", "quits",
     "rejoin", "rejoins", "return", "returns")
)  # fmt: skip
_ADVERBS_BEFORE_A_VERB = frozenset(
    ("finally", "formally", "officially", "eventually", "actually", "ever", "really", "itself",
     "themselves", "both", "all", "too", "also")
)  # fmt: skip


def _future_clauses(tokens: Sequence[str], matches: Sequence[Match]) -> list[tuple[int, int]]:
    """The spans of clauses of time whose verb is in the present: "Until Ukraine joins NATO, it
    remains a PfP partner", "by the time Georgia joins NATO", "... until it joins NATO". Such a
    clause speaks of the future (the present stands for it there), so it makes no claim, and
    its subject and object are no claim of the clause around it either; in the past ("When
    Finland joined NATO in 2023, ...") a clause of time is read as any other. A span runs from
    the opening word to the clause's end (a comma, ";" or the sentence's end)."""
    countries = {m.start: m.end for m in matches if m.entity.label == "Country"}
    out: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        opener = t in _TIME_OPENERS
        width = next((len(p) for p in _TIME_PHRASES if tuple(tokens[k : k + len(p)]) == p), 0)
        if not (opener or width):
            continue
        j = k + (width or 1)
        if tokens[j : j + 1] == ["the"] and j + 1 in countries:
            j += 1
        if j in countries:
            j = countries[j]
            while j in countries or (
                tokens[j : j + 1] in ([","], ["and"], ["or"]) and j + 1 in countries
            ):
                j = countries.get(j, j + 1)  # "Ukraine and Georgia join"
        elif tokens[j : j + 1] in (["it"], ["they"]):
            j += 1
        elif tokens[j : j + 2] in (["the", "country"], ["both", "countries"]):
            j += 2
        else:
            continue
        while j < len(tokens) and tokens[j] in _ADVERBS_BEFORE_A_VERB:
            j += 1
        if j >= len(tokens) or tokens[j] not in _PRESENT_VERBS:
            continue
        end = next((e for e in range(j, len(tokens)) if tokens[e] in (",", ";", ".")), len(tokens))
        out.append((k, end))
    return out


def _restated(s: Sentence, m: Match) -> bool:
    """Whether ``m`` names again, in brackets, the entity named just before it: "the Partnership
    for Peace (PfP)", "Individual Partnership and Cooperation Programme (IPCP)"."""
    if not (m.start > 0 and s.tokens[m.start - 1] == "(" and s.tokens[m.end : m.end + 1] == [")"]):
        return False
    return any(o.end == m.start - 1 and o.entity == m.entity for o in s.matches)


def _date_window(s: Sentence, start: int, window_end: int) -> tuple[int, int]:
    """From an object to the next entity or clause break: where the object's dates are."""
    end = window_end
    start = _past_a_founding(s, start, end)
    for m in s.matches[s.first_from(start) :]:
        if m.start >= start:
            if m.entity.label == "Organization" and (
                s.tokens[m.start - 1] in ("with", "of")
                or tuple(s.tokens[m.start - 2 : m.start]) in (("with", "the"), ("of", "the"))
            ):
                # "agreed a programme with NATO in 2023", "became a global partner of NATO in
                # 2019": the date is still the object's
                continue
            if m.entity.label == "Organization" and (
                (s.tokens[m.end : m.end + 1] == ["'s"] and _rank(s.tokens[m.end + 1 : m.end + 3]))
                or (
                    m.start > 0
                    and _is_ordinal(s.tokens[m.start - 1])
                    and s.tokens[m.end : m.end + 1] != []
                    and s.tokens[m.end] in RANKED
                )
            ):
                continue  # "joined NATO in 2024, making it the Alliance's 32nd member": its rank
            if m.entity.label == "Country" and _companion_before(s, m.start):
                continue  # "joined NATO together with Albania in 2009": the date is theirs too
            if _restated(s, m):
                continue  # "joined the Partnership for Peace (PfP) in 1996": its acronym
            if m.start in s.places:
                continue  # "joined the PfP in Brussels, Belgium, in 1994": where, and when
            end = min(end, m.start)
            break
    k = start
    while k < end:
        t = s.tokens[k]
        if t in ("before", "after") and k + 1 < end and _date_at(s.tokens, k + 1, k + 1):
            k += 1
            continue  # "joined the MD before 2000": a date, not a new clause
        if t in ("before", "after"):
            past = _event_phrase_end(s, k, end)
            if past is not None:
                k = past
                continue  # "joined the MD after the Arab Spring, in 2012": the date is the join's
            return start, k + 1  # "joined the MD before Israel": a comparison, kept in view
        if t in CLAUSE_BREAKS or t in BARRIERS:
            return start, k
        if t == "," and k + 1 < end and s.tokens[k + 1] in ("and", "but", "while", "which", "when"):
            return start, k
        k += 1
    return start, end


# Participles of a body's making, set off after its name (", founded in 1949,"), and the words
# that may open such a phrase before them (", which was founded in 1949,", ", itself launched").
_MADE = LAUNCH_VERBS - {"introduced", "unveiled", "initiated"}
_MADE_OPENERS = frozenset(("which", "that", "was", "had", "been", "itself", "first", "originally"))


def _past_a_founding(s: Sentence, start: int, end: int) -> int:
    """Where the object's dates start after a phrase of its own making set off by a comma right
    after it ("joined NATO, founded in 1949, in 1952": 1952; "joined the PfP, launched in 1994 by
    NATO, in 1995": 1995, the names in the phrase passed over), or its end when the phrase runs to
    the window's end ("joined NATO, founded in 1949.": no date of the join, and the year left is
    listed); ``start`` when there is no such phrase."""
    k = start + 1
    if s.tokens[start : start + 1] != [","]:
        return start
    while k < end and s.tokens[k] in _MADE_OPENERS:
        k += 1
    if k >= end or s.tokens[k] not in _MADE:
        return start
    for j in range(k + 1, end):
        t = s.tokens[j]
        if t == ",":
            return j + 1
        if t in BARRIERS or t in (".", "!", "?", ":"):
            return j
    return end


def _event_phrase_end(s: Sentence, k: int, end: int) -> int | None:
    """Where the date after an event phrase of "before" or "after" at ``k`` begins: "after the
    Arab Spring, in 2012" (the date set off after it is the clause's). None when the phrase names
    anything the reader knows ("after Israel": a comparison) or holds a date of its own ("after
    the revolution of 2011"), or no ", in DATE" follows it."""
    comma = next((j for j in range(k + 1, min(end, k + 8)) if s.tokens[j] == ","), None)
    if comma is None or comma == k + 1 or s.tokens[comma + 1 : comma + 2] not in (["in"], ["on"]):
        return None
    if any(k < m.start < comma for m in s.matches) or any(
        _date_at(s.tokens, j, k + 1) is not None for j in range(k + 1, comma)
    ):
        return None
    if comma + 2 >= end or not _date_at(s.tokens, comma + 2, comma + 1):
        return None
    return comma + 1


def _own_clause(s: Sentence, start: int, subject: int) -> int:
    """Where the subject's own clause begins in the words before it: past the last ", and" or
    ", but" that joins it to a clause before ("Austrian soldiers have served in KFOR since 1999,
    and Austria is a PfP partner": 1999 is the first clause's date, not the partnership's)."""
    for k in range(subject - 1, start, -1):
        if (
            s.tokens[k] in ("and", "but")
            and s.tokens[k - 1] == ","
            and _has_a_verb(s.tokens[start:k])
        ):
            return k + 1
    return start


def _has_a_verb(words: Sequence[str]) -> bool:
    """Whether words hold a clause of their own ("Austrian soldiers have served in KFOR since
    1999"), not only phrases ("In 1999, after the Kosovo war"): a finite verb or one that stands
    with one (``_FINITE``, below), or a past form."""
    return any(
        w in _FINITE or w in PAST_WORDS or w in EVENT_WORDS or (len(w) > 4 and w.endswith("ed"))
        for w in words
    )


def _forward(
    s: Sentence,
    group: list[Match],
    window_end: int,
    clause_start: int = 0,
    carried: Sequence[str] = (),
) -> list[RawClaim]:
    """Subject-first claims: "Japan is a member of PAG", "Israel is a NATO member". ``carried``:
    the verb the subject takes from the one before it when it has none of its own (see
    ``_gapped_verb``)."""
    out: list[RawClaim] = []
    g_end = group[-1].end
    denied = _denied(s, group, clause_start)
    objects = []
    for i in range(s.first_from(g_end), len(s.matches)):
        m = s.matches[i]
        if m.start >= window_end:
            break
        if m.end <= window_end and m.entity.label in ("Framework", "Organization", "Threat"):
            if s.unasserted_at(m.start) and not s.unasserted_at(group[0].start):
                # "Ukraine remains a PfP partner until it joins NATO", "..., despite claims that
                # it joined the PfP": what the clause of another's position or of a time to come
                # names is no object of the subject outside it
                continue
            objects.append((i, m))
    claimable = [
        m
        for i, m in objects
        if m.entity.label == "Framework"
        # "2009: Japan joins NATO's partners across the globe": NATO's names no object of its own
        or (m.entity.label == "Organization" and not _possessive_modifier(s, i))
    ]
    fronted = (
        (_own_clause(s, clause_start, group[0].start), group[0].start)
        if len(claimable) == 1
        else None
    )
    shares = _respective(s, group, objects, window_end)
    if shares == {}:
        return out  # "Algeria and Qatar joined the MD, the ICI and the PfP respectively"
    # "NATO suspended Russia's participation in the PfP in 2014": a verb before the subject acts
    # on its part in the frameworks after it. A suspension is NATO's when NATO (or "the Allies")
    # is named as the one who suspended (nato_suspended), else a passive one (was_suspended); an
    # end or a return ("NATO restored Malta's participation") makes no claim of them at all.
    ahead = s.words(clause_start, group[0].start)
    before = set(ahead)
    acted_on = (
        ("nato_suspended" if _nato_acts(s, clause_start, group[0].start) else "was_suspended")
        if SUSPEND_WORDS & before
        else "blocked"
        if (LEAVE_WORDS | RESUME_WORDS) & before
        else ""
    )
    if acted_on and _a_clause_of_its_own(s, clause_start, group[0].start, g_end, window_end):
        # "NATO suspended all practical cooperation with Russia in 2014, and Belarus's
        # participation in the PfP was suspended in 2021": the verb before acts on its own
        # object; the subject after ", and" has a clause and a verb of its own
        acted_on = ""
    # "NATO never suspended Belarus's participation in the PfP", "NATO may suspend ...": the
    # suspension before the subject is denied (then so is the claim), or only a possibility
    # (then there is none); a denial of something else before it ("NATO did not hesitate to
    # suspend ...") leaves the reader unsure what is denied: no claim either
    acted_denied = False
    if acted_on in ("nato_suspended", "was_suspended"):
        suspends = next(
            k for k in range(clause_start, group[0].start) if s.tokens[k] in SUSPEND_WORDS
        )
        denial_from = suspends
        while denial_from > clause_start and s.tokens[denial_from - 1] in _BEFORE_A_DENIED_VERB:
            denial_from -= 1
        acted_denied = s.negated(s.tokens[denial_from:suspends])
        if _hedged(ahead) or s.negated(s.tokens[clause_start:denial_from]):
            acted_on = "blocked"
    prev_end, prev_state, prev_boundary = (
        g_end,
        "",
        g_end,
    )  # prev_state: "", "negated", "blocked", "resumed", or a LEAVING predicate
    prev_label = ""
    prev_aux: list[str] = []  # the auxiliaries of the last object's link ("had been")
    run_start = g_end  # where the first object of the list the current object is in begins
    consumed: set[int] = set()
    # "Georgia, which signed up to the PfP in 1994, is not a NATO member": the main clause's
    # verb comes after the aside, and links the subject to the objects after it
    link_start, aside_end = g_end, _aside_end(s, g_end, window_end)

    def claim(
        predicate: str,
        obj: Entity,
        link: Sequence[str],
        negated: bool,
        at: Match,
        lead: tuple[int, int] | None = None,
    ) -> list[RawClaim]:
        # an object in an aside after the subject takes its dates from the aside alone ("Russia,
        # a PfP partner, has been suspended since 2014": 2014 is the main clause's)
        inside = aside_end is not None and at.end < aside_end
        window = _date_window(s, at.end, aside_end - 1 if inside and aside_end else window_end)
        if predicate == "cooperates_on" and _area_lead(s, *window) is not None:
            window = (window[0], window[0])  # "on terrorism and, since 2016, on ...": the next's
        share = shares.get(obj, _UNSHARED) if shares is not None else _UNSHARED
        if share is None:
            return []  # in the clause "respectively" shares out, but not among what it pairs
        made = []
        for k, c in enumerate(group):
            index, count, dates = k, len(group), window
            if share is not _UNSHARED:
                if len(group) > 1 and share.place != k:
                    continue  # "respectively": the object is another subject's
                if not share.readable:
                    continue  # "the MD and the EOP in 1995 respectively": the counts differ
                if share.dates is not None:  # "the MD and the EOP in 1995 and 2014 respectively"
                    index, count, dates = share.place, share.among, share.dates
                else:  # "the ICI in 2004 and the MD in 1995, respectively": its own
                    index, count = 0, 1
            aspect = (
                _aspect(
                    s,
                    link,
                    dates,
                    fronted,
                    index,
                    count,
                    respective=share.dates is not None,
                    lead=lead,
                )
                if predicate in ("partner_in", "partner_of", "member_of", "cooperates_on", *CHANGES)
                else _tense_only(link)
            )
            after = s.tokens[window[0] : window[1]]  # the words where the object's dates are
            if predicate == "cooperates_on":
                said = _cooperation_aspect(link, aspect, negated, after)
                if said is None:
                    continue
                aspect = said
            if (
                predicate in ("partner_in", "partner_of", "cooperates_on")
                and _tells_a_start(link)
                and _returning([*link, *after])
            ):
                continue  # "began taking part in the PfP again in 2008": a return, not a start
            if (
                predicate in ("partner_in", "partner_of")
                and aspect.tense in ("present", "since")
                and not negated
                and _nominal(s, at, {m.entity for m in group}, aside_end)
            ):
                # "Russia remains a PfP member, although its cooperation is suspended", "Russia, a
                # PfP partner since 1994, has been suspended since 2014": a partner in name, which
                # the sentence says itself; no claim of taking part now, but of joining (then)
                aspect = replace(aspect, tense="event")
            if (
                inside
                and predicate in ("partner_in", "partner_of")
                and aspect.tense == "since"
                and not negated
                and aside_end is not None
                and _told_in_the_past(s, aside_end, window_end)
            ):
                # "Estonia, a PfP partner since 1994, joined NATO in 2004": the aside speaks of
                # the time of the main clause's past event, as "which had been a PfP partner since
                # 1994" does: a partner from 1994 until then, not still one now
                aspect = replace(aspect, tense="event", began=True)
            if (
                predicate in ("partner_in", "partner_of")
                and aspect.tense in ("present", "since")
                and not negated
                and _in_name(link, at)
            ):
                # "Russia, still formally a PfP partner, has been suspended since 2014", "a PfP
                # partner in name only": no claim of taking part now, nor of a year the words of
                # the main clause may give; the sentence is listed
                continue
            if (
                predicate in ("partner_in", "partner_of", "member_of")
                and not negated
                and (aspect.year is not None or aspect.years)
                and aspect.until is None
                and _dates_back(at)
            ):
                # "Georgia's membership of the PfP dates back to 1996": the start, a join then
                # ("to the 2000s": a join in one of those years, not a part in one of them)
                aspect = replace(aspect, tense="event", throughout=False)
            if (
                predicate in ("partner_in", "partner_of", "member_of")
                and not negated
                and aspect.tense == "past"
                and aspect.until is None
                and (aspect.year is not None or aspect.years)
                and _made_one(s, group[0].start, link)
            ):
                # "helped make Sweden one of NATO's Enhanced Opportunities Partners in 2016": made
                # one then, as "was named an EOP in 2014" is, not one at that date
                aspect = replace(aspect, tense="event")
            if (
                predicate in ("partner_in", "partner_of")
                and not negated
                and aspect.tense == "present"
                and _until_it_left(after)
            ):
                # "Finland, a PfP partner until it joined NATO in 2023, ...": a state that ended
                # when the clause after "until" says, not one now
                aspect = replace(aspect, tense="past")
            if predicate == "partner_in" and aspect.tense == "present" and _signed_only(link, at):
                # "Russia formally remains a PfP signatory": it signed, and never withdrew; that
                # says nothing of taking part now (NATO suspended Russia's in 2014)
                aspect = replace(aspect, tense="event")
            if _checkable(predicate, aspect, negated):
                made.append(RawClaim(predicate, c.entity, obj).with_aspect(aspect, negated))
        return made

    def _in_name(link: Sequence[str], at: Match) -> bool:
        """Whether the words around a partnership make it one in name: "still formally a PfP
        partner", "technically a partner", "a PfP partner in name only", "only on paper"."""
        if IN_NAME_WORDS.intersection(link[-4:]):
            return True
        after = " ".join(s.tokens[at.end : at.end + 6])
        return any(p in after for p in IN_NAME_PHRASES)

    def _dates_back(at: Match) -> bool:
        """Whether the words after the object give its start: "dates back to", "dates from",
        "goes back to", "traces back to"."""
        after = s.tokens[at.end : at.end + 4]
        if after[:1] and after[0] in _START_NOUNS:
            after = after[1:]  # "Jordan's Dialogue membership dates back to 1994"
        return (
            after[:1] in (["dates"], ["date"], ["dated"], ["dating"])
            and after[1:2] in (["back"], ["from"])
        ) or (
            after[:1] in (["goes"], ["go"], ["went"], ["traces"], ["trace"])
            and after[1:2] == ["back"]
        )

    def _signed_only(link: Sequence[str], at: Match) -> bool:
        """Whether the only word of taking part is one of signing ("a PfP signatory")."""
        said = (PART_WORDS | PART_TAIL).intersection([*link, *s.tail(at.end)])
        return bool(said) and said <= _SIGNING

    for i, m in objects:
        if i in consumed:
            continue
        if aside_end is not None and m.start >= aside_end > link_start:
            link_start = prev_end = prev_boundary = aside_end
            prev_state, prev_label = "", ""
        label = m.entity.label
        if label == "Framework" and _named_as(s.tokens, m.start):
            continue  # "Australia, Japan, ..., known as the IP4, have attended": a name, no join
        if label == "Organization" and (_possessive_modifier(s, i) or _attributive(s, i)):
            # the trigger before "NATO's", or before "NATO" of "a NATO partner in the MD", belongs
            # to the framework after it
            continue
        if label == "Organization" and _non_nato(s, m):
            prev_end = m.end  # "a non-NATO ally": the words up to "ally" say nothing about NATO
            while prev_end < window_end and s.tokens[prev_end] in MEMBER_TAIL | {"major", "key"}:
                prev_end += 1
            prev_state = "blocked"
            continue
        link = s.words(link_start, m.start)
        local = s.words(prev_end, m.start)
        joined_to_previous = prev_end != link_start and (
            s.is_list(prev_end, m.start)
            # "joined the MD in 1995 and the ICI in 2004": each object with its own date, NATO
            # after a dated framework too ("joined the PfP in 2000 and NATO in 2004": Croatia's
            # false NATO year had passed listed as read in part only)
            or (
                prev_label == "Framework"
                and label in ("Framework", "Organization")
                and _dated_joiner(s, prev_end, m.start)
            )
        )
        if not joined_to_previous or prev_end == link_start:
            run_start = m.start  # the first object of a list that shares one verb
        blocked = (
            s.blocked(_left_behind(local))
            or (joined_to_previous and prev_state == "blocked")
            # "Israel to join NATO" (a headline): an infinitive says what is to come
            or (local[:1] == ["to"] and local[1:2] != [] and local[1] in JOIN_INFINITIVES)
        )
        negated = denied or s.negated(local) or (joined_to_previous and prev_state == "negated")
        trigger = link if joined_to_previous or prev_end == link_start else local
        if not joined_to_previous and prev_end != link_start:
            # "joined the PfP in 1994 and became a NATO member in 2004": the second verb phrase
            # of a coordination speaks for itself
            trigger = _coordinated(trigger)
            if (
                prev_label == label == "Framework"
                and prev_aux
                and "and" in s.tokens[prev_end : m.start]
                and set(trigger) <= _BARE_OBJECT
            ):
                # "had been a PfP partner since 1994 and an Enhanced Opportunities Partner since
                # 2014": a second object with no verb of its own takes the first's tense
                trigger = [*prev_aux, *trigger]
        elif carried and prev_end == link_start and set(trigger) <= _BARE_OBJECT:
            # "Finland joined NATO in 2023 and Sweden the PfP in 1994": a subject with no verb of
            # its own takes the verb (and tense) of the subject before it
            trigger = [*carried, *trigger]
        tail = s.tail(m.end)
        if label == "Framework" and joined_to_previous and prev_label == "Threat":
            # "on cyber defence and building integrity": a programme's name used as an area of
            # cooperation, not a framework the country joins
            prev_end, prev_boundary = m.end, m.end
            continue
        leaving: str | None = None
        # "Malta resumed its participation in the PfP in 2008": a return, not a join
        resumed = label == "Framework" and (
            (joined_to_previous and prev_state == "resumed")  # "rejoined the PfP and the EAPC"
            or _returns_to(s, trigger if joined_to_previous else _coordinated(trigger), m)
        )
        if label == "Framework" and (acted_on or resumed):
            if (
                acted_on in ("was_suspended", "nato_suspended")
                and not _hedged(local)
                # "NATO did not suspend ... lightly", "... at first": the denial may be of how
                # or when, not of the suspension; only a date may follow a denied one
                and not (acted_denied and not _a_date_at_most(s.tokens[m.end : window_end]))
            ):
                out += claim(acted_on, m.entity, trigger, negated or acted_denied, m)
            elif resumed and not acted_on and not blocked and not _hedged(local):
                out += claim("resumed", m.entity, trigger, negated, m)
            prev_state = acted_on or (
                ("negated" if negated else "resumed") if resumed else "blocked"
            )
            prev_end, prev_boundary, prev_label = m.end, m.end, label
            continue
        if label == "Framework" and not _hedged(local):
            if _leaves(trigger):
                leaving = _leaving(trigger)
                if leaving == "was_suspended":
                    # "Malta was suspended from the PfP by NATO in 1996"
                    leaving = _suspended_by(s, m.end, window_end)
            elif joined_to_previous and prev_state in LEAVING:  # "left the PfP and the EAPC"
                leaving = prev_state
        if label == "Framework":
            # "Jordan's Dialogue membership dates back to 1994": the country's part in the
            # framework, and when it began
            possessed = (
                trigger == ["'s"]
                and s.tokens[m.end : m.end + 1] != []
                and s.tokens[m.end] in _START_NOUNS
                and _dates_back(m)
            )
            says = (
                bool(PART_WORDS.intersection(trigger))
                or _ends_in(trigger)
                or (_copular(trigger) and (_tail_says(tail, PART_TAIL) or _names_partners(m)))
            )
            if possessed:
                says = True
            elif says and (_qualifies_a_noun(s.tokens, m.end) or _object_of_its_own(trigger)):
                # "Qatar joined ICI talks", "signed an ICI security agreement", "Kuwait signed an
                # agreement with the ICI": the verb has an object of its own, not the framework
                says = False
            after = [] if possessed else _verb_after(s, m.end, window_end)
            if (LEAVE_WORDS | RESUME_WORDS | HALT_WORDS).intersection(after):
                # "Russia's participation in the PfP has been suspended since April 2014": a
                # plain passive of suspension; anything else ("has never been suspended",
                # "calls for it to be suspended", "was resumed", a halt: "has been frozen since
                # 1996") makes no claim of taking part
                plain = set(after) <= _PASSIVE | PERFECT | PASSIVE_ADVERBS | SUSPEND_WORDS
                if says and not leaving and plain and SUSPEND_WORDS.intersection(after):
                    # "... was suspended by NATO in 1996": NATO named as the one who did it
                    leaving = _suspended_by(s, m.end + len(after), window_end)
                else:
                    says = False
            elif after and after[0] in _FINITE and s.tokens[m.start - 1 : m.start] != ["in"]:
                # "Israel joined the MD and the ICI was launched in 2004": the framework is the
                # subject of a clause of its own, not a second thing the country joined
                says = False
            if leaving:
                out += claim(leaving, m.entity, trigger, negated, m)
            elif says and not blocked:
                out += claim("partner_in", m.entity, trigger, negated, m)
            prev_boundary = m.end
        elif label == "Organization":
            if joined_to_previous and prev_label == "Framework":
                # "joined the PfP and NATO", "is a member of the PfP and NATO": NATO takes the
                # verb before the first object ("joined the"), unless it opens a clause of its
                # own ("joined the PfP and NATO is ...")
                after = _verb_after(s, m.end, window_end)
                if after and after[0] in _FINITE:
                    prev_end, prev_boundary = m.end, m.end
                    prev_state, prev_label = "blocked", label
                    continue
                trigger = s.words(link_start, run_start)
            between = s.words(prev_boundary, m.start)
            blocked = (
                blocked
                or s.blocked(_left_behind(between))
                # "joined NATO again in 1980": of a part of it (no Ally has left), unread
                or s.tokens[m.end : m.end + 1] == ["again"]
                or _possessed_membership(trigger, group[-1].text.lower() in ("its", "their"))
            )
            negated = negated or s.negated(between)
            says = (
                (_member_of_it(trigger) or _in_it(trigger)) and _ends_noun_phrase(s.tokens, m.end)
            ) or (
                # "is a NATO member", and "became an Ally" (NATO's word for a member, which
                # stands for NATO itself: analyse.py)
                _copular(trigger)
                and (_tail_says(tail, MEMBER_TAIL) or m.text in ("Ally", "Allies"))
            )
            if (
                not says
                and _taken_in(s, group[0].start, trigger)
                and _ends_noun_phrase(s.tokens, m.end)
            ):
                # "NATO welcomed Finland into the Alliance in 2023": admitted, by whoever
                says, trigger = True, ["admitted", *trigger]
                negated = negated or s.negated(s.tokens[clause_start : group[0].start])
            if _stays_outside(trigger) and not s.blocked(trigger[:-1]):
                # "Austria and Ireland have stayed outside NATO": a negative membership claim
                says, blocked, negated = True, False, True
            if _leaves_nato(s, trigger, local, m):
                # "France left NATO in 1966": a member no longer, from then (no Ally has left);
                # "Hungary never left NATO": a member now
                back = _returned_in(s, m.end, window_end)
                for c in claim("member_of", m.entity, trigger, False, m):
                    if negated:
                        out.append(_member_now(c))
                    elif back is not None and (left_in := c.year or min(c.years, default=0)):
                        # "France quit NATO in 1966 but rejoined in 2009": out of it between
                        # the two, a member again after (a timeline's "1966-2009: ..." dates
                        # the same span)
                        out.append(_no_member_between(c, left_in, back))
                    elif back is not None:
                        # "France quit NATO but rejoined in 2009": out of it from a time the
                        # sentence does not give; not "no member now", which its return denies
                        continue
                    else:
                        out.append(_no_member_since(c))
            elif says and not blocked and not _partner_not_member(trigger):
                out += claim("member_of", m.entity, trigger, negated, m)
            elif not blocked and _partner_of_it(s, trigger, m):
                # "Russia is an active NATO partner", "a partner of NATO": of NATO at large
                out += claim("partner_of", m.entity, trigger, negated, m)
        else:  # a threat: cooperation with NATO on it
            between = s.words(prev_boundary, m.start)
            blocked = s.blocked(between)
            negated = denied or s.negated(between)
            run = _threat_run(s, i, window_end)
            consumed.update(run)
            area_before = s.matches[i - 1] if i else None
            lead = (
                _area_lead(s, area_before.end, m.start)
                if area_before is not None and area_before.entity.label == "Threat"
                else None
            )
            if (
                s.mentions_nato
                and COOP_WORDS.intersection(link)
                and not blocked
                and _names_an_area(s.words(_last_object_end(s, m.start, link_start), m.start))
                # "cooperates with Russia on hybrid threats", "as China's cyber attacks": another
                # country's, not the subject's with NATO
                and not any(
                    o.entity.label == "Country"
                    and link_start <= o.start < m.start
                    and s.tokens[o.start - 1] in _WITH_A_PARTNER
                    for o in s.matches
                )
            ):
                for k in run:
                    out += claim("cooperates_on", s.matches[k].entity, link, negated, m, lead)
            m = s.matches[run[-1]]
            prev_boundary = m.end
        prev_end = m.end
        prev_state = leaving or ("blocked" if blocked else "negated" if negated else "")
        prev_label = label
        prev_aux = [t for t in trigger if t in _AUXILIARIES]
    return out


# Words that, between a country's cooperation and a threat, make the threat no area of it
# ("works with NATO, despite Russian propaganda"), and words after a comma that lead to an area
# of it (", notably on terrorism", ", for example in cyber defence").
_NO_AREA = frozenset(
    ("despite", "spite", "amid", "although", "though", "while", "whereas", "but", "because",
     "after", "before", "when", "even", "said", "says", "claimed", "claims", "reported")
)  # fmt: skip
_TO_AN_AREA = frozenset(
    ("on", "in", "against", "including", "includes", "include", "such", "like", "notably",
     "especially", "particularly", "mainly", "chiefly", "from", "for", "of", "to", "countering",
     "counter", "combating", "combatting", "fighting", "tackling", "covering", "covers")
)  # fmt: skip


# Words before a country that make it the one cooperated with ("cooperates with Russia on").
_WITH_A_PARTNER = frozenset(("with", "alongside", "and"))


def _area_lead(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The words between two areas of one cooperation (from where the first ends to where the
    next begins) when they hold a date set off after the joiner, which is the next area's own:
    "on counter-terrorism and, since 2016, on border security" (not terrorism's). A date before
    the joiner is the first area's ("on terrorism since 2004 and on cyber defence")."""
    if start >= end or s.tokens[start] not in ("and", "or", ","):
        return None
    if not any(m.start == end and m.entity.label == "Threat" for m in s.matches):
        return None
    dated = any(_date_at(s.tokens, k, start + 1) is not None for k in range(start + 1, end))
    return (start + 1, end) if dated else None


def _last_object_end(s: Sentence, start: int, default: int) -> int:
    """Where the last match before ``start`` that is no threat ends (NATO, a framework): the
    words from there lead to the threat, over any threat named on the way ("as China's cyber
    attacks", China being an area too)."""
    return max(
        (o.end for o in s.matches if o.end <= start and o.entity.label != "Threat"),
        default=default,
    )


def _names_an_area(between: Sequence[str]) -> bool:
    """Whether the words between a country's cooperation and a threat lead to it as an area of
    that cooperation: not "despite", nor a comma that opens another phrase (", a propaganda
    outlet said")."""
    if _NO_AREA.intersection(between) or any(
        t == "as" and between[k - 1 : k] != ["such"] for k, t in enumerate(between)
    ):
        return False  # "even as cyber attacks rise", ", as China's ... multiply"; not "such as"
    breaks = [k for k, t in enumerate(between) if t in (",", "and")]
    if not breaks:
        return True
    after = between[breaks[-1] + 1 :]
    if not after:  # the next item of a list the words opened ("on terrorism, ... and cyber")
        return bool(_TO_AN_AREA.intersection(between))
    return bool(_TO_AN_AREA.intersection(after))


# Finite verbs that, right after a framework, make it the subject of a clause of its own.
_FINITE = frozenset(
    ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "shall", "should", "must", "did", "does", "do", "began", "begun", "started", *LAUNCH_VERBS)
)  # fmt: skip


def _dated_joiner(s: Sentence, start: int, end: int) -> bool:
    """ "in 1995 and the", "since March 1994, and the": the first object's date, then a list's
    joiners, between two objects of one verb."""
    words = s.tokens[start:end]
    if len(words) < 3 or words[0] not in ("in", "on", "since"):
        return False
    k = 1
    while k < len(words) and (words[k] in DATE_FILLERS or words[k].isdigit()):
        k += 1
    dated = any(_date_at(s.tokens, start + j, start) is not None for j in range(1, k))
    rest = words[k:]
    return dated and "and" in rest and all(w in LIST_JOINERS for w in rest)


_SIGNING = frozenset(("signatory", "signatories", "signed"))


class _Share(NamedTuple):
    """An object's part in what "respectively" shares out: its ``place`` among the ``among``
    objects it pairs (the subject in the same place takes it, when several are paired), and
    where its date is read: ``dates``, the window of the last object when that holds a list of
    as many dates ("the MD and the EOP in 1995 and 2014 respectively": the place-th), else its
    own window (None); ``readable`` is False when the dates cannot be shared out (their count
    differs from the objects'), and no claim is made."""

    place: int
    among: int
    dates: tuple[int, int] | None
    readable: bool


_UNSHARED = _Share(-1, 0, None, True)  # an object "respectively" does not share out
# words after a comma that start a new clause: "..., respectively, and both cooperate on ..."
_CLAUSE_JOINS = frozenset(("and", "but", "while", "which", "when", "whereas"))


def _respective(
    s: Sentence, group: list[Match], objects: list[tuple[int, Match]], window_end: int
) -> dict[Entity, _Share | None] | None:
    """What "respectively" shares out after a subject, by order: several subjects with as many
    objects ("Algeria and Qatar joined the MD and the ICI respectively": Algeria the MD, Qatar
    the ICI), and one subject's objects with as many dates ("Jordan joined the MD and the EOP
    in 1995 and 2014 respectively"). The objects paired are those of the clause that ends on
    "respectively", between the subject (or that clause's start) and it ("..., and both
    cooperate on terrorism" after it is the group's as a whole), or, when "respectively"
    follows the subject, those up to the end of its clause ("Algeria and Qatar respectively
    joined ..."); areas alone when the clause names one ("cooperate with NATO on terrorism and
    energy security respectively").

    {object: its share}, None for another object of that clause (no claim); objects outside it
    are read as usual. None when the clause has no "respectively", or it pairs several subjects
    with the dates of one object ("Finland and Sweden joined NATO in 2023 and 2024
    respectively", which ``_aspect`` shares out). {} when it is there but no pairing can be
    read (the counts differ, one object for one subject, a name twice): no claim at all, and
    the sentence is listed as not checked, rather than every subject read with every object."""
    g_end = group[-1].end
    marks = [k for k in range(g_end, window_end) if s.tokens[k] == "respectively"]
    if not marks:
        return None
    shares: dict[Entity, _Share | None] = {}
    # "Finland and Sweden, which both signed up to the PfP in May 1994, joined the Alliance in
    # 2023 and 2024 respectively": an aside right after the subjects is no part of the clause
    # that "respectively" shares out; its objects are read as usual, with its own dates
    aside = _aside_end(s, g_end, window_end)
    begin = aside if aside is not None and aside < marks[0] else g_end
    for r in marks:
        start = _clause_begin(s, objects, begin, r)
        clause = [(i, m) for i, m in objects if m.start >= start and m.end <= r]
        if not clause and r == begin + s.tokens[begin:r].count(","):
            # "Algeria and Qatar, respectively, joined the MD and the ICI"
            end = _clause_end(s, objects, r + 1, window_end)
            clause = [(i, m) for i, m in objects if m.start > r and m.end <= end]
        begin = r + 1
        threats = [m for _, m in clause if m.entity.label == "Threat"]
        named = threats or [
            m
            for i, m in clause
            if not (m.entity.label == "Organization" and _possessive_modifier(s, i))
        ]
        entities = list(dict.fromkeys(m.entity for m in named))
        if len(entities) != len(named) or any(e in shares for e in entities):
            return {}  # a name twice: which is whose is not read
        if len(group) > 1 and len(entities) == 1:
            window = _date_window(s, named[0].end, window_end)
            if _dates_in(s, window) < 2:
                return {}  # "Israel and Qatar are partners in the MD respectively"
            continue  # "Finland and Sweden joined NATO in 2023 and 2024 respectively"
        if len(entities) < 2 or (len(group) > 1 and len(entities) != len(group)):
            return {}  # "Algeria, Qatar and Japan joined the MD and the ICI respectively"
        for _, m in clause:
            shares.setdefault(m.entity, None)
        windows = [_date_window(s, m.end, window_end) for m in named]
        windows[-1] = _date_list(s, windows[-1], window_end)
        counts = [_dates_in(s, w) for w in windows]
        if not any(counts[:-1]) and counts[-1] == len(named):
            listed: tuple[int, int] | None = windows[-1]  # "in 1995 and 2014 respectively"
            readable = True
        else:
            # undated, or each with its own date ("the ICI in 2004 and the MD in 1995,
            # respectively"); any other count is not shared out
            listed = None
            readable = not any(counts) or all(c == 1 for c in counts)
        for place, e in enumerate(entities):
            shares[e] = _Share(place, len(entities), listed, readable)
    return shares or None


def _date_list(s: Sentence, window: tuple[int, int], window_end: int) -> tuple[int, int]:
    """The window of the last object "respectively" pairs, on over a list of dates with a
    comma before its "and" ("in 1995, 2014, and 2004, respectively"), which ends a window."""
    start, end = window
    while (
        end + 2 < window_end
        and s.tokens[end : end + 2] == [",", "and"]
        and any(
            _date_at(s.tokens, k, end) is not None for k in range(end + 2, min(end + 4, window_end))
        )
    ):
        end = max(end + 3, _date_window(s, end + 2, window_end)[1])
    return start, end


def _dates_in(s: Sentence, window: tuple[int, int]) -> int:
    return sum(_date_at(s.tokens, k, window[0]) is not None for k in range(*window))


def _clause_break(s: Sentence, objects: list[tuple[int, Match]], k: int) -> bool:
    """Whether a new clause starts at token ``k``: a word of a clause ("which", "but", ";"), or
    a comma before "and" (and the like) unless a list of objects or dates goes on after it
    ("the MD, the ICI, and the PfP", "in 1995, 2004, and 1994")."""
    t = s.tokens[k]
    if t in CLAUSE_BREAKS or t in BARRIERS:
        return True
    if t != "," or k + 1 >= len(s.tokens) or s.tokens[k + 1] not in _CLAUSE_JOINS:
        return False
    if any(_date_at(s.tokens, j, k + 1) is not None for j in range(k + 2, k + 4)):
        return False
    following = next((m for _, m in objects if m.start > k), None)
    return following is None or not s.is_list(k, following.start)


def _clause_begin(s: Sentence, objects: list[tuple[int, Match]], begin: int, r: int) -> int:
    """Where the clause that ends on "respectively" at ``r`` starts, from ``begin`` on."""
    for k in range(r - 1, begin - 1, -1):
        if _clause_break(s, objects, k):
            return k + 1
    return begin


def _clause_end(s: Sentence, objects: list[tuple[int, Match]], start: int, end: int) -> int:
    for k in range(start, end):
        if _clause_break(s, objects, k) or s.tokens[k] == "respectively":
            return k
    return end


def _a_date_at_most(tail: Sequence[str]) -> bool:
    """Whether ``tail`` (the words after an object, to the clause's end) holds at most its date
    ("in 2014", "until November 2021", "on 1 April 2014") and marks."""
    return all(
        t in _DATE_TAIL_WORDS or t in MONTHS or t.isdigit() or not t[:1].isalnum() for t in tail
    )


_DATE_TAIL_WORDS = frozenset(("in", "on", "since", "until", "till", "by", "the", "of", "year"))
# The words that may stand between a denial and the verb it denies: "did not suspend", "has
# never yet suspended".
_BEFORE_A_DENIED_VERB = NEGATORS | frozenset(
    ("did", "does", "do", "has", "have", "had", "was", "were", "ever", "yet", "still", "so", "far")
)


def _nato_acts(s: Sentence, start: int, end: int) -> bool:
    """Whether NATO is the subject of the verb of suspension before a subject: "NATO suspended",
    "the Alliance suspended", "the Allies suspended", "NATO, after talks, suspended"; not "NATO's
    partners", nor NATO named in another clause or phrase before it ("In 1996, as NATO prepared
    to enlarge, the government suspended", "After talks with the Allies, Malta suspended")."""
    verb = next((k for k in range(start, end) if s.tokens[k] in SUSPEND_WORDS), None)
    if verb is None:
        return False
    # the verb's subject: the stretch before it back to a comma, walking back over asides that
    # open with a preposition or a clause's word ("NATO, after talks, suspended")
    hi = verb
    while True:
        lo = next((k + 1 for k in range(hi - 1, start - 1, -1) if s.tokens[k] in (",", ";")), start)
        words = s.tokens[lo:hi]
        aside = not words or words[0] in PREPOSITIONS | CLAUSE_BREAKS | {"as", "following"}
        if not aside or lo == start:
            break
        hi = lo - 1
    if aside or "'s" in words:
        return False
    return bool({"alliance", "allies"}.intersection(words)) or any(
        m.entity.label == "Organization" and lo <= m.start and m.end <= hi for m in s.matches
    )


def _a_clause_of_its_own(s: Sentence, start: int, first: int, after: int, end: int) -> bool:
    """Whether a subject (from ``first`` to ``after``) opens a clause of its own after the verb of
    leaving or suspension between ``start`` and it: a comma and a conjunction, or a semicolon,
    stand between that verb and the subject, and a verb follows the subject ("NATO suspended
    cooperation with Russia, and Belarus's participation was suspended"). Not a subject that
    takes the verb before it for want of its own ("NATO suspended Russia's participation in
    2014, and Belarus's in 2021", "NATO suspended Russia's and Belarus's participation")."""
    verbs = [k for k in range(start, first) if s.tokens[k] in SUSPEND_WORDS | LEAVE_WORDS]
    if not verbs:
        return False
    between = s.tokens[verbs[-1] + 1 : first]
    broken = ";" in between or any(
        between[k] == "," and between[k + 1] in ("and", "but", "while", "whereas")
        for k in range(len(between) - 1)
    )
    return broken and _has_a_verb(s.tokens[after:end])


def _suspended_by(s: Sentence, at: int, end: int) -> str:
    """The claim a passive suspension makes with the agent after it at ``at``: "by NATO", "by the
    Allies", "by the North Atlantic Council" name NATO (``nato_suspended``); any other agent, or
    none, leaves it a suspension by whoever (``was_suspended``)."""
    if s.tokens[at : at + 1] != ["by"]:
        return "was_suspended"
    k = at + 1
    while k < end and s.tokens[k] in ("the", "its", "nato", "nato's", "'s"):
        if any(m.start == k and m.entity.label == "Organization" for m in s.matches):
            return "nato_suspended"
        k += 1
    if k < end and (
        s.tokens[k] in ("allies", "alliance", "council")
        or s.tokens[k : k + 3] == ["north", "atlantic", "council"]
        or any(m.start == k and m.entity.label == "Organization" for m in s.matches)
    ):
        return "nato_suspended"
    return "was_suspended"


def _verb_after(s: Sentence, start: int, window_end: int) -> list[str]:
    """The words after an object up to its first date, "and" or comma: where a passive verb says
    what became of the subject's part in it ("participation in the PfP has been suspended")."""
    lo, hi = _date_window(s, start, window_end)
    out: list[str] = []
    for k in range(lo, hi):
        if s.tokens[k] in VERB_AFTER_ENDS or _date_at(s.tokens, k, lo) is not None:
            break
        out.append(s.tokens[k])
    return out


def _leaves(trigger: Sequence[str]) -> bool:
    """ "withdrew from the", "suspended its participation in the", "left the": a partner leaving
    the framework that follows; "was left out of" is not leaving, nor is a leaving word in an
    earlier verb phrase ("left its neutrality behind and joined the")."""
    last = _coordinated(trigger)
    out_of = any(
        w in LEAVE_OUT_OF and last[k + 1 : k + 3] == ["out", "of"] for k, w in enumerate(last)
    )
    return out_of or (bool(LEAVE_WORDS.intersection(last)) and not LEAVE_NOT.intersection(last))


def _leaving(trigger: Sequence[str]) -> str:
    """Which claim of leaving a trigger makes: ``left``; ``suspended``, the subject's own act
    ("suspended its participation in"); ``was_suspended``, a passive one ("was suspended
    from", "has been temporarily suspended from")."""
    last = _coordinated(trigger)
    at = next((k for k, t in enumerate(last) if t in SUSPEND_WORDS), None)
    if at is None:
        return "left"
    return "was_suspended" if _PASSIVE.intersection(last[max(0, at - 2) : at]) else "suspended"


def _hedged(tokens: Sequence[str]) -> bool:
    """A modal, a hope or an exception other than the leaving itself ("may leave")."""
    return any(t in MODALS or (t in BLOCKERS and t not in LEAVE_WORDS) for t in tokens) or _halts(
        tokens
    )


# Words that may stand between a halt and the end of the words before its object: "froze the",
# "halted its" (the framework named next is what it halts).
_HALT_TO_OBJECT = frozenset(("the", "its", "their", "all", "a", "an"))


def _halts(tokens: Sequence[str]) -> bool:
    """A halt of a partnership among ``tokens``: "froze its participation in", "cooperation was
    halted", "suspended and froze the" (its object named next); not "a frozen conflict" or "severed
    diplomatic ties with Russia", which act on something else."""
    for k, t in enumerate(tokens):
        if t not in HALT_WORDS:
            continue
        if HALT_OBJECTS.intersection(tokens[k + 1 : k + 4]) or HALT_OBJECTS.intersection(
            tokens[max(0, k - 4) : k]
        ):
            return True
        if all(w in _HALT_TO_OBJECT for w in tokens[k + 1 :]):
            return True
    return False


# Words that open an aside after a subject: a relative clause, an apposition, a participle.
_ASIDE_OPENERS = frozenset(
    ("which", "who", "whose", "a", "an", "the", "once", "long", "itself", "themselves", "one")
)
_ASIDE_MAX = 25  # tokens


def _aside_end(s: Sentence, start: int, end: int) -> int | None:
    """Where a comma-bounded aside right after a subject ends (the token after its closing comma).

    "Georgia, which signed up in 1994, is ...", "Jordan, a partner since 1995, works ...": the
    aside must open with a relative pronoun or an article and close with a comma before ``end``
    and before any other country, so a list of countries is never taken for one. An aside that
    names nothing the reader knows may open with any word ("Georgia, after years of planning,
    joined", "Moldova, home to a frozen conflict, has"): its words are no link of the claim.
    """
    if start + 1 >= end or s.tokens[start] != ",":
        return None
    opened = s.tokens[start + 1] in _ASIDE_OPENERS
    country = next(
        (m.start for m in s.matches[s.first_from(start + 1) :] if m.entity.label == "Country"),
        end,
    )
    stop = min(end, start + _ASIDE_MAX, country)
    for k in range(start + 2, stop):
        if s.tokens[k] in CLAUSE_BREAKS - {"which", "who", "whose"} or s.tokens[k] == ";":
            return None
        if s.tokens[k] == ",":
            if k + 1 >= end:
                return None
            return k + 1 if opened or _plain_aside(s, start + 1, k) else None
    return None


# Words that open an aside of time or circumstance: "Georgia, after years of planning, joined".
_PHRASE_OPENERS = PREPOSITIONS | {"after", "before", "following", "despite", "during", "amid"}


def _plain_aside(s: Sentence, start: int, end: int) -> bool:
    """Whether the words of an aside, opened by no word of ``_ASIDE_OPENERS``, may be passed
    over: they name nothing the reader knows and give no date, and (unless a phrase opens them)
    hold no word that withholds or denies ("Georgia, perhaps, joined", "Georgia, critics say,
    joined" keep their words in the link)."""
    words = s.tokens[start:end]
    if words[:1] == ["also"] and len(words) > 1:
        # "Serbia, also shown in light blue, has been ...": "also" before a participle, no list
        # (a name after it is refused below, as a list's is)
        words = words[1:]
    if not words or words[0] in LIST_JOINERS or any(start <= m.start < end for m in s.matches):
        return False
    if _relative_date(words) or any(
        _date_at(s.tokens, k, start) is not None for k in range(start, end)
    ):
        return False  # "Georgia, since 1996, has been", "Kuwait, two decades ago, joined": the claim's date
    if words[0] in _PHRASE_OPENERS:
        return True
    withholding = MODALS | HEDGES | NEGATORS | CONTESTED | HEARSAY_VERBS | {_WITHHELD}
    return not withholding.intersection(words)


def _left_behind(local: Sequence[str]) -> list[str]:
    """A trigger without the leaving words of a verb phrase before the one of joining that
    governs the object: "Sweden left its neutrality behind and joined NATO", "Ukraine quit the
    CIS and joined the PfP" join; the leaving is of something else. Any other trigger as it is
    ("left the PfP", "left and never joined")."""
    last = _coordinated(local)
    if len(last) == len(local) or not MEMBER_WORDS.intersection(last) or NEGATORS & set(last):
        return list(local)
    head = list(local[: len(local) - len(last)])
    left = [k for k, t in enumerate(head) if t in LEAVE_WORDS]
    if not left or any(not set(head[k + 1 :]) - _NO_OBJECT for k in left):
        # "Belarus left and joined the PfP", "was suspended and then joined": a leaving with no
        # object of its own is of the object after, and blocks as it did
        return list(local)
    return [t for t in head if t not in LEAVE_WORDS] + last


# Words after a leaving verb that give it no object of its own ("left and joined", "was
# suspended, then joined").
_NO_OBJECT = frozenset(("and", "then", ",", "but", "later", "subsequently", "again", "soon"))


def _coordinated(trigger: Sequence[str]) -> list[str]:
    """The words after the last "and" (or "but": "a PfP partner but also a NATO member") of a
    trigger whose first part is a clause of its own."""
    last = max((k for k, t in enumerate(trigger) if t in ("and", "but")), default=None)
    return list(trigger) if last is None else list(trigger[last + 1 :])


# Auxiliaries a second object of a coordination that is a bare noun phrase (_BARE_OBJECT) shares
# with the first ("had been a PfP partner since 1994 and an Enhanced Opportunities Partner since
# 2014"); "and still counts as", "and now a" say a tense of their own.
_AUXILIARIES = frozenset(("had", "has", "have", "was", "were", "is", "are", "been", "be", "will"))
_BARE_OBJECT = frozenset(("a", "an", "the", "its", "their"))


_SLOT_ENDS = (
    frozenset({",", ";", ".", "!", "?", ":", ")"})
    | DASHES
    | CLAUSE_BREAKS
    | {
        "and",
        "or",
        "yet",
    }
)
_LOCAL_BREAKS = frozenset({",", ";", "but", "and", "yet", "while", "whereas", "though"})


# "became members in 2023", "are full members": a plural membership noun after a verb of being or
# becoming (a singular one after "a": ``IMPLIED_NOUNS``)
_NOUN_LEADS = frozenset(("a", "an", "full", "founding"))
_BEFORE_MEMBERS = frozenset(
    ("full", "founding", "formal", "now", "both", "all", "also", "already", "officially",
     "formally", "still", "not", "n't", "never", "yet")
)  # fmt: skip
_BEING = frozenset(
    ("became", "become", "becomes", "becoming", "are", "were", "been", "be", "remain", "remained")
)


def _bare_member(tokens: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` is "member" after "a" ("became a member", "a full member") or
    "members" after a verb of being or becoming ("became members", "are full members")."""
    t = tokens[k]
    if t in IMPLIED_NOUNS:
        return k > 0 and tokens[k - 1] in _NOUN_LEADS
    if t != "members":
        return False
    j = k - 1
    while j >= 0 and tokens[j] in _BEFORE_MEMBERS:
        j -= 1
    return j >= 0 and tokens[j] in _BEING


def _slot_end(tokens: Sequence[str], end: int) -> int | None:
    """Where the object slot of a verb or noun ending at ``end`` ends when the text leaves it
    empty (only dates and small words, "in 1995", "too", up to the clause's end); None when the
    word has an object of its own ("joined the talks", "a member of the OSCE")."""
    slot_end = end
    while slot_end < len(tokens) and (
        tokens[slot_end] not in _SLOT_ENDS
        # "joined on June 22, 2006": the comma inside a date
        or (
            tokens[slot_end] == ","
            and slot_end + 1 < len(tokens)
            and _year(tokens[slot_end + 1]) is not None
            and (tokens[slot_end - 1] in MONTHS or _day(tokens[slot_end - 1]) is not None)
        )
        # "was the last to sign up, in February 2002": the verb's date set off after it
        or (slot_end == end and _date_set_off(tokens, slot_end))
    ):
        word = tokens[slot_end].rstrip(".")
        if word == ",":
            slot_end += 1
            continue
        if not (word in IMPLIED_SLOT or word in MONTHS or word.isdigit() or word in _QUOTES):
            break
        slot_end += 1
    if slot_end < len(tokens) and tokens[slot_end] not in _SLOT_ENDS:
        return None
    return slot_end


def _date_set_off(tokens: Sequence[str], k: int) -> bool:
    """Whether a comma at ``k`` sets off the date after it: ", in February 2002", ", on 10 May"."""
    return (
        tokens[k : k + 1] == [","]
        and tokens[k + 1 : k + 2] in (["in"], ["on"])
        and any(
            _date_at(tokens, j, k + 2) is not None for j in range(k + 2, min(k + 5, len(tokens)))
        )
    )


def unstated_membership(tokens: Sequence[str]) -> bool:
    """Whether a sentence calls its subject a member, or says it became one, of a body it does not
    name ("Both Finland and Sweden became members in 2023", "Finland became a member"): what
    such a sentence claims, the reader takes only from a body the sentence before was about."""
    lower = [t.lower() for t in tokens]
    return any(
        _bare_member(lower, k) and _slot_end(lower, k + 1) is not None for k in range(len(lower))
    )


_SIGNED = frozenset(("signed", "signs"))
_CAME = frozenset(("came", "comes"))


def _came_in(tokens: Sequence[str], end: int, stop: int) -> bool:
    """Whether "came" at ``end - 1`` is "came in", joining ("came in on 11 January 1995", "came in
    too"), not "came in 1995" (arrived that year) or "came in second"."""
    if end + 1 >= stop or tokens[end] != "in":
        return False
    after = tokens[end + 1].lower() if end + 1 < len(tokens) else "."
    return after in _SLOT_ENDS or (
        after in IMPLIED_SLOT and after not in ("first", "second", "the", "once")
    )


def _last_body_named(s: Sentence, k: int) -> Match | None:
    """The last framework or NATO named before ``k`` as what a verb with no object of its own
    takes: not NATO as the subject of a relative clause ("the ICI, which NATO launched in 2004,
    and Oman never took up the invitation": the ICI's)."""
    for i in range(s.first_from(k) - 1, -1, -1):
        m = s.matches[i]
        if m.end > k or m.entity.label not in ("Framework", "Organization"):
            continue
        if m.entity.label == "Organization" and s.tokens[m.start - 1 : m.start] in (
            ["which"],
            ["that"],
        ):
            continue
        return m
    return None


def _implied(
    s: Sentence, group: list[Match], window_end: int, topic: Entity | None, found: list[RawClaim]
) -> list[RawClaim]:
    """A joining verb or "a member" whose object the text leaves unstated: "X joined in 1995",
    "Y and Z were invited in 2004 but have not joined", "and Sweden became a member in 2024".

    The object is the last framework (or NATO) the sentence names before the
    verb, else ``topic``, the one the sentence before was about. The verb's
    object slot must be empty: only dates and small words ("in 1995", "too",
    "later") up to the end of the clause, so "joined the talks" or "a member
    of the OSCE" make no claim. A country that already has a claim on that
    object in this sentence gets no second one ("was a PfP partner until 2017,
    when it became a member" speaks of another membership).
    """
    out: list[RawClaim] = []
    g_end = group[-1].end
    stop = next(
        (m.start for m in s.matches[s.first_from(g_end) :] if m.entity.label == "Country"),
        window_end,
    )
    stop = min(stop, window_end)
    for k in range(g_end, stop):
        t = s.tokens[k]
        went = t == "went" and s.tokens[k + 1 : k + 2] == ["first"]
        verb = t in IMPLIED_VERBS or t in IMPLIED_EVENT or t in _CAME or went
        noun = _bare_member(s.tokens, k)
        if not (verb or noun) or k in s.covered:
            continue
        end = k + 1
        framework_only = False  # a verb that joins a framework, never NATO
        if t in _SIGNED and (end >= stop or s.tokens[end] != "up"):
            # "Lithuania signed on 27 January 1994" in a text on the PfP: its framework document;
            # a NATO one signs is an accession protocol, not membership
            framework_only = True
        elif t in _CAME:
            if not _came_in(s.tokens, end, stop):
                continue
            framework_only = True  # "Belarus came in on 11 January 1995"
            end += 1
        elif went:
            framework_only = True  # "Kuwait went first, in December 2004": the first to join
            end += 1
        elif t in ("sign", "signs", "signed", "took", "take", "takes", "taking", "taken"):
            if end >= stop or s.tokens[end] not in ("up", "part"):
                continue  # "signed up", "took part": not "sign" or "took" alone
            end += 1
        slot_end = _slot_end(s.tokens, end)
        if slot_end is None:
            continue  # the verb has an object of its own
        after_and = (
            s.tokens[slot_end + 1 : slot_end + 3]
            if s.tokens[slot_end : slot_end + 1] == ["and"]
            else []
        )
        if after_and and (_year(after_and[0]) or (after_and[0] == "in" and _year(after_and[-1]))):
            continue  # "Bahrain, Kuwait and Qatar joined in 2004 and 2005": whose date is whose?
        if t in IMPLIED_EVENT and _NOT_JOINING.intersection(
            w.lower() for w in s.tokens[: group[0].start]
        ):
            # "NATO suspended Russia's participation in the PfP in 2014, and Belarus's followed
            # in 2021": it followed into the suspension, not into the PfP (it was read as a join)
            continue
        last = _last_body_named(s, k)
        earlier = [last.entity] if last else []
        obj = earlier[-1] if earlier else topic
        before = {m.entity for m in s.matches[: s.first_from(group[0].start)]}
        if t in IMPLIED_EVENT and not earlier and any(e.label == "Country" for e in before):
            # "Kuwait joined in 2004, and Qatar followed in 2005": it follows the clause before
            # it into what that clause joined; "Japan adopted one in 2023; New Zealand
            # followed": that went unread, and so does this
            followed = [
                c.object
                for c in found
                if c.subject in before
                and c.predicate in ("partner_in", "member_of")
                and not c.negated
            ]
            if not followed:
                continue
            obj = followed[-1]
        if obj is None or (framework_only and obj.label != "Framework"):
            continue
        # NATO is the object of a bare "joined" only where the text speaks of membership: one
        # "joined" partnerships with NATO too ("NATO's ties with Russia began in 1991; Russia
        # joined in 1994" means the PfP); a topic carried over has been checked for it already
        if (
            obj.label == "Organization"
            and earlier
            and not (noun or t == "acceded" or speaks_of_membership(s.tokens[:k]))
        ):
            continue
        if noun and obj.label != "Organization":
            # "became members in 1999", "it became a member in 1999" after a sentence on the PfP
            # (or in one that names it) most often mean NATO: a framework is never read into the
            # bare noun (true sentences were contradicted as PfP joins); it is listed instead
            continue
        if obj.label == "Organization" and t in (
            "participate",
            "participates",
            "participated",
            "participant",
            "participants",
        ):
            # one takes part in a framework, one is a member of NATO: "Russia is, on paper,
            # still a participant" after a sentence on NATO's members is no claim of membership
            continue
        if obj.label == "Organization" and t == "followed" and earlier:
            # "NATO launched the PfP, and Romania followed": NATO named before it in the
            # sentence is no body it followed into (the sentence before's joining of NATO is)
            continue
        if any(c.object == obj and c.subject in {m.entity for m in group} for c in found):
            continue
        local_start = g_end
        for j in range(k - 1, g_end - 1, -1):
            if s.tokens[j] in _LOCAL_BREAKS:
                local_start = j + 1
                break
        local = s.words(local_start, k)
        if s.blocked(local):
            continue
        negated = s.negated(local)
        link = [*local, "joined" if t in IMPLIED_EVENT or t in _CAME or went else t]
        predicate = "member_of" if obj.label == "Organization" else "partner_in"
        # "2009: Albania and Croatia follow.", "In 1995, Jordan joined.": a date opening the
        # sentence right before the subject dates its clause
        opening = _opening_date(s)
        fronted = (
            (0, group[0].start)
            if opening is not None and set(s.tokens[opening[0] : group[0].start]) <= {"the"}
            else None
        )
        for i, c in enumerate(group):
            aspect = _aspect(s, link, (end, slot_end), fronted, i, len(group))
            if _checkable(predicate, aspect, negated):
                out.append(RawClaim(predicate, c.entity, obj).with_aspect(aspect, negated))
        break
    return out


_MEMBERSHIP_TALK = MEMBER_WORDS | {"accession", "enlargement", "enlarged"}


def speaks_of_membership(tokens: Sequence[str]) -> bool:
    """Whether words speak of membership ("members", "accession", "enlargement")."""
    return any(t.lower() in _MEMBERSHIP_TALK for t in tokens)


# A verb of making that puts its object in a state ("made Jordan an Enhanced Opportunities
# Partner in 2014"), and the words that may open the state it names ("a", "one of", "NATO's").
_MAKE = frozenset(("make", "made", "makes", "making"))
_MADE_ONE_OPENERS = frozenset(("a", "an", "one", "the", "its", "nato", "nato's"))


def _made_one(s: Sentence, start: int, link: Sequence[str]) -> bool:
    """Whether the subject at ``start`` is the object of a verb of making and the link names what
    it was made: "helped make Sweden one of NATO's Enhanced Opportunities Partners in 2016", "The
    summit made Jordan an EOP in 2014": it became one then. Not a subject of its own ("Sweden made
    a contribution"), nor a degree of it ("made Sweden a closer partner of NATO in 2016"), nor
    another verb after it ("made Finland rethink its place in the PfP")."""
    if start == 0 or s.tokens[start - 1] not in _MAKE:
        return False
    if link and link[0] not in _MADE_ONE_OPENERS:
        return False
    return not any(
        t in ("more", "less", "most", "closer", "stronger", "better", "bigger", "greater")
        or t in PART_WORDS
        or t in EVENT_WORDS
        for t in link
    )


# Verbs of the clause after "until" that end a state in the past ("a PfP partner until it
# joined NATO in 2023", "until they became Allies").
_ENDED_BY = frozenset(
    ("joined", "became", "acceded", "entered", "left", "quit", "withdrew", "was", "were",
     "gained", "won")
)  # fmt: skip


def _until_it_left(after: Sequence[str]) -> bool:
    """Whether the words after an object say its state ended, in a clause after "until" in the
    past: "(Finland, a PfP partner) until it joined NATO in 2023", "until they became Allies".
    Not a clause of the present, which speaks of the future ("until it joins NATO"), nor a date
    ("until 2023", read as the state's end already)."""
    for j, t in enumerate(after[:3]):
        if t in UNTIL:
            clause = after[j + 1 : j + 4]
            return (
                bool(clause)
                and not clause[0][:1].isdigit()
                and bool(_ENDED_BY.intersection(clause))
            )
        if not t.isalpha():
            return False
    return False


def _told_in_the_past(s: Sentence, aside_end: int, end: int) -> bool:
    """Whether the main clause after an aside tells the past in its verb: "(Estonia, a partner
    since 1994,) joined NATO in 2004", "became an Ally", "was admitted", not "is now a member",
    "has since joined" or "works with NATO"."""
    stop = next((m.start for m in s.matches if aside_end <= m.start < end), end)
    words = s.words(aside_end, stop)
    verb = set(words)
    if words[:1] and words[0] in HISTORIC_PRESENT and _opening_date(s) is not None:
        # a timeline's "2019 - (North Macedonia, a PfP partner since 1995,) joins as the 30th
        # Ally": its present tells the past event of its date
        return True
    if verb & (PERFECT | _PRESENT_VERBS | MODALS):
        return False
    if verb & (EVENT_WORDS | PAST_WORDS):
        return True
    # any other verb in the simple past first: "(Belarus, a PfP partner since 1995,) lost its
    # access in November 2021", "hosted an exercise in 2019"
    first = next((w for w in words if w.isalpha() and not w.endswith("ly")), "")
    return first.endswith("ed") or first in _IRREGULAR_PAST


_IRREGULAR_PAST = frozenset(
    ("lost", "left", "sent", "took", "gave", "broke", "fell", "froze", "won", "got", "made",
     "held", "met", "saw", "began", "went", "came", "fought", "flew", "led", "sought", "kept",
     "built", "stood", "spent", "paid", "put", "set", "cut", "shut", "quit", "ran", "wrote",
     "chose", "drew", "grew", "bore", "brought", "bought", "thought", "told", "said", "found",
     "felt", "heard", "meant", "lent", "let", "rose", "shook", "struck", "swore", "tore", "wore")
)  # fmt: skip


def _link_words(link: Sequence[str]) -> set[str]:
    """The words of a link, but for a "once" that repeats rather than dates: "is, once again, an
    active participant" and "once more a partner" say it holds now, as it did before; only a bare
    "once" ("was once a partner") tells of the past."""
    words = set(link)
    if "once" in words and all(
        after in ("again", "more")
        for before, after in zip(link, [*link[1:], ""], strict=True)
        if before == "once"
    ):
        words.discard("once")
    return words


def _tense_only(link: Sequence[str]) -> Aspect:
    words = _link_words(link)
    if words & PAST_WORDS and not words & PERFECT:
        return Aspect("past")
    return PRESENT


# Words that may sit between a membership word and NATO: "joined the", "a member of", "admitted to".
_MEMBER_TO_NATO = frozenset(
    ("a", "an", "the", "of", "in", "to", "into", "its", "their", "full", "fully", "formally")
)


# "entered NATO", "entered the Alliance": a membership word only right before NATO.
_JOINS_NATO = MEMBER_WORDS | ENTER_WORDS


# The words that may stand between the object of a verb of TAKES_IN and the body ("into the",
# "as its 32nd").
_TAKEN_INTO = frozenset(("into", "as", "to", "the", "a", "an", "its", "full", "new", "newest"))


def _taken_in(s: Sentence, start: int, trigger: Sequence[str]) -> bool:
    """Whether the subject at ``start`` is the object of a verb taking it into the body named after
    it: "welcomed Finland into the Alliance", "admitted Montenegro as its 29th"."""
    return (
        start > 0
        and s.tokens[start - 1] in TAKES_IN
        and bool(trigger)
        and trigger[0] in ("into", "as", "to")
        and all(t in _TAKEN_INTO or _is_ordinal(t) for t in trigger)
    )


def _in_it(trigger: Sequence[str]) -> bool:
    """A copula and "in" before NATO: "Israel is in NATO", "are not in NATO"."""
    return trigger[-1:] == ["in"] and len(trigger) > 1 and _copular(trigger[:-1])


def _member_of_it(trigger: Sequence[str]) -> bool:
    """A membership word whose object is NATO ("joined NATO", "a member of NATO").

    In "Mauritania joined in 1995 and now works with NATO" the word "joined"
    has another (unstated) object: other words between it and NATO break the link.
    """
    last = max((k for k, t in enumerate(trigger) if t in _JOINS_NATO), default=None)
    if last is None:
        return False
    rest = trigger[last + 1 :]
    # "joined the ranks of NATO", "entered the ranks of the Alliance": its members as a whole
    ranks = [t for t in rest if t in FOLD_WORDS]
    return (
        len(rest) <= 3 + len(ranks)
        and len(ranks) <= 1
        and all(t in _MEMBER_TO_NATO or t in FOLD_WORDS or _is_ordinal(t) for t in rest)
        and (not ranks or rest[rest.index(ranks[0]) + 1 :][:1] == ["of"])
    )


# Words that may follow a noun phrase that NATO ends: "joined NATO in 2023", "entered the
# Alliance, which ..."; any other word is a noun NATO modifies ("entered NATO airspace").
_AFTER_NOUN_PHRASE = (
    PREPOSITIONS
    | CLAUSE_BREAKS
    | LIST_JOINERS
    | NEGATORS
    | set(MONTHS)
    | {"nor", "that", "then", "only", "too", "itself", "last", "this", "earlier", "together"}
    | {"along", "just", "soon", "shortly", "respectively", "officially", "formally", "again"}
    | SINCE
    | UNTIL
    | {"now", "today", "already", "yet", "ever", "once", "still", "is", "are", "was", "were"}
)


# What one joins NATO in or at without joining NATO: "joined NATO for talks", "at the summit".
_ACTIVITIES = frozenset(
    ("talks", "summit", "summits", "exercise", "exercises", "drills", "drill", "meeting",
     "meetings", "operation", "operations", "mission", "missions", "consultations",
     "discussions", "training", "patrols", "patrol", "statement", "statements", "efforts",
     "effort", "condemnation", "calls", "call", "sanctions")
)  # fmt: skip


# What a partner signs, agrees or joins that is not the framework itself ("signed an agreement
# with the ICI", "agreed a deal with the MD").
_AGREEMENTS = frozenset(
    ("agreement", "agreements", "accord", "accords", "deal", "deals", "memorandum", "treaty",
     "treaties", "pact", "contract", "contracts", "arrangement", "arrangements", "declaration",
     "document", "documents", "letter", "protocol", "protocols", "package")
)  # fmt: skip


# Nouns a framework's name may qualify that are not the framework ("its ICI programme", "the ICI
# ministerial", "an MD naval exercise"), beside agreements and activities.
_QUALIFIED_NOUNS = frozenset(
    ("programme", "programmes", "program", "programs", "menu", "course", "courses",
     "celebration", "anniversary", "ministerial", "conference", "seminar", "workshop", "centre",
     "center", "event", "events", "activities", "activity", "project", "projects")
)  # fmt: skip


def _qualifies_a_noun(tokens: Sequence[str], end: int) -> bool:
    """Whether the framework's name ending at ``end`` qualifies a noun after it, within three
    words ("ICI talks", "an ICI security agreement", "the ICI's regional centre courses"), which
    is then what a verb before it acts on."""
    after = list(tokens[end : end + 4])
    if after[:2] == ["framework", "document"]:
        return False  # "signed the PfP Framework Document": how a partner joins it
    if after[:1] == ["'s"]:
        if after[1:2] and after[1] in FOLD_WORDS:
            return False  # "joined the PfP's ranks"
        after = after[1:]
    for t in after[:3]:
        if t in _AGREEMENTS or t in _ACTIVITIES or t in _QUALIFIED_NOUNS:
            return True
        if not t.isalpha() or t in PREPOSITIONS or t in _AFTER_NOUN_PHRASE:
            return False
    return False


def _object_of_its_own(trigger: Sequence[str]) -> bool:
    """Whether the last verb of taking part before a framework has an object of its own
    ("signed an agreement with", "joined talks with"), so that the framework is not what it
    joined."""
    verbs = [k for k, t in enumerate(trigger) if t in PART_WORDS or t in EVENT_WORDS]
    return bool(verbs) and any(
        t in _AGREEMENTS or t in _ACTIVITIES for t in trigger[verbs[-1] + 1 :]
    )


def _ends_noun_phrase(tokens: Sequence[str], end: int) -> bool:
    """Whether the mention ending at ``end`` ends its noun phrase, so that it is the object of
    the verb before it: "entered NATO in 1952", not "entered NATO airspace", "the Alliance's
    orbit" or "NATO talks"."""
    if end >= len(tokens):
        return True
    after = tokens[end]
    if after in ("'s", "'") and tokens[end + 1 : end + 2] and tokens[end + 1] in FOLD_WORDS:
        return _ends_noun_phrase(tokens, end + 2)  # "joined NATO's ranks": joined NATO
    if after in ("'s", "'", "-"):
        return False
    if after in ("in", "on") and tokens[end + 1 : end + 2] and tokens[end + 1].endswith("ing"):
        return False  # "joined NATO in condemning the invasion": joined its act, not it
    if after in ("in", "on", "at", "for"):
        nxt = [t for t in tokens[end + 1 : end + 4] if t not in ("a", "an", "the", "its", "joint")]
        if nxt and nxt[0] in _ACTIVITIES:
            return False  # "joined NATO at the summit", "for talks", "in an exercise"
    return not after[:1].isalpha() or after in _AFTER_NOUN_PHRASE or after.endswith("ly")


_STAY = frozenset(
    ("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "kept")
)


# Nouns of a country's membership that, after its name and "'s", make the country their owner,
# not the subject of the clause ("Ukraine's membership of NATO is a long way off", "Sweden's
# accession to NATO was delayed until 2024"): what the clause says is said of the membership.
_MEMBERSHIP_NOUNS = frozenset(
    ("membership", "accession", "entry", "admission", "integration", "joining", "enlargement")
)


def _possessed_membership(trigger: Sequence[str], pronoun: bool = False) -> bool:
    """Whether the words from a subject to NATO open with the subject's membership noun ("'s
    membership of", "'s accession to", "'s NATO membership"; after "its" or "their", standing
    for the country, ``pronoun``: "membership of"): the country owns the noun, and its clause
    says something of the membership (delayed, blocked, a long way off), which is no claim that
    the country is or was a member; the sentence is listed as not checked instead."""
    if pronoun:
        return any(t in _MEMBERSHIP_NOUNS for t in trigger[:2])
    return trigger[:1] in (["'s"], ["'"]) and any(t in _MEMBERSHIP_NOUNS for t in trigger[1:3])


def _stays_outside(trigger: Sequence[str]) -> bool:
    """ "have stayed outside", "remains outside", "is outside" (NATO): not a member."""
    words = [t for t in trigger if not t.endswith("ly")]
    return (
        len(words) >= 2
        and words[-1] == "outside"
        and all(t in COPULA or t in _STAY for t in words[:-1])
    )


def _ends_in(trigger: Sequence[str]) -> bool:
    """ "Japan is in PfP", "are in the MD", "work with NATO as partners across the globe"."""
    words = [t for t in trigger if t not in ("the", "a", "an", "now", "already", "also", "still")]
    if words and words[-1] == "as":
        return True
    if len(words) < 2 or words[-1] != "in":
        return False
    k = len(words) - 2
    while k > 0 and (words[k] in NEGATORS or words[k] in _BEING_IN_ADVERBS):
        k -= 1  # "is not in the ICI", "is no longer in", "has never been in"
    return words[k] in _BEING_IN


# The verbs of being in a body ("has been in the PfP since 1995"), and the words that may stand
# between one and "in" ("is not in", "are no longer in", "was never in").
_BEING_IN = frozenset(
    ("is", "are", "was", "were", "been", "remain", "remains", "remained", "stay", "stays",
     "stayed")
)  # fmt: skip
_BEING_IN_ADVERBS = frozenset(("longer", "yet", "ever", "any", "more", "even"))


def _names_partners(m: Match) -> bool:
    """A framework whose name says who is in it: "are partners across the globe", "an Enhanced
    Opportunities Partner"."""
    text = m.text.lower()
    return text.startswith(
        ("partner", "global partner", "contact countr", "indo-pacific partner")
    ) or text.endswith((" partner", " partners"))


# Words that may qualify "partner" without saying anything the checker would have to check: "an
# active NATO partner", "one of NATO's closest partners"; not a rank ("NATO's newest partner"),
# nor a kind of partner the data may not mean ("a strategic partner", "a global partner").
_PARTNER_ADJECTIVES = frozenset(
    ("active", "key", "close", "closer", "closest", "important", "valued", "trusted", "reliable",
     "official", "formal", "longstanding", "long-standing", "long-time", "longtime", "most", "more",
     "current", "full", "fully", "'s", "-")
)  # fmt: skip
_PARTNER_NOUNS = frozenset(("partner", "partners"))
# What "partner" may be followed by: "a partner country", "NATO partner nations".
_PARTNER_HEADS = frozenset(("country", "countries", "nation", "nations", "state", "states"))
# Words that may follow the partner noun phrase, ending it: a date, a new clause, an adverb of
# time; anything else makes it a partner of some kind or place ("a NATO partner in the Gulf", "a
# partner in counter-piracy", "NATO partners such as Jordan") that the checker does not read.
_AFTER_PARTNER = frozenset(
    ("since", "until", "till", "from", "today", "now", "again", "too", "already", "still", "and",
     "but", "yet", "though", "although", "while", "whereas", "which", "who", "whose", "that",
     "anymore", "either", "as", "when", "after", "before")
)  # fmt: skip
# Words of rank or order that a partner noun may carry ("NATO's newest partner", "the first
# NATO partner"): the order of partners is not checked, so no claim is made.
_PARTNER_RANKS = FOUNDING | frozenset(RANK_WORDS) | COMPARISONS | frozenset(("new", "former"))


def _partner_of_it(s: Sentence, trigger: Sequence[str], m: Match) -> bool:
    """Whether the subject is called a partner of NATO at large (``m`` is NATO), no framework
    named: "is an active NATO partner", "are NATO partners", "one of NATO's partners", "a
    partner of NATO", "became a NATO partner in 2012". The partner noun must end its phrase (a
    date, a clause or the sentence may follow, see ``_AFTER_PARTNER``): "a NATO partner in the
    Gulf" or "partner countries such as Jordan" are not read, nor is a rank ("NATO's newest
    partner") or "Ally" standing for NATO."""
    if m.text in ("Ally", "Allies") or _PARTNER_RANKS.intersection(trigger):
        return False
    if _PARTNER_NOUNS.intersection(trigger):
        # "a partner of NATO": copular words, the noun, "of" or "to" (and "the" of "the Alliance")
        words = list(trigger)
        while words and words[-1] == "the":
            words.pop()
        if len(words) < 3 or words[-1] not in ("of", "to") or words[-2] not in _PARTNER_NOUNS:
            return False
        head = [t for t in words[:-2] if t not in _PARTNER_ADJECTIVES]
        return _copular(head) and _ends_noun_phrase(s.tokens, m.end) and _ends_partner(s, m.end)
    if not _copular(trigger):
        return False
    k = m.end
    while k < len(s.tokens) and (s.tokens[k] in _PARTNER_ADJECTIVES or s.tokens[k].endswith("ly")):
        k += 1
    if k >= len(s.tokens) or s.tokens[k] not in _PARTNER_NOUNS:
        return False
    if _PARTNER_RANKS.intersection(s.tokens[m.end : k]):
        return False
    k += 1
    if k < len(s.tokens) and s.tokens[k] in _PARTNER_HEADS:
        k += 1
    return _ends_partner(s, k)


def _ends_partner(s: Sentence, k: int) -> bool:
    """Whether the partner noun phrase ends before token ``k``: the sentence ends, punctuation, a
    date ("in 2012", "in May 2012"), or a word that opens what comes next."""
    if k >= len(s.tokens) or not s.tokens[k][:1].isalnum():
        return True
    t = s.tokens[k]
    if t in _AFTER_PARTNER:
        return True
    if t in ("any", "no") and s.tokens[k + 1 : k + 2] in (["more"], ["longer"]):
        return True  # "is not a NATO partner any more"
    if t in ("in", "on", "by"):
        nxt = s.tokens[k + 1 : k + 2]
        if nxt and nxt[0] in ("the", "early", "mid", "late"):
            nxt = s.tokens[k + 2 : k + 3]
        return bool(nxt) and (
            nxt[0] in MONTHS
            or nxt[0] == "may."  # "in May 2012", read as the month (Sentence)
            or _year(nxt[0]) is not None
            or _DECADE.match(nxt[0]) is not None
        )
    return False


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


_COMPANION = (("together", "with"), ("along", "with"), ("alongside",))


def _companion_before(s: Sentence, start: int) -> bool:
    before = tuple(s.tokens[max(0, start - 2) : start])
    return any(before[-len(c) :] == c for c in _COMPANION)


def _companions(
    s: Sentence, group: list[Match], subjects: list[list[Match]], found: list[RawClaim]
) -> list[RawClaim]:
    """ "Israel joined the MD in 1995, together with Egypt and Tunisia": they make the same claims."""
    before = tuple(s.tokens[max(0, group[0].start - 2) : group[0].start])
    if not any(before[-len(c) :] == c for c in _COMPANION):
        return []
    lead = [g for g in subjects if g[-1].end <= group[0].start]
    if not lead:
        return []
    leaders = {m.entity for m in lead[-1]}
    # only what the leaders did in the clause the companions join: "joined NATO together with
    # Albania", not the PfP claim earlier in the sentence
    last = s.last_before(group[0].start, ("Framework", "Organization"))
    if last is None:
        return []
    return [
        replace(c, subject=m.entity)
        for c in found
        if c.subject in leaders and c.object == last.entity
        for m in group
    ]


_ELLIPSIS_HEADS = {"as": None, "so": None, "neither": True, "nor": True}  # None: as the lead
_ELLIPSIS_VERBS = frozenset(("is", "are", "was", "were", "does", "do", "did", "has", "have"))


def _elided(
    s: Sentence, group: list[Match], subjects: list[list[Match]], made: dict[int, list[RawClaim]]
) -> list[RawClaim]:
    """ "..., as is Uzbekistan", "Japan is not a member, and neither is Mongolia": the group
    makes the claims of the subject before it, negated after "neither" or "nor". "Neither" and
    "nor" echo what the clause before denies, so only its negated claims: "Ukraine, NATO's
    closest partner, is not an Ally, and neither is Georgia" does not deny that Georgia is a
    partner."""
    if not s.ellipsis_at(group[0].start):
        return []
    head = s.tokens[group[0].start - 2]
    after = s.tokens[group[-1].end : group[-1].end + 1]
    if after and after[0] not in (".", ",", ";", "!", "too"):
        return []  # "as is Uzbekistan's": the group opens a phrase of its own
    lead = [g for g in subjects if g[-1].end <= group[0].start - 2]
    if not lead:
        return []
    leaders = {m.entity for m in lead[-1]}
    # the claims of the lead's own clause: "Croatia joined NATO in 2009, as did Albania; it had
    # joined the PfP in 2000" says nothing of Albania's PfP (the "it" after it made that claim)
    found = made.get(lead[-1][0].start, [])
    negate = _ELLIPSIS_HEADS[head]
    # the verb echoed is the clause's right before the ellipsis: "Egypt cooperates with NATO on
    # counter-terrorism, and it is a major non-NATO ally of the United States, as are Israel and
    # Jordan" says nothing of Israel's counter-terrorism. A claim whose object is named only
    # before that clause's start is another clause's.
    opening = _clause_opening(s.tokens, group[0].start - 2)
    earlier = {m.entity for m in s.matches if m.start < opening}
    later = {m.entity for m in s.matches if opening <= m.start < group[0].start}
    if not later - leaders:
        # "..., and New Zealand followed in 2024, as did Mongolia": a clause of the leaders alone
        # goes on with the verb before it
        earlier = set()
    return [
        replace(c, subject=m.entity, negated=c.negated if negate is None else negate)
        for c in found
        if c.subject in leaders
        and (negate is None or c.negated)
        and not (c.object in earlier and c.object not in later)
        for m in group
    ]


def _clause_opening(tokens: list[str], head: int) -> int:
    """Where the clause that ends at ``head`` (an ellipsis's "as", "so", "neither" or "nor")
    opens: after the last "; " or ", and" / ", but" before it, not counting the one that joins
    the ellipsis itself (", and neither is Mongolia"); 0 when none."""
    stop = head
    while stop > 0 and tokens[stop - 1] in (",", "and", "but"):
        stop -= 1
    for k in range(stop - 1, 0, -1):
        if tokens[k] == ";" or (tokens[k] in ("and", "but") and tokens[k - 1] == ","):
            return k + 1
    return 0


class _Shared(NamedTuple):
    """A group of subjects that took the verb of the one before it, what it took, and the body
    of those claims: the lead of the next group of a list ("..., Greece in 1952 and Spain in
    1982"), read without walking back over the whole sentence for each."""

    group: list[Match]
    claims: list[RawClaim]
    body: Match | None


_BODIES = ("Framework", "Organization")


def _gapped(
    s: Sentence,
    group: list[Match],
    subjects: list[list[Match]],
    found: list[RawClaim],
    before: _Shared | None = None,
) -> list[RawClaim]:
    """ "Tajikistan joined the PfP in 2002 and Armenia in 1996", "Jordan had been an MD partner
    since 1995 and Mauritania since 1995", "Finland joined the PfP in 1994, and Sweden the same
    year", "Greece joined NATO in 1952, West Germany in 1955 and Spain in 1982": a group after
    "and" or a comma with only a date of its own, to the sentence's end or to more such groups
    (``_gaps_to_the_end``), makes the dated claims of the subject before it, with their verb and
    tense, at its own date ("the same year": theirs), and its own place among the Allies when
    it gives one ("and North Macedonia its 30th in March 2020"). The date must be given as
    theirs is: "since" after "since", "in" or "on" after "in" or "on" ("had been a partner since
    1995 and Mauritania in 1995" says not which). ``before``: what the group right before it
    took this way, its lead then."""
    start = group[0].start
    joiner = start - 1 - (s.tokens[start - 1 : start] == ["the"])  # "and the UAE in 2005"
    if joiner < 0 or s.tokens[joiner] not in ("and", ","):
        return []
    item = _gap_item(s, group)
    if item is None:
        return []
    kind, date, last_word = item.kind, item.date, item.last
    if not _gaps_to_the_end(s, last_word + 1):
        return []  # "and Armenia in 1996 joined the EAPC": a clause of its own
    same = date is None
    if before is not None:
        lead, pool, last = before.group, before.claims, before.body
    else:
        leads = [g for g in subjects if g[-1].end < start]
        if not leads:
            return []
        # the claims of the lead's last object only: "joined the PfP in 1994 and NATO in 2023,
        # and Sweden in 2024" says nothing of Sweden's PfP
        lead, pool, last = leads[-1], found, s.last_before(start, _BODIES)
    leaders = {m.entity for m in lead}
    kinds = _date_kinds(s, lead[-1].end, start)
    shared = [
        c
        for c in dict.fromkeys(pool)  # once each: a name listed again shares no claim twice
        if c.subject in leaders
        and (last is None or c.object == last.entity)  # None: the object left unstated
        and not c.negated
        and c.year is not None
        and c.until is None
        and c.tense in ("event", "past", "since")
        and kinds.get(c.year) == kind
        # "... its 29th in 2017, and North Macedonia its 30th": a place only after one
        and (item.rank is None or c.rank is not None)
    ]
    if same and len({c.year for c in shared}) != 1:
        return []  # "the same year" as which?
    out = []
    for c in shared:
        year, month, day = date if date else (c.year, 0, 0)
        out += [
            replace(
                c,
                subject=m.entity,
                year=year,
                month=month or None,
                day=day or None,
                years=(),
                core=(),
                until=None,
                # "became the 29th member in 2017 and North Macedonia in 2020": no place of its
                # own; "and North Macedonia its 30th in 2020": its own
                rank=item.rank,
            )
            for m in group
        ]
    return out


# A gapped clause's date by reference to the clause before: "and Sweden the same year".
_SAME_YEAR = (["the", "same", "year"], ["that", "same", "year"], ["that", "year"])
_GAP_ENDS = frozenset((".", "!", ";"))
# The words after a comma that open a clause of time or cause, which ends a list of gapped
# subjects as the sentence's end does: "Finland joined NATO in 2023 and Sweden in 2024, after
# Russia's invasion changed minds".
_GAP_SUBORDINATES = frozenset(("after", "when", "because", "following", "once", "as"))


class _Gap(NamedTuple):
    """What a subject with no verb of its own gives after it (``_gap_item``)."""

    kind: str  # "in" or "since", as its date is given
    date: tuple[int, ...] | None  # None for "the same year": the one before
    last: int  # where it ends: its date's last word
    rank: int | None  # "and North Macedonia its 30th in 2020": its own place among the Allies


def _gap_item(s: Sentence, group: list[Match]) -> _Gap | None:
    """What a subject with no verb of its own gives after it: its date, and a place of its own
    before it ("Armenia in 1996", "Mauritania since 1995", "Sweden the same year", "North
    Macedonia its 30th in March 2020"); None when anything else follows it, or a date of several
    years ("in the 1990s")."""
    end = group[-1].end
    rank: int | None = None
    if s.tokens[end : end + 1] in (["its"], ["the"], ["nato's"]) and _is_ordinal(
        s.tokens[end + 1] if end + 1 < len(s.tokens) else ""
    ):
        rank = int(s.tokens[end + 1][:-2])
        end += 2 + (s.tokens[end + 2 : end + 3] in (["member"], ["ally"]))
    rest = s.tokens[end : end + 3]
    same = next((len(p) for p in _SAME_YEAR if rest[: len(p)] == p), 0)
    if same:  # "and Sweden the same year": the year of the claim before
        return _Gap("in", None, end + same - 1, rank)
    if len(rest) < 2 or rest[0] not in ("in", "on", "since"):
        return None
    kind = "since" if rest[0] == "since" else "in"
    at = next(
        (k for k in range(end + 1, min(end + 5, len(s.tokens))) if _date_at(s.tokens, k, end + 1)),
        None,
    )
    date = _date_at(s.tokens, at, end + 1) if at is not None else None
    if not date or at is None or len(date) > 3:
        return None  # no date, or one of several years ("in the 1990s"): left unread
    if any(t not in MONTHS and _day(t) is None and t not in ("the", "of", ",")
           for t in s.tokens[end + 1 : at]):  # fmt: skip
        return None
    return _Gap(kind, date, at, rank)


def _gaps_to_the_end(s: Sentence, k: int) -> bool:
    """Whether the sentence ends at ``k``, or goes on with more subjects that have only a date
    of their own to its end: ", West Germany in 1955 and Spain in 1982.", "and Algeria in 2000."
    (a list of them shares the verb of the first subject, each with its own date). Each answer
    is kept for the sentence (``Sentence.gap_ends``), so a long list is walked once."""
    walked: list[int] = []
    while k not in s.gap_ends:
        walked.append(k)
        rest = s.tokens[k : k + 3]
        if all(s.tokens[i] in _GAP_ENDS for i in range(k, len(s.tokens))) or (
            rest[:1] == [","] and rest[1:2] and rest[1] in _GAP_SUBORDINATES
        ):
            s.gap_ends[k] = True
            break
        j = k + (rest[:2] == [",", "and"]) + 1
        j += s.tokens[j : j + 1] == ["the"]
        group = s.country_groups.get(j) if rest[:1] in ([","], ["and"]) else None
        item = _gap_item(s, group) if group is not None else None
        if item is None:
            s.gap_ends[k] = False
            break
        k = item.last + 1
    answer = s.gap_ends[k]
    for at in walked:
        s.gap_ends[at] = answer
    return answer


def _date_kinds(s: Sentence, start: int, end: int) -> dict[int, str]:
    """The word each year between ``start`` and ``end`` is given with: "since" ("since 1995"), or
    "in" ("in 1995", "on 12 March 1999"); another word ("until 2017", "before 2000") is neither."""
    kinds: dict[int, str] = {}
    for k in range(start, end):
        date = _date_at(s.tokens, k, start)
        if not date:
            continue
        back = k - 1
        while back >= start and (
            s.tokens[back] in DATE_FILLERS or _day(s.tokens[back]) is not None
        ):
            back -= 1
        word = s.tokens[back] if back >= start else ""
        kind = "since" if word in SINCE else "in" if word in ("in", "on") else "?"
        kinds.setdefault(date[0], kind)
    return kinds


def _gapped_verb(
    s: Sentence, lead: list[Match], group: list[Match], found: list[RawClaim]
) -> list[str]:
    """The verb a subject after "and" takes from the subject before it when its clause has none
    of its own, only an object: "Finland joined NATO in 2023 and Sweden the PfP in 1994",
    "Jordan had been an MD partner since 1995 and Mauritania an ICI partner since 2004". It is
    the words from the lead to its first object, its article left out; none when the lead made
    no plain claim, or its words deny, withhold or hold more than a verb."""
    start = group[0].start
    if s.tokens[start - 1 : start] != ["and"]:
        return []
    leaders = {m.entity for m in lead}
    if not any(c.subject in leaders and not c.negated for c in found):
        return []
    bodies = ("Framework", "Organization")
    after_lead = s.matches[s.first_from(lead[-1].end) :]
    first = next((m for m in after_lead if m.start < start and m.entity.label in bodies), None)
    if first is None:
        return []
    words = s.tokens[lead[-1].end : first.start]
    if (
        len(words) > 6
        or not all(t.isalpha() for t in words)
        or s.negated(words)
        or s.blocked(words)
    ):
        return []
    own = next((m for m in s.matches[s.first_from(group[-1].end) :]), None)
    if own is None or own.entity.label not in bodies:
        return []
    if not set(s.tokens[group[-1].end : own.start]) <= _BARE_OBJECT:
        return []  # "and Sweden joined the PfP": a verb of its own
    return [t for t in words if t not in _BARE_OBJECT]


_RELATIVE = (["which"], [",", "which"], ["that"])


def _backward(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """Object-first claims: "PfP participants include Austria", "NATO members such as Turkey",
    "the Mediterranean Dialogue, which Algeria joined in 2000"."""
    start = group[0].start
    last = s.last_before(start, ENTITY_LABELS)
    if last is None:
        return []
    obj = last
    label = obj.entity.label
    link = s.span(obj.end, start)
    if label == "Framework" and link in _RELATIVE:
        verb = s.span(group[-1].end, group[-1].end + 3)
        if s.negated(verb) or s.blocked(verb) or not (PART_WORDS | EVENT_WORDS).intersection(verb):
            return []
        window = _date_window(s, group[-1].end, len(s.tokens))
        aspects = [_aspect(s, verb, window, None, k, len(group)) for k in range(len(group))]
        return [
            RawClaim("partner_in", c.entity, obj.entity).with_aspect(a, False)
            for c, a in zip(group, aspects, strict=True)
            if _checkable("partner_in", a)
        ]
    if label == "Framework" and _joined_by(link) and not (s.negated(link) or s.blocked(link)):
        # "The Dialogue was joined at the outset by Egypt, Israel and Tunisia": a join of each,
        # dated after them ("... by Egypt and Israel in 1995")
        window = _date_window(s, group[-1].end, len(s.tokens))
        return [
            RawClaim("partner_in", c.entity, obj.entity).with_aspect(
                _aspect(s, ["joined"], window, None, k, len(group)), False
            )
            for k, c in enumerate(group)
        ]
    if link[:1] == [","] and "," in link[1:]:
        link = link[link.index(",", 1) + 1 :]  # "The ICI, launched in 2004, now counts X as ..."
    if (
        len(link) > 8
        or not REVERSE_WORDS.intersection(link)
        or s.negated(link)
        or s.blocked(link)
        or OPEN_TO_WORDS.intersection(link)  # "open to Gulf states such as Saudi Arabia"
    ):
        return []
    years = {t for t in link if _a_year(t)}
    if ":" in link:
        years |= {t for t in s.tokens[: obj.start] if _a_year(t)}
    if len(years) == 1:
        # "Five countries were named Enhanced Opportunities Partners in 2014: Australia, ...", "In
        # 2016 five countries were named ...: ...": the tense alone would drop the one date the
        # list is given at (and judge a join of 2014 as a state now); a list after a colon is left
        # to _listed, which reads its date, and is otherwise listed
        return []
    aspect = _tense_only(link)
    if link[:1] == [","]:
        # "The countries that were then in the PfP, among them Finland, ...": the countries
        # named in apposition are in it when the phrase before it says (then, not now)
        aspect = _tense_only([*_phrase_before(s, obj.start), *link])
    if len(years) > 1 and ":" in link:
        # "NATO gained two members in 2019 and 2020: Finland and Sweden": several years no
        # "respectively" pairs with the countries; each joined in one of them, which is what is
        # checked (the present state alone passed a wrong pair of years as supported)
        aspect = replace(aspect, tense="event", year=None, years=tuple(sorted(map(int, years))))
    if label == "Framework":
        if _of_the_founders(s, obj, link):
            # "The MD's founding members included Egypt and Algeria": each among its first
            # participants (taking part alone passed Algeria, which joined in 2000, as supported)
            aspect = replace(aspect, rank=1, founding=True)
        return [
            RawClaim("partner_in", c.entity, obj.entity).with_aspect(aspect, False) for c in group
        ]
    if label == "Organization" and MEMBER_WORDS.intersection(link) and not _non_nato(s, obj):
        if "partner" in link or "partners" in link:
            return []
        if _of_the_founders(s, obj, link):
            # "NATO's founding members included Norway and Turkey": each among the founders
            # (the membership alone passed Turkey, which joined in 1952, as supported)
            aspect = replace(aspect, rank=1, founding=True)
        return [
            RawClaim("member_of", c.entity, obj.entity).with_aspect(aspect, False) for c in group
        ]
    return []


def _of_the_founders(s: Sentence, obj: Match, link: Sequence[str]) -> bool:
    """Whether the countries listed after a body are named as its founders: "NATO's founding
    members included ...", "The original members of the MD were ..." (not "the founding
    document of the MD names ...": the founding word goes with the members)."""
    if FOUNDING.intersection(link):
        return True
    before = _phrase_before(s, obj.start)
    while before[-1:] == ["the"]:
        before = before[:-1]
    return (
        before[-1:] == ["of"]
        and len(before) >= 3
        and before[-2] in _ITS_MEMBERS | {"countries", "states", "nations", "signatories"}
        and before[-3] in FOUNDING
    )


def _phrase_before(s: Sentence, start: int) -> list[str]:
    """The words of the phrase before ``start``, back to the sentence's start or the mark before
    it ("The countries that were then in" before "the Partnership for Peace")."""
    j = start
    while j > 0 and s.tokens[j - 1][:1].isalnum():
        j -= 1
    return [t.lower() for t in s.tokens[j:start]]


# The words of founding NATO ("Turkey co-founded NATO", "NATO was created by"), and the words that may stand between the
# founders and them ("was among the countries that founded", "helped to found", "were one of the
# founders of", "Twelve countries, including Turkey, founded").
_FOUNDING_VERBS = frozenset(
    ("founded", "found", "cofounded", "founders", "founder", "co-founded", "created", "established")
)
_TO_FOUND = frozenset(
    ("was", "were", "is", "are", "among", "one", "of", "the", "a", "helped", "help", "to", "co",
     "-", "also", "jointly", "countries", "nations", "states", "that", "which", "who", "original",
     "twelve", "12", "first", ",")
)  # fmt: skip
# The words before founders named in a list of them ("Twelve countries, including Turkey, ...").
_NAMING_SOME = frozenset(("including", "notably", "namely", "as", "them"))


def _founders(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """Countries said to have founded NATO, each a founding member at the date given: "Norway and
    Turkey founded NATO in 1949", "In 1949, Turkey co-founded NATO", "was one of the founders of
    NATO", "was among NATO's founders", "Turkey, a NATO founder, ...", "Twelve countries,
    including Turkey, founded NATO", "Twelve countries founded NATO in 1949, including Turkey",
    "NATO was founded (created, established) in 1949 by Norway, ...". Not a founding of what NATO
    qualifies ("co-founded NATO's Mediterranean Dialogue", "the NATO Defence College"). A
    founding denied or hoped for makes no claim; the sentence is listed (analyse.py)."""
    start, end = group[0].start, group[-1].end
    after = next(iter(s.matches[s.first_from(end) :]), None)
    if after is not None and after.entity.label == "Organization" and not _non_nato(s, after):
        nato, link = after, s.span(end, after.start)
        then = s.tokens[after.end : after.end + 3]
        if then[:1] == ["'s"] and then[1:2] and then[1] in ("founders", "founder"):
            link, then = [*link, then[1]], then[2:]  # "among NATO's founders"
        elif then[:1] and then[0] in ("founders", "founder"):
            link, then = [*link, then[0]], then[1:]  # "a NATO founder"
        if then[:1] and (then[0] == "'s" or (then[0].isalpha() and then[0] not in _AFTER_NATO)):
            return []  # "NATO's Mediterranean Dialogue", "the NATO Defence College"
        if (
            link[:1] == [","]
            and s.tokens[start - 1 : start]
            and s.tokens[start - 1] in _NAMING_SOME
        ):
            link = link[1:]  # "Twelve countries, including Turkey, founded NATO"
        if link[-1:] == ["of"] and "the" in link:
            link = link[:-1]  # "one of the founders of NATO"
        if not (link and link[-1] in _FOUNDING_VERBS and set(link[:-1]) <= _TO_FOUND):
            return []
        window = _date_window(s, nato.end, len(s.tokens))
    else:
        before = s.last_before(start, ("Organization",))
        if before is None or _non_nato(s, before):
            return []
        nato, link = before, [t for t in s.span(before.end, start) if not _a_year(t)]
        # "NATO was founded in 1949 by Norway, ...", "was created in Washington by"
        passive = "by" in link and bool(_FOUNDING_VERBS.intersection(link))
        # "Twelve countries founded NATO in 1949, including Turkey"
        listed = link[-1:] and link[-1] in _NAMING_SOME and "," in link
        founded = _FOUNDING_VERBS.intersection(s.span(max(0, nato.start - 3), nato.start))
        if not (passive or (listed and founded)):
            return []
        if len(link) > 12 or not all(t in _BY_FOUNDERS or t.isalpha() for t in link):
            return []
        window = _date_window(s, nato.end, start)  # the founding's date, before the founders
    if s.negated(link) or s.blocked(link):
        return []
    fronted = (0, group[0].start) if _a_year_before(s, group[0].start) else None
    claims = []
    for k, c in enumerate(group):
        aspect = _aspect(s, ["joined"], window, fronted, k, len(group))
        if aspect.tense == "event" and _checkable("member_of", aspect):
            aspect = replace(aspect, rank=1, founding=True)
            claims.append(RawClaim("member_of", c.entity, nato.entity).with_aspect(aspect, False))
    return claims


# Words after NATO that go on with the clause, not name what NATO qualifies ("founded NATO in
# 1949", "founded NATO together with ...").
_AFTER_NATO = frozenset(
    ("in", "on", "at", "with", "together", "alongside", "and", "as", "when", "after", "before",
     "because", "while", "but", "then", "itself")
)  # fmt: skip
# Marks that may stand among the words of a passive founding ("founded in 1949 by twelve
# countries, including Turkey").
_BY_FOUNDERS = frozenset((",", "-"))


def _a_year_before(s: Sentence, start: int) -> bool:
    """Whether a year stands before ``start`` in an opening phrase ("In 1949, Turkey ...")."""
    return any(_a_year(t) for t in s.tokens[:start]) and "," in s.tokens[:start]


# "Its seven members are ...": the nouns of a body's members a pronoun may own, and the verbs
# that name them.
_ITS_MEMBERS = frozenset(("members", "partners", "participants"))
_ITS_MEMBERS_ARE = frozenset(("are", "include"))


def _its_members(s: Sentence, group: list[Match], topic: Entity | None) -> list[RawClaim]:
    """The countries named as the members of the framework (or NATO) the sentence before was
    about, by a pronoun that stands for it: "Its seven members are Algeria, Egypt, ...", "Their
    partners include Jordan". Only right after its verb, at the sentence's start: not members
    given as examples ("Its members include states such as Jordan"), denied ("Its members are
    not ..."), nor another's ("Its critics are ...")."""
    if topic is None or topic.label not in ("Framework", "Organization"):
        return []
    words = [t.lower() for t in s.tokens[: group[0].start]]
    if words[:1] not in (["its"], ["their"]):
        return []
    rest = words[1:]
    if rest[:1] and (rest[0].isdigit() or rest[0] in _CARDINALS):
        rest = rest[1:]  # "Its seven members"
    if len(rest) != 2 or rest[0] not in _ITS_MEMBERS or rest[1] not in _ITS_MEMBERS_ARE:
        return []
    if topic.label == "Organization":
        if rest[0] != "members":
            return []  # "Its partners are Japan and ...": NATO's partners, in no framework named
        predicate = "member_of"
    else:
        predicate = "partner_in"
    return [RawClaim(predicate, c.entity, topic).with_aspect(PRESENT, False) for c in group]


# A framework joined in the passive ("was joined by"), and the few words of when that may stand
# between its verb and "by" ("at the outset", "first", "soon").
_PASSIVE_BE = frozenset(("was", "were"))
_JOINED_BY_GAP = 4


def _joined_by(link: Sequence[str]) -> bool:
    """Whether the words between a framework and the countries after it are a passive join:
    "was joined by", "was joined at the outset by"; not another passive ("was opened by"), a
    verb of the framework's own ("joined forces with"), nor words of a clause between."""
    return (
        len(link) >= 3
        and link[0] in _PASSIVE_BE
        and link[1] == "joined"
        and link[-1] == "by"
        and len(link) - 3 <= _JOINED_BY_GAP
        and all(t[:1].isalnum() for t in link[2:-1])
    )


# Words before a framework's partners that make them no partners now, or others than those named
# after them ("the former ICI partners, ...", "Unlike the ICI partners, Oman, ...").
_NOT_PARTNERS_NOW = frozenset(
    ("former", "ex", "would-be", "prospective", "future", "potential", "candidate", "aspiring",
     "unlike", "except", "besides", "beyond", "outside", "than", "not", "non", "no", "invited")
)  # fmt: skip


def _named_partners(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """Countries named in an apposition to a framework's partners that open the sentence: "The
    four ICI partners, Bahrain, Kuwait, Qatar and the United Arab Emirates, took part", "The
    leaders of the four Indo-Pacific partners, Australia, Japan, ..., have arrived": partners of
    it now. Not when the apposition does not close ("Among the ICI partners, Kuwait is ..."), nor
    after words of other partners ("Unlike the ICI partners, Oman, ...", "the former ...")."""
    start, end = group[0].start, group[-1].end
    if start < 3 or s.tokens[start - 1] != "," or s.tokens[end : end + 1] not in ([","], ["."]):
        return []
    framework = next(
        (
            m
            for m in s.matches
            if m.entity.label == "Framework"
            and (
                (m.end == start - 1 and s.tokens[m.end - 1] in _ITS_MEMBERS)
                or (m.end == start - 2 and s.tokens[start - 2] in _ITS_MEMBERS)
            )
        ),
        None,
    )
    if framework is None:
        return []
    before = s.tokens[: framework.start]
    if any(not t[:1].isalnum() or t in _NOT_PARTNERS_NOW for t in before):
        return []
    return [
        RawClaim("partner_in", c.entity, framework.entity).with_aspect(PRESENT, False)
        for c in group
    ]


# What a sentence may say before the colon that introduces the countries taking part.
_LIST_INTRO_TAIL = frozenset(("part", "members", "participants", "partners", "signatories"))


def _listed(s: Sentence, group: list[Match], topic: Entity | None) -> list[RawClaim]:
    """A list of countries introduced by a joining verb and a colon: "Four Gulf states take
    part: Bahrain, Kuwait, Qatar and the UAE", "Three joined in 1995: Egypt, Israel and Tunisia".

    The object is the framework (or NATO, after a membership word) the sentence names before
    the colon, else the one the sentence before was about.
    """
    colon = group[0].start - 1
    while colon >= 0 and s.tokens[colon] == "the":
        colon -= 1
    if colon < 1 or s.tokens[colon] != ":":
        return []
    start = colon
    while start > 0 and s.tokens[start - 1] not in _LOCAL_BREAKS and s.tokens[start - 1] != ":":
        start -= 1
    intro = s.words(start, colon)
    year_free = [t for t in intro if not (t.isdigit() or t in ("in", "since") or t in MONTHS)]
    joining = IMPLIED_VERBS | EVENT_WORDS
    says = year_free[-1:] and (year_free[-1] in _LIST_INTRO_TAIL or year_free[-1] in joining)
    verb = year_free[-1] if says and year_free[-1] in joining else None
    last = s.last_before(colon, ("Framework", "Organization"))
    if not says and last is not None and _only_a_date(s.tokens[last.end : colon]):
        # the body right before the colon, right after a joining verb: "2004: Seven former
        # partners join the Alliance: Bulgaria, Estonia, ..."
        before = [t for t in s.tokens[start : last.start] if t != "the"][-1:]
        says = bool(before) and before[0] in joining | HISTORIC_PRESENT
        verb = before[0] if says else None
    # "Seven former partners join the Alliance:": "former" before the verb says what its
    # subjects were, not that the joining is past or undone ("Former partners:" with no verb,
    # and "former" after it, still withhold the claim)
    at = intro.index(verb) if verb is not None and verb in intro else 0
    checked = [t for i, t in enumerate(intro) if i >= at or t != "former"]
    if not says or s.negated(intro) or s.blocked(checked):
        return []
    obj = last.entity if last else topic
    if obj is None or (obj.label == "Organization" and not MEMBER_WORDS.intersection(intro)):
        return []
    predicate = "member_of" if obj.label == "Organization" else "partner_in"
    window = (start, colon)
    # "2004: Seven former partners join the Alliance: ...": a timeline's date before the
    # intro dates its joins
    opening = _opening_date(s)
    fronted = (0, start) if opening is not None and opening[0] == start else None
    aspects = [_aspect(s, intro, window, fronted, k, len(group)) for k in range(len(group))]
    return [
        RawClaim(predicate, c.entity, obj).with_aspect(a, False)
        for c, a in zip(group, aspects, strict=True)
        if _checkable(predicate, a)
    ]


def _only_a_date(words: Sequence[str]) -> bool:
    """Whether the words between a body and a list's colon are none, or only its date: "Two
    countries joined the PfP in 1996: ...", "... joined the Alliance on 29 March 2004: ..."."""
    if not words:
        return True
    return (
        words[0] in ("in", "on", "since")
        and any(_a_year(t) for t in words)
        and all(
            t in ("in", "on", "since", ",") or t.rstrip(".") in MONTHS or t.isdigit() for t in words
        )
    )


def _a_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4


@dataclass(frozen=True)
class Section:
    """What the heading above a stretch of an article names, when it names one thing clearly: a
    body (a framework, or NATO), a country, or a country and its body ("Jordan and the
    Mediterranean Dialogue"). The lines of a fact box under it ("Members: ...", "Launched: 2004",
    "Joined: 1995") are said of it."""

    country: Entity | None = None
    body: Entity | None = None


# A fact box's labels, by the words they may hold (in lower case, the body a label names left
# out: "Joined NATO:"): lists of its members, its launch, a country's joining, areas of work.
_MEMBER_LABEL = frozenset(
    ("members", "member", "partners", "partner", "participants", "participant", "signatories",
     "current", "full", "states", "countries", "nations", "participating")
)  # fmt: skip
_MEMBER_HEADS = frozenset(("members", "partners", "participants", "signatories"))
# "Still in:", "Later arrivals:", "First partners:", "Newest members:": who takes part, or
# joined, listed under the framework's heading as "Members:" are
_MEMBER_MORE = frozenset(("still", "in", "later", "arrivals", "first", "original", "newest"))
_MEMBER_MORE_HEADS = frozenset(("arrivals", "in"))
_ABSENT_LABEL = frozenset(
    ("not", "in", "a", "members", "member", "partners", "partner", "participants")
)
_MEMBER_KINDS = frozenset(("countries", "states", "nations"))
_LAUNCH_LABEL = frozenset(
    (*LAUNCH_VERBS, "launch", "set", "up", "date", "year", "of", "in", "when", "creation",
     "foundation")
)  # fmt: skip
_LAUNCH_HEADS = frozenset((*LAUNCH_VERBS, "launch", "set", "creation", "foundation"))
_JOIN_LABEL = frozenset(
    ("joined", "accession", "admitted", "acceded", "entered", "member", "partner", "since",
     "date", "of", "year", "in", "joining", "a")
)  # fmt: skip
_JOIN_HEADS = frozenset(("joined", "accession", "admitted", "acceded", "entered", "joining"))
_AREA_LABEL = frozenset(
    ("areas", "area", "of", "work", "cooperation", "co-operation", "focus", "priorities",
     "priority", "key", "main", "themes", "fields", "field", "topics", "its")
)  # fmt: skip
_AREA_HEADS = frozenset(("areas", "area", "focus", "priorities", "themes", "fields", "topics"))
_LABEL_MAX = 5  # words of a label before its colon
_VALUE_ENDS = frozenset((".", "!", ";"))
# The words between the items a fact box's line lists: "Bahrain, Kuwait and the UAE" (not "or":
# "Bahrain or Kuwait" is one of them).
_VALUE_JOINERS = frozenset((",", ";", "and", "&", "the"))  # "Focus: a; b; c"


def _fact_box_line(s: Sentence, tokens: Sequence[str], section: Section) -> list[RawClaim] | None:
    """The claims of a fact box's line, a capitalised label and a colon before what it holds,
    said of what the heading above it names (``section``):

    - "Members: Bahrain, Kuwait, Qatar and the UAE" (also "Partners:", "Partner countries:",
      "Participating states:") under a framework's heading: each takes part in it now; under
      NATO's ("Members:", "Member states:"), each is a member;
    - "Launched: June 2004, at the Istanbul summit" ("Created:", "Founded:", "Set up:") under a
      framework's: its launch, dated by the date the line opens with;
    - "Joined: 1995", "Member since: 2004", "Joined NATO: 2004" ("Accession:") under a country's
      heading that names its body, or a label that does: the country's joining, or its part
      since then;
    - "Areas of work: counter-terrorism and energy security" ("Focus:", "Priorities:") under a
      framework's: what it addresses; under a country's with its body: what the country
      cooperates on with NATO.

    What the label holds must be that alone (a list of countries or areas, a date): "Members:
    Bahrain (2005), Kuwait (2004)" or "Joined: 1995 as an observer" is read as any sentence is
    (None), as is a label of another kind ("Invited but never joined:", "Former members:") or a
    line under a heading that names nothing clearly."""
    read = _label(s.tokens, tokens, s.matches)
    if read is None:
        return None
    kind, label, bodies, value = read
    body = bodies[0].entity if bodies else section.body
    if kind == "members":
        dated_group = _dated_members(s, value)
        if dated_group is not None and not bodies and section.country is None and body is not None:
            # "Members: Bahrain (2005), Kuwait (2004), Qatar (2005)": each joined in its year
            if body.label != "Framework":
                return None
            out = []
            for m, (year, month, day, *allowed) in dated_group:
                aspect = (
                    Aspect("event", years=tuple(allowed))
                    if allowed
                    else Aspect("event", year, month or None, day=day or None)
                )
                if _checkable("partner_in", aspect):
                    out.append(RawClaim("partner_in", m.entity, body).with_aspect(aspect, False))
            return out
        group = _value_list(s, value, "Country")
        if group is None or bodies or section.country is not None or body is None:
            return None
        if body.label == "Framework":
            return [RawClaim("partner_in", m.entity, body) for m in group]
        if label & {"members", "member"} and not label & {"partner", "partners"}:
            return [RawClaim("member_of", m.entity, body) for m in group]
        return None
    if kind == "absent":
        group = _value_list(s, value, "Country")
        if group is None or bodies or section.country is not None or body is None:
            return None
        predicate = "partner_in" if body.label == "Framework" else "member_of"
        return [RawClaim(predicate, m.entity, body, negated=True) for m in group]
    if kind == "launch":
        if section.country is not None or body is None or body.label != "Framework":
            return None
        dated = _value_date(s, value, lead=True)
        if dated is None:
            return None
        j, date = dated
        return [_launch_claim(s, body, j, value, date)]
    if kind == "join":
        country = section.country
        if country is None or body is None or (label & {"partner"} and body.label != "Framework"):
            return None
        if body.label == "Organization" and not bodies and not label & {"member", "accession"}:
            return None  # "Joined: 1995" under "Jordan and NATO": NATO, or a partnership?
        dated = _value_date(s, value, lead=False)
        if dated is None:
            return None
        j, date = dated
        year, month, day, *allowed = date
        since = "since" in label
        if allowed:
            aspect = Aspect("since" if since else "event", years=tuple(allowed))
        else:
            aspect = Aspect("since" if since else "event", year, month or None, day=day or None)
        predicate = "member_of" if body.label == "Organization" else "partner_in"
        if not _checkable(predicate, aspect):
            return []
        return [RawClaim(predicate, country, body).with_aspect(aspect, False)]
    if kind == "areas":
        areas = _value_list(s, value, "Threat")
        if areas is None or body is None:
            return None
        if section.country is None and body.label == "Framework":
            return [RawClaim("addresses", body, m.entity) for m in areas]
        if section.country is not None:
            return [RawClaim("cooperates_on", section.country, m.entity) for m in areas]
    return None


def _label(
    lower: Sequence[str], tokens: Sequence[str], matches: Sequence[Match]
) -> tuple[str, set[str], list[Match], int] | None:
    """A fact box's label opening a line ("Members:", "Joined NATO:", "Areas of work:"): its
    kind ("members", "launch", "join" or "areas"), its words (in lower case, the body it names
    and "the" left out), the body it names, and where what it holds starts; None when the line
    opens with no label of these kinds. ``lower``: ``tokens`` in lower case."""
    colon = next((k for k, t in enumerate(lower[: _LABEL_MAX + 1]) if t == ":"), None)
    if not colon or not tokens[0][:1].isupper():
        return None
    bodies = [m for m in matches if m.start < colon]
    if any(m.entity.label not in ("Framework", "Organization") for m in bodies) or len(bodies) > 1:
        return None
    named = {k for m in bodies for k in range(m.start, m.end)}
    words = [t for k, t in enumerate(lower[:colon]) if k not in named and t != "the"]
    if not words or not all(t.isalpha() or t == "co-operation" for t in words):
        return None
    label = set(words)
    if label <= _MEMBER_LABEL | _MEMBER_MORE and (
        label & (_MEMBER_HEADS | _MEMBER_MORE_HEADS)
        or (label & {"partner", "member", "participating"} and label & _MEMBER_KINDS)
    ):
        kind = "members"
    elif label <= _ABSENT_LABEL and "not" in label and label - {"not", "a"}:
        kind = "absent"  # "Not in:", "Not members:": the countries listed take no part
    elif label <= _LAUNCH_LABEL and label & _LAUNCH_HEADS:
        kind = "launch"
    elif label <= _JOIN_LABEL and label & (_JOIN_HEADS | {"since"}):
        kind = "join"
    elif label <= _AREA_LABEL and label & _AREA_HEADS:
        kind = "areas"
    else:
        return None
    return kind, label, bodies, colon + 1


def fact_box_label(tokens: Sequence[str], matches: Sequence[Match]) -> bool:
    """Whether a line opens with a fact box's label ("Joined NATO: 2004"): a line of the box,
    no heading over it, whatever it names."""
    return _label([t.lower() for t in tokens], tokens, matches) is not None


def _value_list(s: Sentence, start: int, label: str) -> list[Match] | None:
    """The matches of ``label`` (countries, or areas) that a fact box's line holds from ``start``
    to its end and nothing else but the words of a list ("Bahrain, Kuwait and the UAE."), or
    None."""

    def item(m: Match) -> tuple[Match, int] | None:
        return (m, m.end) if m.entity.label == label else None

    return _list_items(s, start, item)


def _dated_members(s: Sentence, start: int) -> list[tuple[Match, tuple[int, ...]]] | None:
    """The countries a fact box's line lists from ``start``, each with the date in brackets
    after it and nothing else but the words of a list ("Bahrain (2005), Kuwait (December 2004)
    and Qatar (2005)."), or None (an item without its date, or anything else in the line)."""

    def item(m: Match) -> tuple[tuple[Match, tuple[int, ...]], int] | None:
        if m.entity.label != "Country" or s.tokens[m.end : m.end + 1] != ["("]:
            return None
        close = next(
            (j for j in range(m.end + 1, min(m.end + 6, len(s.tokens))) if s.tokens[j] == ")"),
            None,
        )
        dated = None if close is None else _date_value(s.tokens[:close], m.end + 1, lead=False)
        return None if close is None or dated is None else ((m, dated[1]), close + 1)

    return _list_items(s, start, item)


_Item = TypeVar("_Item")


def _list_items(
    s: Sentence, start: int, item: Callable[[Match], tuple[_Item, int] | None]
) -> list[_Item] | None:
    """What ``item`` reads of each match a fact box's line holds from ``start`` to its end (it
    gives the item and where the list goes on, or None to refuse the line), with nothing else
    between them but the words of a list; None for any other word, or a line of no item."""
    found: list[_Item] = []
    starting = {m.start: m for m in s.matches}
    k = start
    while k < len(s.tokens):
        m = starting.get(k)
        if m is not None:
            read = item(m)
            if read is None:
                return None
            found.append(read[0])
            k = read[1]
        elif s.tokens[k] in _VALUE_JOINERS or (
            s.tokens[k] in _VALUE_ENDS and k == len(s.tokens) - 1
        ):
            k += 1
        else:
            return None
    return found or None


def _value_date(s: Sentence, start: int, *, lead: bool) -> tuple[int, tuple[int, ...]] | None:
    """The date a fact box's line holds from ``start``: where it is read and the date, as
    ``_date_at`` reads it ("1995", "June 2004", "in 1994", "10 January 1994"); with ``lead``, the
    date may be followed by a comma and more ("June 2004, at the Istanbul summit"), else it must
    be all the line holds. None when it holds no date first, or one the reader cannot compare."""
    return _date_value(s.tokens, start, lead=lead)


def _date_value(
    tokens: Sequence[str], start: int, *, lead: bool
) -> tuple[int, tuple[int, ...]] | None:
    """``_value_date`` of a line's words (``tokens``, in lower case)."""
    for j in range(start, min(start + 5, len(tokens))):
        date = _date_at(tokens, j, start)
        if date is None:
            word = tokens[j].rstrip(".") or tokens[j]  # "may." is the month (Sentence)
            if word in DATE_FILLERS or word in ("in", "on") or _day(word):
                continue
            return None
        rest = tokens[j + 1 :]
        if not date or _span_years(tokens, j, (date[0],), start) is not None:
            return None  # "before 2000", "late 2004": no date the label gives plainly
        if all(t in _VALUE_ENDS for t in rest) or (lead and rest[:1] in ([","], [";"], ["("])):
            return j, date
        return None
    return None


# Words whose object a name right after them is ("unlike ISAF", "which replaced Active
# Endeavour"): no subject of what follows.
_OBJECT_TAKERS = frozenset(
    ("unlike", "than", "replaced", "replaces", "replacing", "succeeded", "succeeds", "succeeding")
)


def _an_object(tokens: list[str], start: int) -> bool:
    """Whether a name at ``start`` is some word's object, not a clause's subject: right after a
    word of ``_OBJECT_TAKERS``, or inside a relative clause ("Sea Guardian, which replaced Active
    Endeavour in 2016, addresses ..."; "The EAPC, which replaced the NACC, addresses ...").
    "Through the Dialogue, NATO addresses terrorism" names what NATO acts through, read as before."""
    k = start - 1
    while k >= 0 and tokens[k] in ("operation", "nato", "the", "'s"):
        k -= 1
    if k >= 0 and tokens[k] in _OBJECT_TAKERS:
        return True
    while k >= 0 and tokens[k] not in (",", ";", ":"):
        if tokens[k] in ("which", "that", "who"):
            return True
        k -= 1
    return False


def _relative_clause_end(tokens: list[str], end: int) -> int:
    """Past a relative clause set off by commas right after ``end`` (", which replaced Active
    Endeavour in 2016,"): where the words after it start; ``end`` itself when there is none."""
    if tokens[end : end + 1] != [","] or tokens[end + 1 : end + 2] not in (["which"], ["that"]):
        return end
    close = next((k for k in range(end + 2, len(tokens)) if tokens[k] in (",", ";", ".")), None)
    return close + 1 if close is not None and tokens[close] == "," else end


def _addresses(s: Sentence, group: list[Match]) -> list[RawClaim]:
    """ "The ICI focuses on counter-terrorism and energy security"."""
    g_end = group[-1].end
    if _describes_country(s, group[0].start):
        return []  # "Algeria, a Dialogue member since 2000, focuses on ...": Algeria does
    if _an_object(s.tokens, group[0].start):
        return []  # "Sea Guardian, which replaced Active Endeavour, addresses ...": its object
    # a relative clause right after the subject is passed over: "Sea Guardian, which replaced
    # Active Endeavour in 2016, addresses maritime security"
    after = _relative_clause_end(s.tokens, g_end)
    first_threat = None
    for i in range(s.first_from(after), len(s.matches)):
        label = s.matches[i].entity.label
        if label == "Threat":
            first_threat = i
            break
        if label in ("Country", "Framework", "Operation"):
            return []  # another subject comes first
    if first_threat is None:
        return []
    i, m = first_threat, s.matches[first_threat]
    link = s.span(after, m.start)
    if (
        len(link) > 12
        or not ADDRESS_WORDS.intersection(link)
        or s.negated(link)
        or s.blocked(link)
        or ";" in link
    ):
        return []
    return [
        RawClaim("addresses", f.entity, s.matches[k].entity)
        for k in _threat_run(s, i, len(s.tokens))
        for f in group
    ]


def _its_areas(s: Sentence, topic: Entity | None) -> list[RawClaim]:
    """ "What does the Dialogue actually do? It addresses counter-terrorism and maritime
    security": what the framework (or operation) the sentence before was about deals with, told of
    "It" opening a sentence that names no country, framework or operation of its own (whose "it"
    is some other thing: "Jordan joined the MD. It works with NATO on ...")."""
    if (
        topic is None
        or topic.label not in ("Framework", "Operation")
        or s.tokens[:1] != ["it"]
        or any(m.entity.label in ("Country", "Framework", "Operation") for m in s.matches)
    ):
        return []
    return _addresses(s, [Match(topic, 0, 1, "It")])


def _describes_country(s: Sentence, start: int) -> bool:
    """Whether the entity at ``start`` opens an apposition to a country: "Jordan, a DCB partner"."""
    k = start - 1
    while k >= 0 and s.tokens[k] in ("a", "an", "the", "its", "long-time", "longtime"):
        k -= 1
    return (
        k >= 1
        and s.tokens[k] == ","
        and k in s.ending_at
        and s.ending_at[k].entity.label == "Country"
    )
