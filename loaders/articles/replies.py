"""Sentences that say what another sentence says, and the sentence they answer.

A question makes no claim, nor does a report the writer does not make his own; a short reply
after one does, in the question's or the report's words:

- a yes-or-no question ("Is Colombia a NATO member?", "Q: Has Ireland joined the PfP?") and its
  short answer ("No.", "It is not.", "Yes.", "Yes, since 2017."): the question turned into a
  statement, negated by a denial, dated by the answer's date phrase ("since 2017");
- a report ("Russian state media reported in 2019 that Russia had rejoined the PfP", "Some
  outlets claimed that ...", "Oman is often listed as a member of the ICI") and a denial after it
  ("It had not.", "It is not.", "This is false."), or in it ("...; this is false"): the report's
  claims negated, as the writer's; the report's own claims are dropped;
- "None of the three is a member of NATO", "Neither of them has joined": the countries named just
  before, each denied, when the count names them unambiguously (``none_of``).

Each is read by turning the words into the plain sentence they stand for, and reading that as
any sentence is (``claims.claims_in``). Only a short answer is read with its question: an
answer that says more ("No, it left in 2017, ...") speaks for itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from nato_graph.loaders.articles.claims import RawClaim, claims_in
from nato_graph.loaders.articles.entities import Entity, Match
from nato_graph.loaders.articles.triggers import LIST_JOINERS, MONTHS

if TYPE_CHECKING:
    from collections.abc import Sequence

# The verbs that open a yes-or-no question, and that a short answer repeats ("It is not.").
_QUESTION_AUX = frozenset(("is", "are", "was", "were", "has", "have", "had", "does", "do", "did"))
# Marks and labels before a question or an answer: "**Q:", "A:", "Answer -".
_LABELS = frozenset(("q", "a", "question", "answer", "reply"))
# A transcript's label with its full stop as one word, as a deposition's are: "Q. Did ...?",
# "A. Yes."
_GLUED_LABELS = frozenset(("q.", "a."))
_MARK_CHARS = frozenset('*_#:.-\u2013\u2014>"\u201c')  # a token of these alone: "**", ":*"
_ENDS = frozenset((".", "!", "*", "**", "_", '"', "\u201d"))
_SUBJECT_PRONOUNS = frozenset(("it", "they", "she", "he"))
_DENIED_PRONOUNS = frozenset(("it", "they", "that", "this"))
# A short reply's words after its verb that add nothing to it: "It is not, in fact."
_REPLY_FILLERS = frozenset(("not", "n't", "so", "yet", "really", "quite", "actually", "true"))
# A date phrase after "Yes," that dates the question's state: "Yes, since 2017".
_DATE_LEADS = frozenset(("since", "in", "from"))
_ANSWER_HEDGES = frozenset(("but", "only", "ever", "formally", "officially"))
_DATE_PHRASE_MAX = 5  # words after its lead: "since 10 February 1995"
# Verbs of report whose clause is the report ("reported that ...", "claimed ..."), and the words
# that describe a country as what it may not be ("is often listed as a member").
_REPORTING = frozenset(
    ("reported", "reports", "claimed", "claims", "claim", "alleged", "alleges", "said", "says",
     "wrote", "writes", "insisted", "insists", "asserted", "asserts", "stated", "suggested",
     "suggests", "announced", "declared", "posted", "tweeted")
)  # fmt: skip
_DESCRIBED = frozenset(
    ("described", "listed", "called", "labelled", "labeled", "named", "portrayed", "presented",
     "counted", "billed", "cited", "mistaken", "referred", "identified", "classed", "classified",
     "shown", "included", "reported", "miscast", "touted")
)  # fmt: skip
_BE = frozenset(("is", "are", "was", "were"))
_DESCRIBED_GAP = 5  # words between the verb and "as": "sometimes described online as"
_REPORT_DATE_MAX = 4  # words of a date between the verb of report and its clause: "in May 2019"
# A denial of the sentence's own report after a semicolon or comma: "...; this is false".
_DENIALS = frozenset(("false", "untrue", "wrong", "incorrect", "inaccurate"))
# Words that turn a denial round ("This is not wrong.", "hardly false"): no denial then.
_NEGATORS = frozenset(("not", "n't", "never", "hardly", "scarcely", "barely", "no"))
# Words that open an aside or a second clause or item in a reported clause or a question
# ("Finland, which has been a partner since 1994, joined ...", "..., as Sweden has", "..., and
# that Georgia had joined", "NATO and the EU"): a denial may deny any one of them, and a reply
# has no one statement to answer.
_CLAUSE_BREAKS = frozenset(
    (",", ";", "which", "who", "whose", "whom", "while", "whereas", "but", "although", "though",
     "because", "that", "and", "or")
)  # fmt: skip
# The noun and the verbs "neither" may open a denial of the two named before with: "Neither
# country is ...", "Neither has joined ...", "Neither remains ...".
_ONE_NOUNS = frozenset(("country", "state", "nation", "one", "partner", "government"))
_NEITHER_VERBS = frozenset(("is", "was", "has", "had", "remains"))
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "both": 2}
_GROUP_NOUNS = frozenset(("countries", "states", "nations", "partners", "of", "them", "these"))


@dataclass(frozen=True)
class Said:
    """What a question asks or a report tells, as a statement: its words and matches, and where
    "not" goes to deny it."""

    tokens: tuple[str, ...]
    matches: tuple[Match, ...]
    negation_at: int  # the index after the verb, where "not" negates the statement
    asked: bool  # a question: "yes" affirms it; a report is only ever denied
    text: str  # the sentence it was said in
    # what a question with a gap asks for ("When did Georgia join the PfP?": "when"; "Which
    # countries are in the ICI?": "who"), which the answer fills (``filled``); "" for the others
    gap: str = ""


def _end(lower: Sequence[str]) -> int:
    """Where the words end, before the closing marks ("." "**" '"').

    >>> _end(["it", "is", "not", ".", "**"])
    3
    """
    end = len(lower)
    while end and lower[end - 1] in _ENDS:
        end -= 1
    return end


def opening_word(lower: Sequence[str]) -> int:
    """Where a sentence's own words begin, past a label or a transcript's speaker (``_start``):
    "NASSER: Jordan's the star pupil." opens with Jordan."""
    return _start(lower)


def _start(lower: Sequence[str]) -> int:
    """The first word after a label and marks ("**Q:", "A:"), or after a speaker's name that
    opens a transcript's line ("HOST: Is Georgia a NATO member?", "VARGA: No.")."""
    k = 0
    while k < len(lower) and (
        _mark(lower[k])
        or (lower[k] in _LABELS and _label_at(lower, k))
        or lower[k] in _GLUED_LABELS
    ):
        k += 1
    if (
        k < len(lower) - 1
        and lower[k].isalpha()
        and lower[k + 1] == ":"
        and lower[k] not in ("no", "yes")  # "No: it has been ...": an answer
    ):
        k += 2  # one word before a colon: the speaker, not a word of what is asked or answered
        while k < len(lower) and _mark(lower[k]):
            k += 1
    return k


def _mark(token: str) -> bool:
    return bool(token) and all(ch in _MARK_CHARS for ch in token)


def _label_at(lower: Sequence[str], k: int) -> bool:
    return k + 1 < len(lower) and _mark(lower[k + 1])


def _group_at(matches: Sequence[Match], lower: Sequence[str], k: int) -> list[Match]:
    """The countries listed from token ``k`` on ("Belarus and Russia"), or none."""
    by_start = {m.start: m for m in matches if m.entity.label == "Country"}
    if k not in by_start and lower[k : k + 1] == ["the"]:
        k += 1
    group: list[Match] = []
    while k in by_start:
        m = by_start[k]
        group.append(m)
        k = m.end
        while k < len(lower) and lower[k] in LIST_JOINERS and lower[k] != "as":
            k += 1
    return group


def _one_question(lower: Sequence[str]) -> tuple[int, int] | None:
    """Where a sentence that is one question starts (past labels and marks) and where its words
    end, its "?" the last of them; None for any other sentence."""
    end = _end(lower)
    if not end or lower[end - 1] != "?" or "?" in lower[: end - 1]:
        return None
    return _start(lower), end


def _framework_at(matches: Sequence[Match], lower: Sequence[str], k: int) -> list[Match]:
    """The one framework named from token ``k`` on ("the Mediterranean Dialogue" of "Was the
    Mediterranean Dialogue launched in 1995?"), as a group of one, or none."""
    k += lower[k : k + 1] == ["the"]
    return [m for m in matches if m.start == k and m.entity.label == "Framework"][:1]


def _copy(
    tokens: Sequence[str], matches: Sequence[Match], pieces: Sequence[range | list[str]]
) -> tuple[list[str], list[Match]]:
    """New words made of ranges of ``tokens`` and words of its own, with the matches that lie
    whole in a range moved to where it now stands."""
    out: list[str] = []
    moved: list[Match] = []
    for piece in pieces:
        if isinstance(piece, range):
            shift = len(out) - piece.start
            moved += [
                replace(m, start=m.start + shift, end=m.end + shift)
                for m in matches
                if piece.start <= m.start and m.end <= piece.stop
            ]
            out += tokens[piece.start : piece.stop]
        else:
            out += piece
    return out, moved


def question(tokens: Sequence[str], matches: Sequence[Match], text: str) -> Said | None:
    """A yes-or-no question about the countries it opens with ("Is Colombia a NATO member?",
    "Q: Did Ireland join the PfP at the start?"), or the one framework ("Was the MD launched in
    1995?"), as the statement it asks about; None for any other question ("When was the EAPC created?", "Is Malta a member or an observer?")."""
    lower = [t.lower() for t in tokens]
    bounds = _one_question(lower)
    if bounds is None:
        return None
    k, end = bounds
    if k >= end or lower[k] not in _QUESTION_AUX:
        return None
    group = _group_at(matches, lower, k + 1) or _framework_at(matches, lower, k + 1)
    if (
        not group
        or _CLAUSE_BREAKS.intersection(lower[group[-1].end : end - 1])
        or "?" in lower[k + 1 : group[0].start]
    ):
        return None  # "Is Malta a member or an observer?", "Is Finland, which joined ..., a ...?"
    subject = range(k + 1, group[-1].end)
    words, moved = _copy(tokens, matches, [subject, [lower[k]], range(group[-1].end, end - 1)])
    return Said(tuple(words), tuple(moved), len(subject) + 1, True, text)


# What opens a statement a quiz puts to be judged: "True or false: Oman is in the ICI."
_TRUE_OR_FALSE = (("true", "or", "false"), ("false", "or", "true"))


def true_or_false(tokens: Sequence[str], matches: Sequence[Match], text: str) -> Said | None:
    """A statement a quiz puts to be judged ("True or false: Saudi Arabia is a member of the
    ICI.", "Bonus: true or false, Pakistan takes part in the PfP."), as a question asks it: it
    claims nothing, and its answer ("Answer: false.", "True.") says whether it holds. None for
    any other sentence, or one that names nothing after its opening."""
    lower = [t.lower() for t in tokens]
    k = _start(lower)
    if tuple(lower[k : k + 3]) not in _TRUE_OR_FALSE or lower[k + 3 : k + 4] not in (
        [":"],
        [","],
        ["?"],
    ):
        return None
    clause = range(k + 4, _end(lower))
    if not any(m.start in clause for m in matches):
        return None
    words, moved, _ = _statement(tokens, matches, clause)
    # no verb marked for "not": a "false" turns each of its claims round (``answered``)
    return Said(tuple(words), tuple(moved), -1, True, text)


# The verbs a "when" question may put its statement in: "When did Georgia join the PfP?" is
# "Georgia did join the PfP", "When was the MD launched?" is "the MD was launched".
_WHEN_AUX = frozenset(("did", "was", "were"))
# Words of the noun a "which" question asks for ("Which Gulf states", "What countries"), and the
# verbs of state or change its statement says of the countries answered: "are in", "joined".
_WHO_WORDS = frozenset(("which", "who", "what"))
_WHO_VERBS = frozenset(
    ("are", "were", "is", "was", "have", "has", "had", "joined", "belong", "belonged", "took",
     "take", "signed", "became", "remain", "remained", "left")
)  # fmt: skip
_WHO_NOUN_MAX = 4  # "Which Central Asian partner countries"


def wh_question(tokens: Sequence[str], matches: Sequence[Match], text: str) -> Said | None:
    """A question with a gap its answer fills, as the statement around the gap: "When did
    Georgia join the PfP?" ("Georgia did join the PfP", a date to come), "Which countries are in
    the ICI?", "Who joined the ICI in 2005?" ("are in the ICI", countries to come before it).
    None for any other question, and for one whose gap is what another did ("Which partners has
    NATO suspended?")."""
    lower = [t.lower() for t in tokens]
    bounds = _one_question(lower)
    if bounds is None:
        return None
    k, end = bounds
    if lower[k : k + 1] == ["when"] and k + 1 < len(lower) and lower[k + 1] in _WHEN_AUX:
        group = _group_at(matches, lower, k + 2) or _framework_at(matches, lower, k + 2)
        if not group or _CLAUSE_BREAKS.intersection(lower[group[-1].end : end - 1]):
            return None
        subject = range(k + 2, group[-1].end)
        pieces: list[range | list[str]] = [subject, [lower[k + 1]], range(group[-1].end, end - 1)]
        words, moved = _copy(tokens, matches, pieces)
        return Said(tuple(words), tuple(moved), len(subject) + 1, True, text, "when")
    if lower[k : k + 1] and lower[k] in _WHO_WORDS:
        verb = next(
            (j for j in range(k + 1, min(end, k + 2 + _WHO_NOUN_MAX)) if lower[j] in _WHO_VERBS),
            None,
        )
        if verb is None or any(m.start < verb for m in matches):
            return None  # "Which of Georgia's neighbours ...": a name in the question's noun
        if any(
            m.start == verb + 1 and m.entity.label in ("Country", "Organization") for m in matches
        ):
            return None  # "Which partners has NATO suspended?": the gap is the verb's object
        if _CLAUSE_BREAKS.intersection(lower[verb : end - 1]):
            return None
        words, moved = _copy(tokens, matches, [range(verb, end - 1)])
        return Said(tuple(words), tuple(moved), 1, True, text, "who")
    return None


def filled(
    said: Said, tokens: Sequence[str], matches: Sequence[Match], topic: Entity | None
) -> list[RawClaim]:
    """The claims of a question with a gap as its answer fills it: "In 1996." after "When did
    Georgia join the PfP?", "Bahrain, Kuwait, Qatar and the UAE." after "Which countries are in
    the ICI?". Nothing when the answer says more than the gap's filling (it is read as any
    sentence)."""
    lower = [t.lower() for t in tokens]
    k, end = _start(lower), _end(lower)
    if said.gap == "when":
        date = _date_phrase(lower[k:end])
        if date is None:
            return []
        return claims_in([*said.tokens, *date], list(said.matches), topic)
    group = _group_at(matches, lower, k)
    if not group or any(t not in LIST_JOINERS and t != "the" for t in _between(lower, group, end)):
        return []
    words, moved = _copy(tokens, matches, [range(k, group[-1].end)])
    shift = len(words)
    moved += [replace(m, start=m.start + shift, end=m.end + shift) for m in said.matches]
    return claims_in([*words, *said.tokens], moved, topic)


def _between(lower: Sequence[str], group: Sequence[Match], end: int) -> list[str]:
    """The words of a list of countries that are no name, and those after it to ``end``."""
    named = {j for m in group for j in range(m.start, m.end)}
    return [t for j, t in enumerate(lower[group[0].start : end], group[0].start) if j not in named]


# Words a bare date may hold: "In May 1994.", "On 23 March 1994.", "1996.", "Early 1994."
_DATE_WORDS = frozenset(("in", "on", "since", "of", "the", ",", "early", "late", "mid"))


def _date_phrase(words: Sequence[str]) -> list[str] | None:
    """A bare date ("in 1996", "23 March 1994", "1996") as the words that date a statement ("in
    1996", "on 23 March 1994"); None when the words hold more than a date, or no year."""
    if not words or not any(len(w) == 4 and w.isdigit() for w in words):
        return None
    if any(not (w in _DATE_WORDS or w in MONTHS or w.isdigit() or w == "may.") for w in words):
        return None
    if words[0] in ("in", "on", "since"):
        return list(words)
    lead = "on" if words[0].isdigit() and len(words[0]) <= 2 else "in"
    return [lead, *words]


def report(tokens: Sequence[str], matches: Sequence[Match], text: str) -> Said | None:
    """What a report tells that the writer may deny: the clause after a verb of report ("Russian
    state media reported in 2019 that Russia had rejoined the PfP"), or a country described as
    what it may not be ("Oman is often listed as a member of the initiative")."""
    lower = [t.lower() for t in tokens]
    end = next((j for j in range(len(lower)) if lower[j] == ";"), len(lower))
    if sum(_reports_at(lower, k) for k in range(end)) > 1:
        return None  # two reports: which one a denial denies is not said
    for k in range(end):
        if _reports_at(lower, k):
            j = k + 1
            if j < end and lower[j] in ("here", "there"):
                j += 1  # "It says here Sweden joined NATO in 2022"
            if j < end and lower[j] in ("in", "on", "last", "this", "earlier"):
                j = next(
                    (i for i in range(j, min(end, j + _REPORT_DATE_MAX + 1)) if lower[i] == "that"),
                    j,
                )
            j += lower[j : j + 1] == ["that"]
            group = _group_at(matches, lower, j) if j < end else []
            clause_end = max(j, _end(lower[:end]))
            if group and not _CLAUSE_BREAKS.intersection(lower[group[-1].end : clause_end]):
                return Said(*_statement(tokens, matches, range(j, end)), False, text)
            return None
        if lower[k] == "as" and k > 0:
            said = _described(tokens, matches, lower, k, end, text)
            if said is not None:
                return said
    return None


def _reports_at(lower: Sequence[str], k: int) -> bool:
    """Whether word ``k`` is a verb of report: one of ``_REPORTING``, or "states" and "state"
    before "that" ("Exhibit 4 states that ...", not "the Gulf states")."""
    if lower[k] in _REPORTING:
        return True
    return lower[k] in ("states", "state") and lower[k + 1 : k + 2] == ["that"] and k > 0


def _statement(
    tokens: Sequence[str], matches: Sequence[Match], clause: range
) -> tuple[tuple[str, ...], tuple[Match, ...], int]:
    """A reported clause's words, and -1 for where "not" goes: a denial turns each of its claims
    round (``answered``), which reads a report of a denial ("claimed that Ukraine is not a
    member. This is false.") as the writer's "Ukraine is a member", where a "not" put after its
    first verb would stand beside the one there."""
    words, moved = _copy(tokens, matches, [clause])
    return tuple(words), tuple(moved), -1


def _described(
    tokens: Sequence[str],
    matches: Sequence[Match],
    lower: Sequence[str],
    k: int,
    end: int,
    text: str,
) -> Said | None:
    """ "Oman is often listed as a member of the ICI": "Oman is a member of the ICI"."""
    verb = next(
        (i for i in range(k - 1, max(-1, k - 1 - _DESCRIBED_GAP), -1) if lower[i] in _DESCRIBED),
        None,
    )
    if verb is None:
        return None
    be = next((i for i in range(verb - 1, max(-1, verb - 4), -1) if lower[i] in _BE), None)
    if be is None:
        return None
    # the subject opens the sentence, or the text after a label ("Common mistake: Oman is ...")
    colon = next((i for i in range(be - 1, -1, -1) if ":" in lower[i] and _mark(lower[i])), None)
    opens = _start(lower) if colon is None else colon + 1 + _start(lower[colon + 1 :])
    group = _group_at(matches, lower, opens)
    if not group or group[-1].end > be:
        return None
    subject = range(group[0].start, group[-1].end)
    words, moved = _copy(tokens, matches, [subject, [lower[be]], range(k + 1, end)])
    return Said(tuple(words), tuple(moved), len(subject) + 1, False, text)


@dataclass(frozen=True)
class Reply:
    affirms: bool
    date: tuple[str, ...] = ()  # "since 2017" of "Yes, since 2017."
    aux: str = ""  # the verb of a short reply: "did" of "It did."


# A question's verb in the present, and its past, which a short reply in the past puts it in:
# "Does Morocco work with NATO on crisis management?" "It did." says it did, not that it does.
_PAST_OF = {"does": "did", "do": "did", "is": "was", "are": "were"}
_PAST_REPLIES = frozenset(("did", "was", "were"))


# The marks after an opening "Yes" or "No" ("No.", "No, ...", "No: ...", "No - ...").
_AFTER_YES_OR_NO = frozenset((",", "!", ".", ";", ":", "-", "\u2013", "\u2014"))


def reply(tokens: Sequence[str]) -> Reply | None:
    """A short answer or denial: "No.", "Yes.", "Yes, since 2017.", "It is not.", "They are.",
    "It had not.", "This is false."; None for a sentence that says more."""
    lower = [t.lower() for t in tokens]
    end = _end(lower)
    k = _start(lower)
    words = lower[k:end]
    if not words:
        return None
    if words[0] in ("no", "yes") and (len(words) == 1 or words[1] in _AFTER_YES_OR_NO):
        rest = [w for w in words[2:] if w not in _ANSWER_HEDGES]
        if not rest:
            return Reply(words[0] == "yes")
        if words[0] == "no":
            # "No, it is not.", and "No: it has been an MD partner since 1995" (the question
            # denied, then what is so, read as any sentence); not "No, it is." (a "yes")
            return Reply(False) if _short(rest) != "yes" else None
        if rest[0] in _DATE_LEADS:
            phrase = rest[: next((i for i, w in enumerate(rest) if w in (",", ";")), len(rest))]
            if len(phrase) <= _DATE_PHRASE_MAX + 1 and any(w.isdigit() for w in phrase):
                return Reply(True, tuple(phrase))
            return None
        short = _short(rest)
        return Reply(short == "yes", aux=rest[1]) if short else None
    short = _short(words)
    if short:
        return Reply(short == "yes", aux=words[1])
    if (
        words[0] in _DENIED_PRONOUNS
        and words[-1] in _DENIALS
        and len(words) <= 4
        and not _NEGATORS.intersection(words)
    ):
        return Reply(False)  # "This is false.", "That is simply wrong."; not "This is not wrong."
    if words in (["not", "so"], ["not", "true"], ["not", "yet"], ["never"]):
        return Reply(False)
    if words in (["true"], ["false"]):
        return Reply(words[0] == "true")  # a quiz's "Answer: false." to "True or false: ..."
    return None


def without_yes_or_no(tokens: Sequence[str]) -> list[str]:
    """The words of an answer that goes on after its opening "Yes," or "No," ("No, it was
    launched in 1994", "A: Yes - it joined in 1995"), with that word and the mark after it
    replaced by commas, which the reader passes over: the answer's word is no negation of the
    clause after it, nor a word of it. Other sentences are returned as they are ("No country has
    joined", "No." alone)."""
    out = list(tokens)
    lower = [t.lower() for t in tokens]
    k = _start(lower)
    if (
        lower[k : k + 1] in (["no"], ["yes"])
        and lower[k + 1 : k + 2] != ["."]
        and k + 1 < len(lower)
        and lower[k + 1] in _AFTER_YES_OR_NO
        and k + 2 < _end(lower)
    ):
        out[k] = out[k + 1] = ","
    return out


def _short(words: Sequence[str]) -> str:
    """ "yes" for "it is", "they have"; "no" for "it is not", "it had not", "it isn't"; "" for
    anything else."""
    if len(words) < 2 or words[0] not in _SUBJECT_PRONOUNS or words[1] not in _QUESTION_AUX:
        return ""
    rest = words[2:]
    if any(w not in _REPLY_FILLERS for w in rest):
        return ""
    return "no" if {"not", "n't"} & set(rest) else "yes"


def answered(said: Said, answer: Reply, topic: Entity | None) -> list[RawClaim]:
    """The claims of what a question asked or a report told, as the reply answers it."""
    if answer.affirms and not said.asked:
        return []  # a report confirmed says no more than the report did: read there
    words = list(said.tokens)
    verb = said.negation_at - 1
    if said.asked and answer.aux in _PAST_REPLIES and 0 <= verb < len(words):
        if words[verb].lower() in _PAST_OF and not answer.affirms:
            # "Does Russia work with NATO on ...?" "It did not.": a denial of the past, which a
            # "not" in the question's words would make one of now
            return []
        # "Does Morocco work ...?" "It did.": the question put in the reply's past
        words[verb] = _PAST_OF.get(words[verb].lower(), words[verb])
    if answer.affirms:
        words += list(answer.date)
        return claims_in(words, list(said.matches), topic)
    if said.negation_at > 0:
        at = said.negation_at
        moved = [
            m if m.end <= at else replace(m, start=m.start + 1, end=m.end + 1) for m in said.matches
        ]
        return claims_in([*words[:at], "not", *words[at:]], moved, topic)
    # a report with no verb of being or having to negate: its claims, each denied
    return [replace(c, negated=not c.negated) for c in claims_in(words, list(said.matches), topic)]


def denied_in(tokens: Sequence[str]) -> bool:
    """Whether a sentence ends by calling its own report false: "...; this is false", ", which
    is untrue"."""
    lower = [t.lower() for t in tokens]
    end = _end(lower)
    for k in range(end - 1, max(-1, end - 6), -1):
        if lower[k] in (";", ","):
            tail = lower[k + 1 : end]
            return (
                len(tail) >= 2
                and tail[0] in (*_DENIED_PRONOUNS, "which")
                and tail[-1] in _DENIALS
                and tail[1] in _BE
                and not _NEGATORS.intersection(tail)
            )
    return False


def before_denial(tokens: Sequence[str]) -> int:
    """Where a sentence's own denial ("; this is false") starts."""
    lower = [t.lower() for t in tokens]
    end = _end(lower)
    return next(k for k in range(end - 1, -1, -1) if lower[k] in (";", ","))


def none_of(
    tokens: Sequence[str], matches: Sequence[Match], named: Sequence[Sequence[Sequence[Entity]]]
) -> tuple[list[str], list[Match]] | None:
    """ "None of the three is a member of NATO" as "Austria, Ireland and Switzerland are not
    members of NATO", when the sentences just before (``named``: the countries each named,
    nearest first) name as many countries as the count says, and no more, in the nearest stretch
    that names that many (``named``: the stretches, nearest first). "None of them" takes the
    nearest stretch that names two or more. The verb
    must be one of being or having, which "not" negates; anything else makes nothing."""
    lower = [t.lower() for t in tokens]
    k = _start(lower)
    if lower[k : k + 1] == ["neither"] and lower[k + 1 : k + 2] != ["of"]:
        # "Neither is an Ally.", "Neither country remains a PfP partner.": of the two named
        # just before, as "neither of them"
        j = k + 1 + (lower[k + 1 : k + 2] in ([n] for n in _ONE_NOUNS))
        if j >= len(lower) or lower[j] not in _NEITHER_VERBS:
            return None
        lower, tokens = (
            [*lower[:k], "neither", "of", *lower[j:]],
            [*tokens[:k], "neither", "of", *tokens[j:]],
        )
        matches = [
            replace(m, start=m.start - (j - k - 2), end=m.end - (j - k - 2))
            for m in matches
            if m.start >= j
        ]
    if lower[k : k + 2] not in (["none", "of"], ["neither", "of"]):
        return None
    j = k + 2
    count = 2 if lower[k] == "neither" else None
    while j < len(lower) and (lower[j] in ("the", "those") or lower[j] in _GROUP_NOUNS):
        j += 1
    if j < len(lower) and lower[j] in _COUNT_WORDS:
        if count is not None and _COUNT_WORDS[lower[j]] != count:
            return None
        count = _COUNT_WORDS[lower[j]]
        j += 1
        while j < len(lower) and lower[j] in _GROUP_NOUNS - {"of"}:
            j += 1
    remains = lower[j : j + 1] in (["remains"], ["remain"])
    if j >= len(lower) or (lower[j] not in _QUESTION_AUX - {"does", "do", "did"} and not remains):
        return None
    if any(m.start < j for m in matches):
        return None  # "None of the three Gulf states": named here, not before
    items = _antecedent(named, count)
    if items is None:
        return None
    words: list[str] = []
    moved: list[Match] = []
    for i, entity in enumerate(items):
        if i:
            words.append("and" if i == len(items) - 1 else ",")
        moved.append(Match(entity, len(words), len(words) + 1, entity.name))
        words.append(entity.name)
    # "remains" denied is "no longer": "Neither country remains a PfP partner"
    verb = ["are", "no", "longer"] if remains else [lower[j], "not"]
    rest, shifted = _copy(tokens, matches, [verb, range(j + 1, len(tokens))])
    shift = len(words)
    moved += [replace(m, start=m.start + shift, end=m.end + shift) for m in shifted]
    return words + rest, moved


def _antecedent(
    named: Sequence[Sequence[Sequence[Entity]]], count: int | None
) -> list[Entity] | None:
    """The countries named just before: the sentence before, or else all the paragraph's
    sentences before this one, or (for a paragraph's first sentence) the paragraph before's,
    whichever first names at least ``count`` (two or more with no count); None when that
    stretch names more, or none does."""
    need = 2 if count is None else count
    for stretch in named:
        seen = list(dict.fromkeys(e for sentence in stretch for e in sentence))
        if len(seen) >= need:
            return seen if count is None or len(seen) == count else None
    return None


# for analyse.py: new words made of ranges of a sentence and words of its own
copy_words = _copy
