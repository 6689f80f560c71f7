"""One article through the pipeline: sentences, mentions, claims and verdicts.

Before the claim reader sees a sentence, three things a reader does without
thinking are done for it: a list under a sentence that introduces it ("Israel
and NATO cooperate on: counter-terrorism / cybersecurity / ...") is read as
that sentence's list (a lower-case list ends at a capitalised line, the next
heading); "it", "they" or "the country" opening a clause stands for the
countries the previous clause was about, when they were its only subject; "the
initiative" or "the Dialogue" stands for the framework of that name the
article last mentioned; and a clause that leaves the object of "joined" or
"a member" unstated takes the one framework (or NATO) the sentence before was
about. A heading that names one framework, NATO or one country (a short line
with no stop: "Fact box: the Istanbul Cooperation Initiative") is the subject of
the labelled lines of a fact box under it ("Members: Bahrain, Kuwait, ...",
"Launched: June 2004", claims._fact_box_line) until the text names another
framework, and the framework of a timeline's item under it that leaves its
object unstated ("Feb 2005: Bahrain and Qatar follow.").

A short reply is read with the sentence it answers (replies.py): a yes-or-no question's answer
("Is Colombia a NATO member?" "It is not.") makes the question's claim, a denial of a report
("... reported that Russia had rejoined the PfP. It had not.") drops the report's claims for
the denial's, and "None of the three is a member" denies it of the three named just before.

A sentence that names a country the data does not hold (world.py: "Serbia and
Kosovo joined the PfP in 2006") is listed as read in part, as is one whose
claims leave something it says unread (``_read_in_part``).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from nato_graph.loaders.articles.claims import (
    DATED_PREDICATES,
    MOVING_VERBS,
    RawClaim,
    Section,
    a_text_reported,
    claims_in,
    counted_words,
    counts_at,
    fact_box_label,
    places,
    sized_nato,
    speaks_of_membership,
    unstated_membership,
    year_of,
)
from nato_graph.loaders.articles.entities import Entity, Gazetteer, Match, fold_accents, matches_in
from nato_graph.loaders.articles.replies import (
    Reply,
    Said,
    answered,
    before_denial,
    copy_words,
    denied_in,
    filled,
    none_of,
    opening_word,
    question,
    reply,
    report,
    true_or_false,
    wh_question,
    without_yes_or_no,
)
from nato_graph.loaders.articles.text import (
    ENGLISH_WORDS,
    MAX_UNREAD_SENTENCES,
    OTHER_WORDS,
    Article,
    pieces,
)
from nato_graph.loaders.articles.triggers import (
    ADDRESS_WORDS,
    CONTINUE_WORDS,
    CONTRIBUTE_WORDS,
    COOP_WORDS,
    DASHES,
    EVENT_WORDS,
    FOLD_WORDS,
    FROM_ANOTHER_DATE,
    HALT_WORDS,
    HISTORIC_PRESENT,
    LAUNCH_VERBS,
    LEAVE_WORDS,
    LIST_JOINERS,
    MEMBER_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PART_NOUNS,
    NEGATORS,
    OPERATION_ENDS,
    OPERATION_STARTS,
    PART_WORDS,
    PRONOUNS,
    RANK_WORDS,
    RELATIVE_UNITS,
    RESUME_WORDS,
    SUSPEND_WORDS,
    TAKES_IN,
    YEAR_BY_REFERENCE,
)
from nato_graph.loaders.articles.verdicts import (
    Facts,
    KnownError,
    Verdict,
    judge,
    read_known_errors,
    read_sources,
)
from nato_graph.loaders.articles.world import unknown_countries

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from nato_graph.stores import Store

NOT_CHECKED = Verdict("new")  # until check() reads the facts
MAX_EVIDENCE_SENTENCES = 20  # per MENTIONS edge; the count keeps the full number


@dataclass
class Mention:
    entity: Entity
    count: int = 0
    sentences: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    raw: RawClaim
    sentence: str
    position: int  # the sentence's index in the article
    document: str
    verdict: Verdict = NOT_CHECKED

    @property
    def key(self) -> str:
        raw = self.raw
        parts = [self.document, self.sentence, raw.predicate, raw.subject.key, raw.object.key]
        # a plain present claim keeps the key it had before claims carried tense and dates
        aspect = (raw.negated, raw.tense, raw.year, raw.month, raw.until, raw.years)
        if aspect != (False, "present", None, None, None, ()):
            parts.append(repr(aspect))
        if raw.rank is not None:
            parts.append(f"rank {raw.rank}")
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class Analysis:
    article: Article
    sentences: int = 0
    mentions: dict[str, Mention] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    sources: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # key -> title, url
    # sentences that name a country with a framework (or NATO as a body one joins) yet make no
    # claim the reader takes: hedged ones, and kinds it does not check ("was left out of"), so a
    # reader of the summary knows what went unchecked; every one, in order (``_list``), and how
    # many times each (a claim of one is marked as read from a sentence read only in part)
    listed: list[str] = field(default_factory=list)
    times_listed: Counter[str] = field(default_factory=Counter)

    @property
    def unread(self) -> list[str]:
        """The sentences listed that a Document keeps: the first MAX_UNREAD_SENTENCES."""
        return self.listed[:MAX_UNREAD_SENTENCES]

    @property
    def unread_count(self) -> int:
        return len(self.listed)

    def read_in_part(self, sentence: str) -> bool:
        """Whether ``sentence`` is listed: a claim of it is not all it says."""
        return self.times_listed[sentence] > 0

    @property
    def verdicts(self) -> Counter[str]:
        return Counter(c.verdict.verdict for c in self.claims)


MAX_LIST_ITEM_WORDS = 8
_ITEM_ENDS = (".", "!", "?", ":", ";")
# "the country", "both countries" opening a clause stand for the countries before, as "it" does
_COUNTRY_NOUNS = {"country": 1, "countries": 2}
_CLAUSE_OPENERS = (
    *(";", "and", "but", "while", "when", "after", "because", "although", "though", "whereas"),
)
# the last word of a framework's name that a text may use alone for it: "the initiative"
_GENERIC_HEADS = frozenset(
    {"peace", "globe", "partners", "four", "security", "fund", "funds", "programme", "program"}
)


def readable_paragraphs(paragraphs: tuple[str, ...]) -> list[str]:
    """Paragraphs as the claim reader takes them: lists joined to their introductions, long ones cut.

    A paragraph ending with ":" followed by short items without a full stop
    ("Austria", "counter-terrorism") becomes one sentence: "... partners:
    Austria, Ireland and Serbia." Items that are sentences stay as they are.
    """
    out: list[str] = []
    k = 0
    header: list[str] | None = None  # the header row of the table being read, if it has one
    while k < len(paragraphs):
        text = paragraphs[k]
        k += 1
        rows = _table_rows(text)
        if rows is None:
            header = None
        elif not rows:
            out += pieces(text)  # "|---|---|": the header's rule, as read before
            continue
        elif len(rows) == 1 and header is None:  # an HTML table's header row
            header = rows[0]
            if k < len(paragraphs) and _table_rows(paragraphs[k]) is not None:
                out.append(TableHeader(text))  # with rows under it: a header, not a sentence
                continue
        elif len(rows) == 1:  # an HTML table's row under it
            said = _joins_of_a_row(header, rows[0])
            if said is not None:
                out.append(TableRow(said, text))
                continue
        else:  # a Markdown table, header first
            said_rows = [_joins_of_a_row(rows[0], row) for row in rows[1:]]
            if any(said_rows):
                out.append(TableHeader(" | ".join(rows[0])))
                for row, said in zip(rows[1:], said_rows, strict=True):
                    out += [TableRow(said, " | ".join(row))] if said else pieces(" | ".join(row))
                continue
        if text.endswith(":"):
            items: list[str] = []
            while (
                k < len(paragraphs)
                and _is_item(paragraphs[k])
                and (not items or _same_case(items[0], paragraphs[k]))
            ):
                items.append(paragraphs[k].rstrip(",;"))
                k += 1
            if items:
                joined = (
                    items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
                )
                text = f"{text} {joined}."
        out += pieces(text)
    return out


class TableHeader(str):
    """A table's header row ("Country | Joined the PfP | Joined NATO"): the words of its columns,
    which its rows are read with (``TableRow``), and no sentence of its own to list as unread."""


class TableRow(str):
    """A table's row told in words ("Poland joined PfP in 1994."), which is what the reader
    reads, with the row as written (``row``: "Poland | 1994 | 1999"), which is what the article
    is quoted as saying."""

    row: str

    def __new__(cls, said: str, row: str) -> TableRow:
        out = super().__new__(cls, said)
        out.row = row
        return out


_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
# A header cell that says a column holds the date each row's country joined what it names:
# "Joined PfP", "Joined the Partnership for Peace", "Joined NATO".
_JOINED_HEADER = re.compile(r"^joined\s+(?:the\s+)?(\S.*)$", re.IGNORECASE)
_CELL_DATE = re.compile(r"^(?:(?:[A-Z][a-z]{2,8}\.?|\d{1,2}/)\s*)?(?:19|20)\d\d$")


def _table_rows(text: str) -> list[list[str]] | None:
    """The rows of a table a paragraph holds: an HTML table's row, one a paragraph, its cells set
    apart by " | " (text.py), or a Markdown table in one paragraph ("| Country | Joined PfP |
    |---|---| | Poland | 1994 |"), header first; None for a paragraph of no table."""
    cells = [c.strip() for c in text.split("|")]
    if not text.lstrip().startswith("|"):
        return [cells] if " | " in text else None  # an HTML row
    separators = [j for j, c in enumerate(cells) if _SEPARATOR_CELL.match(c)]
    if not separators:  # a Markdown row, a line of its own: "| Poland | 1994 | 1999 |"
        inner = cells[1:-1] if len(cells) > 2 and not cells[-1] else cells[1:]
        return [inner] if len(inner) > 1 else None
    if all(_SEPARATOR_CELL.match(c) for c in cells if c):
        return []  # the line under the header
    header = [c for c in cells[: separators[0]] if c]
    rest = cells[separators[-1] + 1 :]
    while rest and not rest[0]:
        rest = rest[1:]
    n = len(header)
    rows = [header]
    for i in range(0, len(rest), n + 1):
        row = rest[i : i + n]
        if len(row) != n or (i + n < len(rest) and rest[i + n]):
            return None
        rows.append(row)
    return rows


# A header cell that says a column holds the date each row's framework was launched ("Launched",
# "Year launched", "Founded"), or each row's country joined with nothing named in it ("Joined",
# "Year joined"), and one that names the body the table's rows are of ("ICI status", "MD
# membership"), or the column that names each row's framework ("Framework").
_LAUNCHED_HEADER = re.compile(
    r"^(?:year\s+|date\s+)?(?:launched|founded|created|set\s+up|established)$", re.IGNORECASE
)
_BARE_JOINED_HEADER = re.compile(r"^(?:year\s+|date\s+)?joined$", re.IGNORECASE)
_BODY_HEADER = re.compile(r"^(\S.*?)\s+(?:status|membership)$", re.IGNORECASE)
_SUSPENDED_HEADER = re.compile(r"^(?:year\s+|date\s+)?suspended$", re.IGNORECASE)


def _joins_of_a_row(header: list[str] | None, row: list[str]) -> str | None:
    """What a table's row says under a header of joins, in words: "Poland | 1994 | 1999" under
    "Country | Joined PfP | Joined NATO" is "Poland joined PfP in 1994. Poland joined NATO in
    1999."; under "Country | ICI status | Joined", "Kuwait | partner | 2004" is "Kuwait joined
    ICI in 2004."; under "Framework | Launched | Region", "Partnership for Peace | 1994 | ..." is
    "Partnership for Peace was launched in 1994."; under "Country | Framework | Suspended",
    "Russia | Partnership for Peace | April 2014" is "Russia's participation in the Partnership
    for Peace was suspended in April 2014." None when no cell of the row is a date under such a
    header cell (the row is read as it is): a "Joined" with no body named in the header, or a
    row whose cell holds no date ("invited, never joined | —")."""
    if header is None or len(header) != len(row) or len(row) < 2 or not row[0]:
        return None
    bodies = [b.group(1) for head in header[1:] if (b := _BODY_HEADER.match(head))]
    frameworks = [j for j, head in enumerate(header) if head.lower() == "framework"]
    said = []
    for j, (head, cell) in enumerate(zip(header, row, strict=True)):
        if j == 0 or not _CELL_DATE.match(cell):
            continue
        if joined := _JOINED_HEADER.match(head):
            said.append(f"{row[0]} joined {joined.group(1)} in {cell}.")
        elif _BARE_JOINED_HEADER.match(head) and len(bodies) == 1:
            said.append(f"{row[0]} joined {bodies[0]} in {cell}.")
        elif _LAUNCHED_HEADER.match(head):
            said.append(f"{row[0]} was launched in {cell}.")
        elif _SUSPENDED_HEADER.match(head) and len(frameworks) == 1 and frameworks[0] != 0:
            said.append(
                f"{row[0]}'s participation in the {row[frameworks[0]]} was suspended in {cell}."
            )
    return " ".join(said) or None


def _same_case(first: str, item: str) -> bool:
    """A list of lower-case items ends at a capitalised line: the next heading ("crisis
    management / cyber defence / The Nordic exception"); a capitalised list goes on."""
    return not first[:1].islower() or item[:1].islower()


def _is_item(paragraph: str) -> bool:
    return len(paragraph.split()) <= MAX_LIST_ITEM_WORDS and not paragraph.endswith(_ITEM_ENDS)


@dataclass
class _Context:
    """What the previous sentences make plain: their subject, and the frameworks named so far."""

    subjects: list[Entity] = field(default_factory=list)
    frameworks: dict[str, Entity] = field(default_factory=dict)  # name head -> last framework
    # the frameworks named so far under each head, and how often each was named: "the
    # initiative" after the PII and the DCB may be either, the one the article is about or the
    # one just named (``_the_named``)
    heads_named: dict[str, list[Entity]] = field(default_factory=dict)
    times_named: Counter[Entity] = field(default_factory=Counter)
    topic: Entity | None = None  # the one framework (or NATO) the sentence before was about
    # the topic when it is a framework named as itself, not as part of another thing's name
    # ("the MD", not "the ICI Regional Centre"): what "it" of a launch stands for
    launched: Entity | None = None
    # the operation the sentence before was about, named with no framework (the one, or the one
    # it opens with): what "It" of its start or end stands for ("Operation Active Endeavour began
    # in 2001. It ended in 2016.", "Operation Sea Guardian replaced Operation Active Endeavour. It
    # began in 2016.")
    operation: Entity | None = None
    # whether ``launched`` was named beside a country the sentence was about ("Israel has been
    # an MD partner since 1995"), or kept past a line that named nothing ("Rating: TRUE"): a
    # state's birth after it, even past a paragraph's end, may be the country's, and is read
    # of neither
    launched_unsure: bool = False
    # NATO, when the sentence before told a country's joining it ("Finland joined NATO on 4 April
    # 2023") and of no framework: what "followed" in the next follows into ("Sweden followed in
    # March 2023"), though "joined" alone does not take it
    nato_joined: Entity | None = None
    # whether the sentence that made the topic denied it ("None of the four is in the PfP"):
    # one does not follow into what the countries before did not join
    topic_denied: bool = False
    nato_named: bool = False  # whether the article has named NATO (or "the Alliance") so far
    # what the last heading that named something names, when it names one thing clearly: the
    # subject of a fact box's lines under it ("Members: ...") and of a timeline's ("2005: Qatar
    # follows")
    section: Section | None = None
    # what the sentence before asked or reported, for a short reply to answer or deny ("Is
    # Colombia a NATO member?" "It is not.")
    said: Said | None = None


# Common nouns a text uses for a framework it has just named: "Tajikistan joined the programme".
_FRAMEWORK_NOUNS = frozenset({"programme", "program", "framework", "partnership", "grouping"})
# "the partnership with Japan", "the programme of work": the noun is qualified, not a back-reference
_QUALIFIED = frozenset({"of", "with", "for", "between", "that", "which", "to"})


def _heads(entity: Entity) -> list[str]:
    words = entity.name.lower().split()
    return [words[-1]] if len(words) >= 2 and words[-1] not in _GENERIC_HEADS else []


_BODIES = frozenset(("Organization", "Framework"))
# The words that may come between a body and its verb of TAKES_IN: "NATO formally welcomed
# Finland into its ranks".
_BEFORE_TAKING = frozenset(("has", "have", "had", "formally", "officially", "finally", "then"))


def _resolved(
    tokens: list[str], matches: list[Match], context: _Context, nato: Entity | None = None
) -> list[Match]:
    """The sentence's matches plus what its pronouns, "the initiative" and "an Ally" stand for."""
    extra: list[Match] = []
    taken = {k for m in matches for k in range(m.start, m.end)}
    lower = [t.lower() for t in tokens]
    # where the sentence's own words start: after an opening verdict made marks ("Wrong - it
    # joined in March 2024": _without_opener), a pronoun there opens the sentence
    first = next((k for k, t in enumerate(lower) if t != ","), 0)
    if lower[first : first + 1] in (["no"], ["yes"]) and lower[first + 1 : first + 2] in (
        [","],
        [":"],
        ["-"],
        ["\u2013"],
        ["\u2014"],
        [";"],
    ):
        first += 2  # "No: it has been an MD partner since 1995": the answer's own clause
    if first and lower[first : first + 1] in (["but"], ["though"], ["although"], ["and"]):
        first += 1  # "No, but it joined the MD in 1995" (its "No," replaced by commas)
    of_nato: bool | None = None  # whether the sentence is about NATO: asked once, if at all
    # (it reads the whole sentence, so once per token made a long sentence quadratic)
    for k, t in enumerate(lower):
        if k in taken:
            continue
        if nato is not None and t in ("ally", "allies"):
            if of_nato is None:
                of_nato = _of_nato(lower, matches, context, nato)
            if _an_ally(tokens, k, of_nato):
                extra.append(Match(nato, k, k + 1, tokens[k]))
                continue
        if (
            k > 0
            and (
                lower[k - 1] == "the"
                or (lower[k - 1] == "'s" and tokens[k][:1].isupper())
                or _heads_a_partner_noun(tokens, k, first)
            )
            and t in context.frameworks
        ):
            # "the Dialogue", and "Jordan's Dialogue membership", "a Dialogue partner", after
            # "the Mediterranean Dialogue"
            meant = _the_named(t, context)
            if meant is not None:
                extra.append(Match(meant, k, k + 1, tokens[k]))
            continue
        if k > 0 and lower[k - 1] in ("the", "this") and t in _FRAMEWORK_NOUNS:
            # "joined the programme", "this partnership": the one framework the text is about
            named = [m.entity for m in matches if m.end <= k and m.entity.label == "Framework"]
            about = named[-1] if named else context.topic
            following = lower[k + 1] if k + 1 < len(lower) else ""
            if about is not None and about.label == "Framework" and following not in _QUALIFIED:
                extra.append(Match(about, k, k + 1, tokens[k]))
            continue
        if (
            t in FOLD_WORDS
            and lower[k - 2 : k] in (["into", "its"], ["into", "their"], ["into", "the"])
            and lower[k + 1 : k + 2] != ["of"]
        ):
            # "NATO welcomed Finland into its ranks": the body named before, taking it in, as
            # the subject of that verb ("the EU, which welcomed Finland into its ranks": not NATO)
            takers = [m for m in matches if m.end <= k - 2 and m.entity.label in _BODIES]
            verb = takers[-1].end if takers else len(lower)
            while verb < k and lower[verb] in _BEFORE_TAKING:
                verb += 1
            if verb < k and lower[verb] in TAKES_IN:
                extra.append(Match(takers[-1].entity, k, k + 1, tokens[k]))
            continue
        launch = _launch_verb(lower, k) if t == "it" else ""
        if t == "it" and (
            operation := _operation_it(lower, matches + extra, k, k <= first, context, launch)
        ):
            # "Operation Active Endeavour began in 2001. It ended in 2016.", "ISAF was set up in
            # 2001 and it ended in 2014": the operation its start or end is of
            extra.append(Match(operation, k, k + 1, tokens[k]))
            continue
        if launch or (
            t == "it"
            and (
                (k and lower[k - 1] in _JOINED_IT)
                # "The PfP was launched in 1994. It ended in 2016.": not after a sentence about
                # a country, whose "It ended its neutrality" it is
                or (_operation_verb_after(lower, k) and not context.subjects)
            )
        ):
            # "The MD ... It was launched in 1994.", "NATO launched it in 2004", "The PII was
            # launched in 2014. Jordan joined it in 2014.": "it" is the framework (or NATO,
            # joined) named last before it in the sentence, or else the one the sentence before
            # was about (see ``_it_stands_for`` for when it is neither)
            meant = _it_stands_for(tokens, matches + extra, k, context, launch)
            if meant is not None:
                extra.append(Match(meant, k, k + 1, tokens[k]))
            continue
        need = PRONOUNS.get(t)
        at = k  # where the pronoun (or "the country") opens its clause
        if (
            need is None
            and k > 0
            and (lower[k - 1] in ("the", "both") or lower[k - 2 : k] == ["the", "two"])
            and t in _COUNTRY_NOUNS
        ):
            need, at = _COUNTRY_NOUNS[t], k - 1  # "The country became ...": a plain back-reference
            if lower[at - 1 : at] == ["the"] and lower[at] == "two":
                at -= 1  # "The two countries"
        pair = _the_pair(lower, k, first)
        if need is None and pair is not None:
            # "Both joined NATO in 2023.", "The two ...", "The latter joined ...": of the two
            # countries the sentence before was about, both or one
            if len(context.subjects) == 2 and (t in ("both", "two", "pair") or k > first):
                chosen = (
                    context.subjects if pair == "both" else [context.subjects[pair == "latter"]]
                )
                end = k + 3 if _of_them(lower, k) else k + 1  # "Both of them"
                extra += [Match(e, k, end, " ".join(tokens[k:end])) for e in chosen]
            continue
        if need is None:
            continue
        opens = at <= first or lower[at - 1] in _CLAUSE_OPENERS
        if not opens:
            continue
        earlier = sorted(
            (m for m in matches + extra if m.end <= k and m.entity.label == "Country"),
            key=lambda m: (m.start, m.end),
        )
        if at <= first:
            antecedent = context.subjects
        elif earlier:  # "Israel is not a member; it joined ...": the nearest group
            # of the countries that are no preposition's object: "Kuwait is a major non-NATO ally
            # of the United States; it is not a member of NATO" speaks of Kuwait
            free = [m for m in earlier if not _governed(lower, m)]
            earlier = free or earlier
            group = [earlier[-1]]
            for m in reversed(earlier[:-1]):
                if not all(w in LIST_JOINERS for w in lower[m.end : group[0].start]):
                    break
                group.insert(0, m)
            antecedent = list(dict.fromkeys(m.entity for m in group))
        else:
            # "Ten years after it joined the PfP, Slovenia became ...": a clause set before the
            # subject speaks of it, unless the sentence before had another subject
            antecedent = _subject_after(lower, matches, at)
            if not antecedent or context.subjects not in ([], antecedent):
                continue
        if antecedent and (len(antecedent) == 1) == (need == 1):
            extra += [Match(e, k, k + 1, tokens[k]) for e in antecedent]
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda m: (m.start, m.end))


def _the_pair(lower: list[str], k: int, first: int) -> str | None:
    """ "both" for a pair named by "Both" opening the sentence as its subject ("Both joined NATO
    in 2023", "Both of them joined ...", not "Both countries" or "Both Finland and Sweden"), or by "The two"
    or "The pair" ("The two joined ..."); "former" or "latter" for "The former", "The latter";
    None for anything else."""
    nxt = lower[k + 1] if k + 1 < len(lower) else ""
    if lower[k] == "both" and k == first and nxt.isalpha() and nxt in _PAIR_VERBS:
        return "both"
    if lower[k] == "both" and k == first and _of_them(lower, k) and lower[k + 3] in _PAIR_VERBS:
        return "both"  # "Both of them joined NATO in 2023"
    if k - 1 == first and lower[k - 1] == "the":
        if lower[k] in ("two", "pair") and nxt in _PAIR_VERBS:
            return "both"
        if lower[k] in ("former", "latter") and nxt in _PAIR_VERBS:
            return lower[k]
    return None


def _of_them(lower: list[str], k: int) -> bool:
    """Whether "of them" follows the word at ``k`` before a word more ("Both of them joined")."""
    return lower[k + 1 : k + 3] == ["of", "them"] and k + 3 < len(lower)


# What follows a pair's word when it is the subject: a verb or an auxiliary ("Both joined",
# "The latter has been", "Both are members"), not a noun ("Both countries", "The two states").
_PAIR_VERBS = frozenset(
    ("joined", "join", "joins", "became", "become", "becomes", "are", "were", "is", "was", "have",
     "has", "had", "did", "do", "does", "remain", "remained", "remains", "signed", "entered",
     "acceded", "followed", "left", "took", "take", "takes", "also", "still", "now", "then",
     "later", "eventually", "finally", "too", "subsequently")
)  # fmt: skip


# Words between "it" and the verb of its launch ("it was first set up", "it had been launched").
_LAUNCH_LINKS = frozenset(
    ("was", "is", "had", "has", "been", "first", "originally", "formally", "officially", "only")
)
_BEING = frozenset(("was", "is", "been"))


def _launch_verb(lower: list[str], k: int) -> str:
    """The launch verb "it" at ``k`` is what was launched by: the verb's object ("NATO launched
    it", "the Allies set it up") or its passive subject ("it was launched", "it had first been
    set up"); "" for the subject of an active verb ("it launched an IPCP", "it had created ...")
    and any other "it"."""
    if k and lower[k - 1] in _LAUNCH_WORDS:
        return lower[k - 1]
    if lower[k - 1 : k + 2] == ["set", "it", "up"]:
        return "set"
    j = _verb_after_it(lower, k)
    if not _BEING.intersection(lower[k + 1 : j]) or j >= len(lower):
        return ""
    if lower[j] in LAUNCH_VERBS or lower[j : j + 2] == ["set", "up"]:
        return lower[j]
    return ""


# Verbs of an operation's run or end besides those of a start ("It lasted until 2016", "it came
# to an end in 2014").
_OPERATION_RUN_VERBS = OPERATION_ENDS | frozenset(("ran", "run", "lasted", "came"))


def _operation_it(
    lower: list[str],
    matches: list[Match],
    k: int,
    opens: bool,
    context: _Context,
    launch: str,
) -> Entity | None:
    """The operation "it" at ``k`` stands for as the subject of an operation's start, run or end
    (``launch``: the launch verb it is the passive subject of, if any): of the frameworks,
    operations and NATO named before it in the sentence, no preposition's object ("after ISAF"),
    the last, when it is an operation ("ISAF was set up in 2001 and it ended in 2014"); when none
    is, and "it" opens the sentence (``opens``), the operation the sentence just before was about
    (``_Context.operation``). None otherwise, and for a verb of a state's birth after a sentence
    about a country ("It was founded in 1948")."""
    if not (launch or _operation_verb_after(lower, k)):
        return None
    named = [
        m
        for m in matches
        if m.end <= k and m.entity.label in _IT_NAMED and not _in_passing_at(lower, m)
    ]
    if named:
        return named[-1].entity if named[-1].entity.label == "Operation" else None
    if not opens or (launch in _BIRTH_VERBS and context.subjects):
        return None
    return context.operation


# Words before an operation that name it in passing, as a time or what another took over from
# ("Resolute Support began in 2015 after ISAF", "replacing Active Endeavour").
_PASSING = frozenset(
    ("after", "before", "following", "since", "until", "replacing", "succeeding", "unlike")
)  # fmt: skip


def _in_passing_at(lower: list[str], m: Match) -> bool:
    """Whether a name is a preposition's object ("of ISAF", "after ISAF"), or the subject of a
    comparison's clause: not what its clause is about."""
    j = m.start - 1
    while j >= 0 and lower[j] in ("the", "operation"):
        j -= 1
    return _governed(lower, m) or (j >= 0 and lower[j] in _PASSING)


def _operation_verb_after(lower: list[str], k: int) -> bool:
    """Whether "it" at ``k`` is the subject of an operation's start, run or end ("it ended",
    "it was terminated", "It began its mission")."""
    j = _verb_after_it(lower, k)
    return j < len(lower) and lower[j] in OPERATION_STARTS | _OPERATION_RUN_VERBS


def _verb_after_it(lower: list[str], k: int) -> int:
    """Where the verb after "it" at ``k`` stands, past its auxiliaries and adverbs ("it had first
    been set up", "it was formally ended")."""
    j = k + 1
    while j < len(lower) and lower[j] in _LAUNCH_LINKS:
        j += 1
    return j


# Verbs of joining whose object "it" is a framework or NATO: "Jordan joined it in 2014".
_JOINED_IT = frozenset(("joined", "joins", "rejoined", "entered"))
# What "it" of a launch or a joining may stand for, named before it in its sentence: an operation
# named last makes "it" the operation's, which no such rule reads ("sent troops to ISAF and
# joined it").
_IT_NAMED = frozenset(("Framework", "Organization", "Operation"))
# Verbs of a launch that say a state's birth too: after a sentence about a country, "It was
# founded in 1948" is the country's.
_BIRTH_VERBS = frozenset(("founded", "established", "created", "formed"))


# The words by which NATO's members name themselves ("the Allies launched it in 2004").
_NATO_BODY_WORDS = frozenset(("allies", "allied", "alliance"))


def _it_stands_for(
    tokens: list[str], matches: list[Match], k: int, context: _Context, launch: str
) -> Entity | None:
    """The framework "it" at ``k`` stands for as what was launched (``launch``: by that verb) or
    joined (NATO too): the one named last before it in the sentence, or else the one the sentence
    before was about. None when the last named is an operation or a framework as part of another
    name; and, for the one of the sentence before, when a name the reader does not know stands
    before "it" ("When the Global Coalition against Daesh formed, Qatar joined it") or the
    sentence before was about a country and the verb says a state's birth too ("Israel has been
    an MD partner since 1995. It was founded in 1948.")."""
    lower = [t.lower() for t in tokens]
    # NATO named before a launch launched it ("NATO launched it"): it is never what was launched
    kinds = _IT_NAMED - {"Organization"} if launch else _IT_NAMED
    named = [m for m in matches if m.end <= k and m.entity.label in kinds]
    if named:
        last = named[-1]
        if last.entity.label == "Framework":
            return last.entity if _framework_itself(lower, last) else None
        return last.entity if last.entity.label == "Organization" else None
    known = {j for m in matches for j in range(m.start, m.end)}
    # NATO's own bodies by their names ("The North Atlantic Council launched it", "the Allies"):
    # no name the reader does not know
    known |= {j for j, t in enumerate(lower[:k]) if t in _NATO_BODY_WORDS}
    known |= {
        j + i
        for j in range(len(lower[:k]))
        if lower[j : j + 3] == ["north", "atlantic", "council"]
        for i in range(3)
    }
    if any(t[:1].isupper() and j not in known for j, t in enumerate(tokens[1:k], 1)):
        return None
    if launch:
        if launch in _BIRTH_VERBS and (context.subjects or context.launched_unsure):
            return None
        return context.launched
    topic = context.topic
    if topic is not None and (topic == context.launched or topic.label == "Organization"):
        return topic
    return None


def _framework_itself(lower: list[str], m: Match) -> bool:
    """Whether a match names a framework itself, not another thing by its name ("the ICI Regional
    Centre", "a DCB package")."""
    return m.entity.label == "Framework" and (
        m.end >= len(lower) or lower[m.end] not in NAME_PART_NOUNS
    )


# what a framework's partners are called after its name ("a Dialogue partner", "two Initiative
# countries")
_FRAMEWORK_PARTNER_NOUNS = frozenset(
    ("partner", "partners", "country", "countries", "member", "members", "state", "states",
     "nation", "nations", "membership", "partnership")
)  # fmt: skip


def _heads_a_partner_noun(tokens: list[str], k: int, first: int) -> bool:
    """Whether the capitalised word at ``k`` (a head of a framework's name) qualifies a partner
    noun after it ("a Dialogue partner", "fellow Dialogue countries"), not after another name
    it is part of ("an ASEAN Dialogue Partner", "the Shangri-La Dialogue")."""
    return (
        tokens[k][:1].isupper()
        and k + 1 < len(tokens)
        and tokens[k + 1].lower() in _FRAMEWORK_PARTNER_NOUNS
        and (k - 1 < first or not tokens[k - 1][:1].isupper() or tokens[k - 1] == "NATO")
        and tokens[k - 1] not in ("-", "'s")
    )


# Prepositions whose object a later pronoun does not resume while a subject stands before them.
_GOVERNING = frozenset(
    ("of", "with", "to", "from", "by", "for", "against", "than", "towards", "toward", "between",
     # a place: "a designation made in Washington in 2004; it is not a member of NATO"
     "in", "at", "near", "over", "into", "across", "inside", "alongside")
)  # fmt: skip
# Nouns before "as" that make it a comparison's preposition ("the same year as Russia", "at the
# same time as Sweden", "such as Jordan"), not a conjunction ("as Sweden waited; it ...").
_AS_COMPARED = frozenset(("year", "time", "month", "day", "date", "week", "moment", "such"))
# Words before "like" and "unlike" that make them a comparison's preposition ("Like Mongolia,
# ...", ", like Mongolia before it,"), not a verb ("did not like Finland's application").
_LIKE_OPENERS = frozenset((",", "(", "just", "much", "and", "but", "-", "\u2014", "\u2013"))


def _governed(lower: list[str], m: Match) -> bool:
    """Whether a country is a preposition's object ("an ally of the United States"), or the
    subject of a comparison's clause ("..., as did Albania; it had joined ...")."""
    j = m.start - 1
    while j >= 0 and lower[j] == "the":
        j -= 1
    if j > 0 and lower[j] in _ECHO_AUX and lower[j - 1] == "as":
        return True
    if j >= 0 and lower[j] == "as":
        return j > 0 and lower[j - 1] in _AS_COMPARED
    if j >= 0 and lower[j] in ("like", "unlike"):
        return j == 0 or lower[j - 1] in _LIKE_OPENERS
    return j >= 0 and lower[j] in _GOVERNING


def _the_named(head: str, context: _Context) -> Entity | None:
    """The framework "the initiative" (a head of its name) stands for: the one of that head the
    article has named; of two or more ("the Partnership Interoperability Initiative", then a
    line on the Capacity Building Initiative), the one it has named most often so far, the one
    it is about, rather than the last; None when none is named more often than each other."""
    named = context.heads_named.get(head, [])
    if len(named) <= 1:
        return context.frameworks.get(head)
    counts = sorted((context.times_named[e] for e in named), reverse=True)
    if counts[0] == counts[1]:
        return None
    return max(named, key=lambda e: context.times_named[e])


# Words that open a clause set before the main one and date it from the clause's event ("After
# it joined the PfP, Slovenia ...": claims._another_events_date), whose pronoun may stand for the
# main clause's subject. Not "when": its clause dates the main one, and is read with it.
_SUBORDINATORS = frozenset(("after", "before"))
_LEAD_MAX = 4  # words before such a word: "Ten years after", "Not long after"


def _subject_after(lower: list[str], matches: list[Match], at: int) -> list[Entity]:
    """The countries a pronoun at ``at`` stands for when it opens a clause set before the main
    clause, at the sentence's start, and the main clause opens with them right after its comma
    ("Ten years after it joined the PfP in 1994, Slovenia became a NATO member"); none
    otherwise."""
    opener = at - 1
    if lower[opener] not in _SUBORDINATORS or opener > _LEAD_MAX:
        return []
    if not all(t.isalnum() for t in lower[:opener]):
        return []
    close = next((k for k in range(at + 1, len(lower)) if lower[k] in (",", ";", ":")), None)
    if close is None or lower[close] != ",":
        return []
    countries = sorted(
        (m for m in matches if m.entity.label == "Country" and m.start > at),
        key=lambda m: (m.start, m.end),
    )
    if not countries or countries[0].start != close + 1:
        return []  # a country inside the clause, or a main clause that opens otherwise
    group = [countries[0]]
    for m in countries[1:]:
        if not all(w in LIST_JOINERS for w in lower[group[-1].end : m.start]):
            break
        group.append(m)
    return list(dict.fromkeys(m.entity for m in group))


# Words that may stand between "a" and "Ally": "a full Ally", "a fellow Ally", "the newest Ally".
_ALLY_ADJECTIVES = frozenset(
    ("full", "fellow", "new", "newest", "latest", "last", "most", "recent", "founding", "formal",
     "official", "both", "now", "all", "not", "n't", "never", "yet", "already", "still")
)  # fmt: skip
# Words between "are" and "Allies" that make it membership of NATO: "are now Allies", "are not yet
# Allies", "are both full Allies".
_ALLY_STATE_WORDS = frozenset(
    (
        "now",
        "full",
        "not",
        "n't",
        "never",
        "yet",
        "already",
        "still",
        "fellow",
        "formal",
        "official",
    )
)
# The verbs after which "Allies" says what its subjects are or became ("are now Allies"), not who
# acted ("the Allies agreed").
_BECOMING = frozenset(("are", "were", "became", "become", "becomes", "been", "be", "remain"))


def _of_nato(lower: list[str], matches: list[Match], context: _Context, nato: Entity) -> bool:
    """Whether a sentence is about NATO: it names NATO or "the Alliance", or the article has
    named NATO before it."""
    return (
        context.nato_named
        or context.topic == nato
        or any(m.entity == nato for m in matches)
        or "alliance" in lower
        or "nato" in lower
    )


# Words after "Allies" that make them another bond's ("Allies in the CSTO", "Allies against
# Russia", "Allies of the US"), unless a year follows ("became Allies in 2024").
_ALLIES_OF_ANOTHER = frozenset(("in", "against", "of", "with", "to", "for", "since"))


def _an_ally(tokens: list[str], k: int, of_nato: bool = True) -> bool:
    """Whether the word at ``k`` is "Ally" written as NATO writes it, for a member of NATO: with
    a capital, after "a" or "an" (and words like "full", "newest" or an ordinal) or after "to" a
    few words from a "from" ("went from partner to Ally"), or "Allies" after "are" or "became",
    not of another ("an Ally of the United States", "an ally" in lower
    case are left alone)."""
    if tokens[k] not in ("Ally", "Allies") or k == 0 or tokens[k + 1 : k + 2] in (["of"], ["to"]):
        return False
    j = k - 1
    while j > 0 and (tokens[j].lower() in _ALLY_ADJECTIVES or _ordinal(tokens[j])):
        j -= 1
    if tokens[k] == "Allies":  # "Finland and Sweden became Allies": said of its subjects
        after = [t.lower() for t in tokens[k + 1 : k + 3]]
        if (
            after[:1]
            and after[0] in _ALLIES_OF_ANOTHER
            and not (len(after) == 2 and after[0] in ("in", "since") and year_of(after[1]))
        ):
            return False
        verb = tokens[j].lower()
        if verb not in _BECOMING or not of_nato:
            return False
        # "are Allies" alone may say allied to each other ("Israel and the US are Allies"); "became
        # Allies", "are now Allies", "are not yet Allies" say what they are in NATO
        return verb.startswith("bec") or any(
            t.lower() in _ALLY_STATE_WORDS for t in tokens[j + 1 : k]
        )
    if tokens[j].lower() == "to" and "from" in (t.lower() for t in tokens[max(j - 6, 0) : j]):
        return True  # "went from partner to Ally", "from PfP partner to full Ally"
    return tokens[j].lower() in ("a", "an", "the", "its")


# Ordinal words from "second" (a "first" is too common a word to list a sentence for): a place
# among the Allies the rank readers may have left unread.
_PLACE_WORDS_SPELLED = frozenset(
    ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "newest", "latest"]
)  # fmt: skip


# What a rank among a framework's partners ranks: "its seventh partner", "the first Gulf state".
_RANKED_PARTNERS = frozenset(
    ("partner", "partners", "member", "members", "country", "countries", "state", "states",
     "nation", "nations", "signatory", "participant")
)  # fmt: skip


def _ranks_a_partner(lower: list[str], matches: list[Match]) -> bool:
    """Whether a sentence gives someone a place in order among partners: a rank word or ordinal
    with a partner noun at most two words after it ("its seventh partner", "the first Gulf
    state", "the 21st partner country"), before "to" ("the first to join", "the last to sign") or
    after "among the" ("among the first, in 1995"), or right after a country's name, ending its
    clause ("the UAE first,"), or a comparison of times ("earlier than any other Gulf state",
    "ahead of Qatar"); not "the first time", "the 21st century", "at last"."""
    ends = {m.end for m in matches if m.entity.label == "Country"}
    return any(
        (
            (t in RANK_WORDS or _ordinal(t) or t in _PLACE_WORDS_SPELLED)
            and (
                _RANKED_PARTNERS.intersection(lower[k + 1 : k + 4])
                or lower[k + 1 : k + 2] == ["to"]
                or lower[max(k - 2, 0) : k] == ["among", "the"]
                or (k in ends and lower[k + 1 : k + 2] in ([], ["."], [","], [";"]))
            )
        )
        or (t, lower[k + 1] if k + 1 < len(lower) else "") in _COMPARED_TIMES
        for k, t in enumerate(lower)
    )


# Comparisons of when partners joined: "earlier than any other", "ahead of Qatar".
_COMPARED_TIMES = frozenset(
    (("earlier", "than"), ("later", "than"), ("sooner", "than"), ("ahead", "of"),
     ("before", "any"), ("after", "any"))
)  # fmt: skip


def _ordinal(token: str) -> bool:
    return token[:-2].isdigit() and token[-2:] in ("st", "nd", "rd", "th")


def _one_list(tokens: list[str], countries: list[Match]) -> bool:
    """Whether the countries form one list: "Australia and New Zealand", "Qatar, Kuwait and Oman"."""
    return all(
        all(t.lower() in LIST_JOINERS for t in tokens[a.end : b.start])
        for a, b in pairwise(countries)
    )


def _remember(
    context: _Context, tokens: list[str], matches: list[Match], raws: list[RawClaim]
) -> None:
    had_subjects = bool(context.subjects)
    subjects = list(dict.fromkeys(r.subject for r in raws if r.subject.label == "Country"))
    countries = list(dict.fromkeys(m.entity for m in matches if m.entity.label == "Country"))
    # only a sentence about one set of countries hands them on; one that opens with its only
    # country, or its only list of countries, hands them on even without a claim ("Georgia is
    # an aspirant. It joined ...", "Australia and New Zealand sent ministers. Both countries ..."),
    # past a transcript's speaker ("NASSER: Jordan's the star pupil. It's been ...")
    own = [m for m in matches if m.entity.label == "Country"]
    first = opening_word([t.lower() for t in tokens])
    opens = bool(own) and own[0].start <= first + 1 and _one_list(tokens, own)
    if subjects and subjects == countries:
        context.subjects = subjects
    elif not raws and opens:
        context.subjects = countries
    elif not raws and len(countries) == 1 and a_text_reported([t.lower() for t in tokens]):
        # a corrections notice's error, of one country, which the next sentence corrects: "A
        # story on 28 May described Kazakhstan as a Dialogue partner. It is a PfP partner."
        context.subjects = countries
    else:
        context.subjects = []
    # and only a sentence about one framework (or NATO alone) hands on its topic; one that
    # names none keeps the topic it used ("Kuwait joined in 2004. Oman has not joined.")
    frameworks = list(dict.fromkeys(m.entity for m in matches if m.entity.label == "Framework"))
    # the operation a sentence is about, for the next one's "It": the one it names, no
    # preposition's object ("Resolute Support began in 2015 after ISAF"), or the one it opens
    # with; none after a sentence naming a framework, or none, or two in another place
    lowered = [t.lower() for t in tokens]
    operations = list(
        dict.fromkeys(
            m.entity
            for m in matches
            if m.entity.label == "Operation" and not _in_passing_at(lowered, m)
        )
    )
    opening = [m.entity for m in matches if m.entity.label == "Operation" and m.start <= first]
    context.operation = (
        None
        if frameworks
        else operations[0]
        if len(operations) == 1
        else opening[0]
        if opening
        else None
    )
    nato = [m.entity for m in matches if m.entity.label == "Organization"]
    joins = [r for r in raws if not r.negated and r.tense == "event"]
    context.nato_joined = (
        next((r.object for r in joins if r.predicate == "member_of"), None)
        if not any(r.predicate == "partner_in" for r in joins)
        else None
    )
    context.nato_named = context.nato_named or bool(nato)
    if nato and not frameworks and not speaks_of_membership(tokens):
        nato = []  # NATO named, but not as a body one joins: "NATO leaders met in Vilnius"
    if nato and not frameworks and all(_in_passing(tokens, m) for m in matches if m.entity in nato):
        # "Both left the programme when they joined the Alliance": NATO named in a clause of
        # time only, in passing; the next bare "joined" is not of it
        nato = []
    if frameworks or nato:
        context.topic = (
            frameworks[0] if len(frameworks) == 1 else nato[0] if not frameworks else None
        )
        lower_tokens = [t.lower() for t in tokens]
        itself = any(_framework_itself(lower_tokens, m) for m in matches)
        context.launched = context.topic if len(frameworks) == 1 and itself else None
        context.launched_unsure = bool(context.subjects)
        lower = {t.lower() for t in tokens}
        context.topic_denied = bool(lower & _DENIALS) and not any(not r.negated for r in raws)
    elif not any(r.object == context.topic for r in raws):
        context.topic = None
        if matches or had_subjects:
            context.launched = None
        context.launched_unsure = context.launched is not None
        # a line that names nothing at all ("Rating: TRUE" under a fact check's claim about the
        # MD) keeps what "it" of a launch stands for: no other thing was named to stand for (not
        # after a sentence about a country, whose "it" may be the country's: "Israel has been an
        # MD partner since 1995. The country is small. It was founded in 1948.")
    for m in matches:
        if m.entity.label == "Framework":
            context.times_named[m.entity] += 1
            for head in _heads(m.entity):
                context.frameworks[head] = m.entity
                named = context.heads_named.setdefault(head, [])
                if m.entity not in named:
                    named.append(m.entity)


_FOLLOWS = frozenset(("follow", "followed", "follows"))
_DENIALS = frozenset(("not", "n't", "never", "none", "neither", "nor", "no"))


# Words that open a clause of time: what it names is named in passing ("when they joined NATO").
_TIME_CLAUSE = frozenset(("when", "after", "before", "until", "till", "once", "upon", "whenever"))
_CLAUSE_EDGES = frozenset((",", ";", ":", "(", ")", "\u2014", "\u2013", "-"))


def _in_passing(tokens: list[str], m: Match) -> bool:
    """Whether a match stands in a clause of time ("..., when it joined NATO in 2004", "After
    joining the Alliance, ..."): what the sentence is about is named elsewhere."""
    for k in range(m.start - 1, -1, -1):
        word = tokens[k].lower()
        if word in _TIME_CLAUSE:
            return True
        if word in _CLAUSE_EDGES:
            return False
    return False


# words of taking part, or of a part suspended ("NATO suspended its cooperation with Belarus in
# 2022"); not of leaving or coming back, which news uses of travel ("returned from the summit")
# the words of return that say nothing else ("returned" may be from a meeting)
_RETURN_TIES = frozenset(("rejoin", "rejoined", "rejoining", "rejoins", "resumed", "readmitted"))
_TIES = PART_WORDS | SUSPEND_WORDS | HALT_WORDS | _RETURN_TIES
# what a sentence with no country the data holds says of its subject: a joining, a suspension,
# or one member or partner ("Kosovo joined NATO", "Lebanon is a Mediterranean Dialogue partner");
# not "members" or "allies" of the body itself ("NATO allies agreed ...")
_SUBJECT_TIES = (
    EVENT_WORDS
    | SUSPEND_WORDS
    | _RETURN_TIES
    | frozenset(("member", "partner", "ally", "participant"))
)
# capitalised words that open a sentence or a phrase without naming its subject
_NOT_A_NAME = frozenset(
    ("a", "an", "the", "it", "its", "this", "that", "these", "those", "their", "both", "all",
     "some", "many", "most", "no", "in", "on", "at", "by", "for", "with", "since", "after",
     "before", "during", "as", "while", "when", "if", "but", "and", "yet", "so", "there",
     "today", "now", "last", "next", "according", "under", "despite")
)  # fmt: skip
_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "her"))


def _speaks_of_a_partnership(
    tokens: list[str], lower: list[str], matches: list[Match], unknown: bool = False
) -> bool:
    """Whether a sentence names a country together with a framework, or with NATO as a body one
    joins, partners or suspends ("became a NATO partner"), or says so of a name the data does
    not hold ("Kosovo joined NATO in 2020"): the sentences a claim could have come from.
    ``lower`` is ``tokens`` in lower case; ``unknown``: the sentence names a country the data
    does not hold (world.py)."""
    labels = {m.entity.label for m in matches if not _a_place(lower, m)}
    if unknown:  # a country the data does not hold ("Cyprus is not in the PfP"), as one it does
        labels.add("Country")
    if _contributes(lower, matches):
        return True  # "Japan sent combat troops to ISAF": a part in an operation, not checked
    if any(sized_nato(lower, m) for m in matches):
        return True  # "The 30-member alliance met in The Hague": NATO's size then, not read
    if (
        "Institution" in labels
        and _INSTITUTION_DATE_WORDS.intersection(lower)
        and any(year_of(t) for t in lower)
    ):
        # "The NATO-ICI Regional Centre opened in Kuwait in 2019", "Established in 2019, the
        # NATO-Ukraine Council meets ...": an institution's dates, which the reader does not check
        return True
    if {"Country", "Threat"} <= labels and _COOPERATING.intersection(lower):
        # "Russia cooperated with NATO on terrorism until 2014": a cooperation, or its end, in
        # words no claim was read from
        return True
    if {"Country", "Threat"} <= labels and _FACING.intersection(lower):
        # "Both Israel and Jordan face terrorism with NATO": a threat shared, in words no claim
        # was read from
        return True
    if "Institution" in labels and any(m.entity.label == "Country" for m in matches):
        # "Qatar hosts the NATO-ICI Regional Centre" (Kuwait does), "The Centre sits in Doha"
        # (a capital, even as a place): where an institution sits, or whom it serves, which no
        # claim reads
        return True
    if "Country" not in labels:
        if not {"Framework", "Organization", "Operation"} & labels:
            return False
        if "Organization" in labels and _PARTNER_NOUNS.intersection(lower) and _counts(lower):
            # "NATO has 40 partners": a count of NATO's partners at large, which no fact gives
            return True
        if "Operation" in labels and _OPERATION_DATE_WORDS.intersection(lower):
            # "In 2016, Operation Sea Guardian began", "ISAF ended its combat role in 2014": an
            # operation's start or end, in words no claim was read from
            return True
        if "Framework" in labels and (
            _START_OR_END_WORDS.intersection(lower)
            or _counts_or_quantifies(lower)
            or _LINEAGE_WORDS.intersection(lower)
        ):
            # "NATO launched the ICI in 2010", "The ICI has three members", "All six GCC states
            # are members of the ICI", "The EAPC replaced the NACC in 1997": of the framework
            # itself, or of all its partners at once
            return True
        if "Organization" in labels and _counts_or_quantifies(lower) and _MEMBERS & set(lower):
            # "NATO has 30 members", "NATO's 12 founding members signed ...": not "Leaders of
            # NATO's 32 Allies gathered", who are named by their number
            return True
        if {"Framework", "Threat"} <= labels and ADDRESS_WORDS.intersection(lower):
            # "The ICI does not address maritime security", "The MD may come to cover cyber
            # defence": what a framework addresses, in words no claim was read from
            return True
        return any(t in _SUBJECT_TIES for t in lower) and _unknown_name_first(tokens, matches)
    joins = (
        speaks_of_membership(lower)
        or any(t in _TIES for t in lower)
        # "Non-NATO Sweden sent a frigate": a status said in passing, which the reader does not
        # check
        or any(m.entity.label == "Organization" and lower[m.start - 2 : m.start] == ["non", "-"]
               for m in matches)
        # "Israel ist 2016 der NATO beigetreten": a sentence in another language, whose words
        # the reader cannot read (it passed without a word)
        or _not_english(lower, matches)
        # "Norway did not co-found NATO", "NATO was founded in Washington by Turkey": a founding
        # in words no claim was read from
        or bool(_FOUNDING_WORDS.intersection(lower))
        # "Mongolia cooperates with NATO on nuclear deterrence": work on an area the data does
        # not name, which no fact can confirm
        or (bool(_WORKING.intersection(lower)) and _on_something(lower))
        # "Poland moved from the Warsaw Pact to NATO in 1999": a move into NATO from a standing
        # the reader does not read
        or (bool(MOVING_VERBS.intersection(lower)) and "from" in lower and "to" in lower)
    )  # fmt: skip
    dated = _year_in_words(lower) or any(
        year_of(t) and not counts_at(lower, k) for k, t in enumerate(lower)
    )
    if not {"Framework", "Organization"} & labels:
        # "The UAE joined on June 22, 2006", "Morocco and Egypt have been partners since February
        # 1995", "Moldova: partner since 1994": the framework left to the text before, a dated
        # join or partnership whose object the reader could not tell
        joins = bool(_BARE_JOINS.intersection(lower))
        return (
            (joins and dated)
            # "Algeria followed two years later.", "Sweden joined that same year.", "Ukraine did
            # the same in 1995": a join dated from another, which the reader does not read
            or (
                (joins or bool(_FOLLOWING.intersection(lower)) or bool(_CHANGING & set(lower)))
                and (dated or bool(_RELATIVE_TIMES.intersection(lower)))
            )
            or ("Allies" in tokens and bool(_BECOMING.intersection(lower)))  # "became Allies"
            # "Both Finland and Sweden became members in 2023": a member of a body left unnamed
            or unstated_membership(lower)
        )
    if "Organization" in labels and dated and ("partnership" in lower or _WORKING & set(lower)):
        # "Pakistan, whose partnership with NATO began in 2005, ...", "Georgia has worked with
        # NATO since 1994": a tie with NATO, dated, in words no claim was read from
        return True
    if any(m.entity.key == "NATO" for m in matches) and _TIES_WITH_NATO & set(lower):
        # "Afghanistan's partnership with NATO remains active", "... cooperation with NATO ...":
        # a tie with NATO, in words no claim was read from (dated or not)
        return True
    if "Organization" in labels and dated and _STATUS_WORDS.intersection(lower):
        # "NATO granted Pakistan MNNA status in 2004": a status, whoever grants it, in words no
        # claim was read from
        return True
    if "Organization" in labels and dated and "|" in tokens:
        # "Japan | NATO | 2010": a table's row under a header the reader does not take as one of
        # joins ("Country | Organisation | Year"), which may say anything of the two
        return True
    return "Framework" in labels or ("Organization" in labels and joins)


_MEMBERS = frozenset(("member", "members"))
_FOUNDING_WORDS = frozenset(
    ("founded", "found", "cofounded", "founder", "founders", "founding", "created", "established")
)
# The words of working together on something among the triggers of cooperation (not "partner",
# "relations" or "together", which say nothing of a threat worked on)
_COOPERATING = COOP_WORDS - frozenset(
    ("partner", "partnered", "partnering", "partners", "partnership", "relations",
     "relationship", "ties", "together", "sends", "sent", "deployed", "deploys")
)  # fmt: skip
# Words of working with NATO at large, on nothing named ("has worked with NATO since 1994").
_WORKING = frozenset(
    ("worked", "work", "works", "working", "cooperated", "cooperates", "cooperating",
     "co-operated", "collaborated", "collaborates", "engaged", "cooperation", "co-operation")
)  # fmt: skip
_WORKING_OR_COOPERATING = _WORKING | _COOPERATING  # the verbs before the "on" of areas
_STATUS_WORDS = frozenset(("status", "designation", "designated"))
# Verbs of doing as another did ("Algeria followed", "Ukraine did the same", "Algeria came much
# later"), and words of a time told from another ("two years later", "the following year", "that
# same year").
_FOLLOWING = frozenset(("followed", "follows", "follow", "did", "same", "came", "arrived"))
# Verbs of a partnership's suspension or end ("The former was suspended in 2014", "It left in
# 1996"): with no framework named, dated, listed as joins are.
_CHANGING = frozenset(("suspended", "left", "withdrew", "quit", "rejoined", "returned", "resumed"))
_RELATIVE_TIMES = frozenset(
    ("later", "earlier", "following", "previous", "same", "afterwards", "subsequently", "prior",
     "next")
)  # fmt: skip
_BARE_JOINS = frozenset(
    ("joined", "joins", "join", "acceded", "rejoined", "signed", "partner", "partners",
     "partnership")
)  # fmt: skip
# Words of one framework taking another's place ("The EAPC replaced the NACC in 1997").
_LINEAGE_WORDS = frozenset(
    ("replace", "replaced", "replaces", "replacing", "succeed", "succeeded", "supersede",
     "superseded", "supersedes", "successor", "predecessor")
)  # fmt: skip


def _not_english(lower: list[str], matches: list[Match]) -> bool:
    """Whether a sentence is in another language: two or more common words of another language
    (text.OTHER_WORDS), and more of them than common English words."""
    named = {k for m in matches for k in range(m.start, m.end)}
    words = [t for k, t in enumerate(lower) if k not in named]
    foreign = sum(t in OTHER_WORDS for t in words)
    return foreign >= 2 and foreign > sum(t in ENGLISH_WORDS for t in words)


_LAUNCH_WORDS = LAUNCH_VERBS | {"launch"}
# and of a framework's or an operation's start or end, in words the reader may not date ("The PfP
# began in 1994", "ISAF's combat mission ended in 2014")
_START_OR_END_WORDS = _LAUNCH_WORDS | OPERATION_STARTS | OPERATION_ENDS
# and an institution's opening or closing ("the Centre opened in 2017", "set up in 2023")
_OPENING_WORDS = frozenset(
    ("opened", "opens", "set", "inaugurated", "closed", "shut", "dissolved", "disbanded",
     "replaced", "since")
)  # fmt: skip
# and an operation's run ("ran until 2010", "has patrolled the Mediterranean since 2016")
_RUN_WORDS = frozenset(("ran", "run", "running", "lasted", "underway", "since", "until", "till"))
# the words of an institution's dates and of an operation's, put together once, not per sentence
_INSTITUTION_DATE_WORDS = _START_OR_END_WORDS | _OPENING_WORDS
# Nouns of a tie with NATO ("Afghanistan's partnership with NATO remains active").
_TIES_WITH_NATO = frozenset(
    ("partnership", "partnerships", "cooperation", "co-operation", "relationship",
     "relationships", "relations", "ties", "dialogue")
)  # fmt: skip
# Words of a threat faced ("Jordan faces terrorism with NATO").
_FACING = frozenset(
    ("face", "faces", "faced", "facing", "confront", "confronts", "confronted", "confronting",
     "counter", "counters", "countered", "countering", "combat", "combats", "combating",
     "fight", "fights", "fought", "fighting", "tackle", "tackles", "tackled", "tackling",
     "share", "shares", "shared", "sharing")
)  # fmt: skip
_OPERATION_DATE_WORDS = _START_OR_END_WORDS | _RUN_WORDS
# words that speak of all the partners, or of only some, or count them
_QUANTIFIERS = frozenset(("only", "sole", "solely", "all", "every", "none", "neither"))
_NUMBER_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "dozen",
     "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
)  # fmt: skip
_COUNTED = frozenset(
    ("members", "partners", "participants", "countries", "states", "allies", "nations")
)
# Verbs that give a count after them ("The partners across the globe number nine").
_NUMBERING = frozenset(("number", "numbers", "numbered", "total", "totals", "totalled", "totaled"))
_COUNT_REACH = 4  # words from a number to what it counts ("six Enhanced Opportunities Partners")


def _counts_or_quantifies(lower: list[str], matches: list[Match] | None = None) -> bool:
    """Whether words count partners ("three members", "32 Allies") or speak of all or only
    some of them ("only Qatar and Bahrain", "all six", "the only ICI member"); "not only" is no
    limit, nor is "all" right after the countries it sums up ("Turkmenistan and Uzbekistan all
    joined"), nor "neither" with its "nor" ("Neither Saudi Arabia nor Oman has joined")."""
    ends = {m.end for m in matches or () if m.entity.label == "Country"}
    for k, t in enumerate(lower):
        if t == "only" and k and lower[k - 1] == "not":
            continue
        if t == "all" and k in ends:
            continue
        if t == "neither" and "nor" in lower[k + 1 :] and k + 1 in {m.start for m in matches or ()}:
            continue
        if t in _QUANTIFIERS:
            return True
    return _counts(lower)


def _counts(lower: list[str]) -> bool:
    """Whether a number counts partners or members ("six Enhanced Opportunities Partners", "40
    partner countries") or is given as their count ("The partners across the globe number
    nine")."""
    for k, t in enumerate(lower):
        if not (t.isdigit() or t in _NUMBER_WORDS):
            continue
        if k and lower[k - 1] in _NUMBERING:
            return True
        after = lower[k + 1 : k + 1 + _COUNT_REACH]
        # to "the" ("In 2024 the Allies") or a mark ("In 2004, partners ...")
        ends = [j for j, w in enumerate(after) if w == "the" or not w[:1].isalnum()]
        if any(w in _COUNTED for w in (after[: ends[0]] if ends else after)):
            return True
    return False


_PLACE_WORDS = frozenset(("in", "at", "from", "to", "near", "outside", "visited"))


def _a_place(lower: list[str], m: Match) -> bool:
    """Whether a country found by its capital's name is only where something happens: a
    dateline ("WASHINGTON — ...") or a place ("met in Washington", "flew to Kyiv")."""
    if not m.capital:
        return False
    dateline = m.start == 0 and m.end < len(lower) and lower[m.end] in DASHES
    return dateline or (m.start > 0 and lower[m.start - 1] in _PLACE_WORDS)


# What may stand between a dateline's place and its dash: "KUWAIT CITY, Nov 18 (Newswire) -",
# "ALMATY/BAKU, 2 December —", "BRUSSELS, Dec. 3 (AP) --"
_DATELINE_MARKS = frozenset((",", "/", "(", ")", "."))
_DATELINE_SPAN = 10  # tokens from the place to the dash at most


def _in_dateline(tokens: list[str], m: Match) -> bool:
    """Whether a country, or the capital that stands for one, is the place of a dateline that
    opens the sentence: a capital, or a name in capitals, at its start (after other such
    places: "ALMATY/BAKU"), then a dash, or a comma, a date, perhaps an agency in brackets, and
    a dash ("KUWAIT CITY, Nov 18 (Newswire) - Officials ..."). Where the story was filed says
    nothing of that country. A timeline's item ("Kuwait, December 2004 - joins the ICI") names
    its country neither in capitals nor by its capital, and is no dateline."""
    if m.entity.label != "Country":
        return False
    name = [t for t in tokens[m.start : m.end] if t.isalpha()]
    if not (m.capital or (name and all(t.isupper() and len(t) > 1 for t in name))):
        return False
    if any(t != "/" and not (t.isalpha() and t.isupper()) for t in tokens[: m.start]):
        return False  # not at the start: "met in KUWAIT CITY - ..."
    dated = False
    for k in range(m.end, min(len(tokens), m.end + _DATELINE_SPAN)):
        t = tokens[k]
        if t in DASHES:
            return dated or k == m.end
        low = t.lower().rstrip(".")
        if low in MONTHS_LOWER or (t.isdigit() and len(t) <= 4):
            dated = True
        elif not (t in _DATELINE_MARKS or t[:1].isupper()):
            return False
    return False


# Words before a country that make it only where something happens: "flew missions over
# Libya", "troops in Afghanistan", "deployed across Iraq".
_WHERE_WORDS = frozenset(("over", "across", "into", "throughout", "inside", "above", "in", "near"))


def _where(lower: list[str], m: Match) -> bool:
    """Whether a country, named by its own name, is only where something happens ("flew missions
    over Libya"): no claim of it goes unread, as with a capital (``_a_place``)."""
    k = m.start - 1
    while k > 0 and lower[k] == "the":
        k -= 1
    return m.entity.label == "Country" and k >= 0 and lower[k] in _WHERE_WORDS


def _contributes(lower: list[str], matches: list[Match]) -> bool:
    """Whether a sentence says what a country did in an operation: a country (not only where the
    operation was: "Operation Unified Protector in Libya") and an operation named with a word of
    taking part in it, sending or contributing ("Japan sent combat troops to ISAF", "Qatar
    contributed aircraft to Operation Unified Protector"). The reader makes no claim of it."""
    if not any(m.entity.label == "Operation" for m in matches):
        return False
    countries = [
        m
        for m in matches
        if m.entity.label == "Country" and not _where(lower, m) and not _a_place(lower, m)
    ]
    return bool(countries) and bool(CONTRIBUTE_WORDS.intersection(lower))


def _unknown_name_first(tokens: list[str], matches: list[Match]) -> bool:
    """Whether a capitalised word no match covers comes before the first framework or NATO:
    a subject the data does not hold ("Kosovo", "In 2020, Lebanon ...")."""
    first = min(m.start for m in matches if m.entity.label in ("Framework", "Organization"))
    covered = {k for m in matches for k in range(m.start, m.end)}
    return any(
        t[:1].isupper() and t.isalpha() and t.lower() not in _NOT_A_NAME and k not in covered
        for k, t in enumerate(tokens[:first])
    )


# words of a state or a change of one, in a clause that names no object
_STATE_WORDS = (
    PART_WORDS | MEMBER_WORDS | LEAVE_WORDS | SUSPEND_WORDS | RESUME_WORDS | CONTINUE_WORDS
    | frozenset(("active", "expelled", "excluded", "still", "today", "now", "currently"))
)  # fmt: skip


# Words after NATO's name, or before it, that make it the body one is a member of: "a NATO
# member", "NATO membership", "joined NATO", "admitted into NATO", "a member of NATO".
_NATO_MEMBER_AFTER = frozenset(("member", "members", "membership", "ally", "allies", "accession"))
_NATO_MEMBER_BEFORE = frozenset(
    ("joined", "join", "joins", "joining", "rejoined", "entered", "enter", "enters", "into",
     "admitted")
)  # fmt: skip
# ... and two words before it: "acceded to NATO", "admitted to NATO", "accession to NATO".
_NATO_MEMBER_TWO_BEFORE = frozenset(
    (("member", "of"), ("members", "of"), ("acceded", "to"), ("accede", "to"),
     ("accedes", "to"), ("accession", "to"), ("admitted", "to"), ("admission", "to"))
)  # fmt: skip


def _membership_of_nato(lower: list[str], m: Match) -> bool:
    """Whether NATO is named here as the body of a membership (``_NATO_MEMBER_AFTER``,
    ``_NATO_MEMBER_BEFORE``, ``_NATO_MEMBER_TWO_BEFORE``), or is "an Ally" ("later became an
    Ally"); not "NATO's" anything ("NATO's ICI")."""
    if m.entity.label != "Organization" or lower[m.end : m.end + 1] == ["'s"]:
        return False
    return (
        m.text in ("Ally", "Allies")
        or "".join(lower[m.end : m.end + 1]) in _NATO_MEMBER_AFTER
        or (m.start > 0 and lower[m.start - 1] in _NATO_MEMBER_BEFORE)
        or tuple(lower[max(m.start - 2, 0) : m.start]) in _NATO_MEMBER_TWO_BEFORE
    )


def _read_in_part(
    lower: list[str],
    matches: list[Match],
    raws: list[RawClaim],
    unknown: bool = False,
    where: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """Whether a sentence that made claims says more than they hold: a country, framework or
    area named in none of them ("Finland joined NATO in 2023 and Sweden in the same year", if Sweden's part
    went unread; "The ICI focuses on terrorism, not on energy security"; a capital is left out,
    as it may name only a place), a year none of them
    gives ("... and was expelled in 2022"), or a clause with no object of its own after the
    last name ("... and remains an active partner"). ``where``: the tokens of places whose
    country is only where something happened ("at Sintra, Portugal, in May 1997":
    claims.places), left out as a capital is."""
    if not raws:
        return False
    if unknown:
        # "Serbia and Kosovo joined the PfP in 2006", "The ICI's members are Bahrain, Kuwait,
        # Qatar and Yemen": a country the data does not hold is named, and no claim holds it
        return True
    if _contributes(lower, matches):
        return True  # "Georgia, a PfP partner, sent troops to ISAF": its part in ISAF is unread
    if any(sized_nato(lower, m) for m in matches) and not any(
        r.predicate == "member_count" for r in raws
    ):
        return True  # "Finland joined the 32-member alliance in 2023": its size when? unread
    if any(r.predicate in ("member_count", "partner_count") for r in raws):
        # "NATO's 32 members include Sweden": the count is read; any other is still not
        counted = counted_words(lower, matches)
        lower = ["" if k in counted else t for k, t in enumerate(lower)]
    if _counts_or_quantifies(lower, matches) and not any(
        # its "only" is read (claims._only), and "all" of a partner's cooperation suspended
        r.predicate in ("only_partner_in", "nato_suspended_cooperation", "cooperation_suspended")
        for r in raws
    ):
        return True  # "Only Bahrain, Kuwait and Qatar are ICI members": each is, the "only" is not
    claimed = {r.subject for r in raws} | {r.object for r in raws}
    if any(_membership_of_nato(lower, m) for m in matches) and not any(
        r.predicate in ("member_of", "member_count") for r in raws
    ):
        # "Qatar joined the ICI in 2005 and later became a NATO member", "Qatar, a NATO partner
        # since 2005, later became a NATO member": a membership of NATO that no claim holds
        return True
    if any(m.entity.label == "Institution" and m.entity not in claimed for m in matches):
        # "Qatar, an ICI partner since 2005, hosts the NATO-ICI Regional Centre" (Kuwait does):
        # an institution no claim reads, where it sits or whom it serves
        return True
    if any(
        m.entity.label in ("Country", "Framework", "Threat")
        and not m.capital
        and not _where(lower, m)
        and m.start not in where  # "at Sintra, Portugal, in May 1997": a place (claims.places)
        and m.entity not in claimed
        and m.area not in claimed
        for m in matches
    ):
        return True
    if _unclaimed_year(lower, raws):
        return True
    if any(r.predicate == "cooperates_on" for r in raws) and _an_area_unnamed(lower, matches):
        return True  # "... on maritime security, cyber defence and space": space is not read
    if _main_clause_after_an_aside(lower, matches):
        # "Malta, which joined the PfP in 1995, has participated without interruption ever
        # since": the aside is read, the main clause's taking part (of nothing it names) is not
        return True
    if _companion_unread(lower, matches, raws):
        return True  # "Algeria joined the MD alongside Morocco": at the same time, unread
    if _time_after_another(lower):
        # "Slovenia became a NATO member ten years after it joined the PfP": a claim dated from
        # another event is not read, whichever else is
        return True
    if (
        any(r.predicate == "member_of" for r in raws)
        and not any(r.rank for r in raws)
        and any(
            (_ordinal(t) or t in _PLACE_WORDS_SPELLED)
            and lower[k + 1 : k + 2] != ["of"]  # "the 11th of March": a day
            and not (lower[k + 1 : k + 2] and lower[k + 1] in MONTHS_LOWER)
            and not (k and lower[k - 1] in MONTHS_LOWER)  # "March 12th, 1999": a day
            for k, t in enumerate(lower)
        )
    ):
        return True  # "... in 2024, making it the 31st": a place among the Allies left unread
    if any(r.predicate == "partner_in" and not r.rank for r in raws) and _ranks_a_partner(
        lower, matches
    ):
        # "Algeria joined the MD in 2000, becoming its seventh partner", "Kuwait was the first
        # Gulf state to join the ICI": the order of partners is not checked
        return True
    last = max((m.end for m in matches), default=0)
    rest = lower[last:]
    joins = [k for k, t in enumerate(rest) if t in ("and", "but", ";")]
    if joins and any(t in _STATE_WORDS for t in rest[joins[0] + 1 :]):
        return True
    # a clause about the subject again after the last name ("..., when it became an Ally",
    # "..., the year it became an Ally"): its state or change goes unread
    named = max(
        (m.end for m in matches if m.text.lower() not in _STANDS_IN and m.text != "Ally"),
        default=0,
    )
    dated = _dated_by_the_clause_before(lower, raws)
    if dated is not None:
        return dated  # a "when" clause: read when its event took the date before it
    after = lower[named:]
    # the sentence's own subject, a pronoun at its start ("It joined in March 2024", "Wrong - it
    # joined ..."), is the claims' subject, no clause after them
    lead = next((k for k, t in enumerate(lower) if t not in (",", "the", "both")), 0)
    return any(
        t in _STANDS_IN and named + k != lead and _TRAILING_STATE.intersection(after[k + 1 :])
        for k, t in enumerate(after)
    )


def _an_area_unnamed(lower: list[str], matches: list[Match]) -> bool:
    """Whether the areas listed after the "on" of work together hold one the data does not name
    ("Japan cooperates with NATO on maritime security, cyber defence and space"): an item of the
    list, between commas and "and", with no area in it. The list ends at the sentence's end, a
    semicolon or a clause set off ("..., which ...", "..., since 2014")."""
    threats = [m for m in matches if m.entity.label == "Threat"]
    if not threats:
        return False
    at = next((k for k in range(threats[0].start - 1, -1, -1) if lower[k] == "on"), None)
    if at is None or not _WORKING_OR_COOPERATING.intersection(lower[:at]):
        return False
    end = next(
        (k for k in range(at + 1, len(lower)) if lower[k] in (";", ".", "?", "!")), len(lower)
    )
    items: list[tuple[int, int]] = []
    start = at + 1
    for k in range(at + 1, end + 1):
        if k == end or lower[k] in (",", "and", "or"):
            if k > start:
                items.append((start, k))
            start = k + 1
    covered = {k for m in threats for k in range(m.start, m.end)}
    others = {k for m in matches if m.entity.label != "Threat" for k in range(m.start, m.end)}
    for first, last in items:
        if others.intersection(range(first, last)):
            break  # "..., and Australia is an IP4 partner": another clause, the list has ended
        words = [t for t in lower[first:last] if t not in ("the", "a", "an", "also", "its")]
        if not words:
            continue
        if words[0] in _LIST_TAIL_OPENERS or any(year_of(t) for t in words):
            break  # "..., since 2014", "..., which ...": the list has ended
        if not covered.intersection(range(first, last)):
            return True
    return False


def _on_something(lower: list[str]) -> bool:
    """Whether an "on" stands before a thing worked on, not a date ("on 12 May 2015")."""
    return any(
        t == "on"
        and lower[k + 1 : k + 2]
        and not lower[k + 1][:1].isdigit()
        and lower[k + 1] not in MONTHS_LOWER
        for k, t in enumerate(lower)
    )


# Words that end a list of areas when they open an item: a clause or a phrase of time.
_LIST_TAIL_OPENERS = frozenset(
    ("which", "who", "that", "since", "from", "until", "in", "for", "as", "while", "but",
     "through", "under", "within", "with", "among", "including", "notably", "especially")
)  # fmt: skip


# Words that open an aside after a subject: a relative clause or an apposition ("Malta, which
# joined ...,", "Jordan, a partner since 1995,").
_ASIDE_OPENERS = frozenset(("which", "who", "whose", "a", "an", "the", "once", "long", "one"))


def _main_clause_after_an_aside(lower: list[str], matches: list[Match]) -> bool:
    """Whether a country's aside ("Malta, which joined the PfP in 1995,") is followed by a main
    clause that says a state or a change (taking part, membership, a suspension: "has
    participated without interruption ever since") and names no framework, NATO or country of
    its own: that clause's claim is not read, only the aside's."""
    for m in matches:
        if m.entity.label != "Country" or lower[m.end : m.end + 1] != [","]:
            continue
        if lower[m.end + 1 : m.end + 2] == [] or lower[m.end + 1] not in _ASIDE_OPENERS:
            continue
        close = next((k for k in range(m.end + 2, len(lower)) if lower[k] in (",", ";", ":")), None)
        if close is None or lower[close] != ",":
            continue
        after = lower[close + 1 :]
        if any(n.start > close and n.entity.label in _NAMED_AFTER for n in matches):
            continue
        if any(t in _STATE_WORDS for t in after):
            return True
    return False


_NAMED_AFTER = frozenset(("Framework", "Organization", "Country"))


# Words before a country that make it a companion of the subject ("alongside Morocco", "together
# with Egypt", "at the same time as Tunisia"): the two did it at one time, which no claim holds.
_COMPANIONS = (("alongside",), ("together", "with"), ("along", "with"), ("same", "time", "as"))


def _companion_unread(lower: list[str], matches: list[Match], raws: list[RawClaim]) -> bool:
    """Whether a sentence says that countries joined together ("Algeria joined the MD alongside
    Morocco") and no claim of it gives the date: each join is read, but not that they came at
    one time (Algeria joined in 2000, Morocco in 1995), so the sentence is read in part."""
    companion = any(
        m.entity.label == "Country"
        and any(tuple(lower[max(0, m.start - len(c)) : m.start]) == c for c in _COMPANIONS)
        for m in matches
    )
    return companion and any(r.tense == "event" and not r.dated and not r.negated for r in raws)


def _dated_by_the_clause_before(lower: list[str], raws: list[RawClaim]) -> bool | None:
    """For a clause after a date that opens with ", when" or ", the year" and says a state or a
    change ("joined the PfP in 1994, when it joined NATO"): whether it went unread. Its date is
    the one before, which the reader carries over to an event only (claims.py): read when two
    claims give that year (the one before the comma and the clause's), else listed. None when
    the sentence has no such clause."""
    for k in range(1, len(lower) - 1):
        if lower[k] != "," or not (
            lower[k + 1] == "when" or lower[k + 1 : k + 3] in (["the", "year"], ["that", "year"])
        ):
            continue
        years = [y for t in lower[max(0, k - 3) : k] if (y := year_of(t))]
        if years and _TRAILING_STATE.intersection(lower[k + 1 :]):
            return sum(_gives(r, years[-1]) for r in raws) < 2
    return None


# words that stand in for a subject named before ("it", "the country")
_STANDS_IN = frozenset(("it", "they", *_COUNTRY_NOUNS))
# what a trailing clause about it may say that no claim of the sentence holds
_TRAILING_STATE = (
    MEMBER_WORDS | LEAVE_WORDS | SUSPEND_WORDS | HALT_WORDS | frozenset(("partner", "partners"))
)


def _unclaimed_year(lower: list[str], raws: list[RawClaim]) -> bool:
    """Whether a sentence with a claim that can take a year gives a year none of its claims
    holds ("... was expelled in 2022"; "joined the Partnership for Peace (PfP) in 1996" where
    the reader lost the year to the brackets); "a 2023 NATO report" names a report, not a date."""
    if not any(r.predicate in DATED_PREDICATES for r in raws):
        return False
    if any(_undated(r) for r in raws) and _time_in_words(lower):
        return True  # "joined the PfP during the Cold War", "at the turn of the century"
    return any(
        (y := year_of(t)) is not None
        and not (k and lower[k - 1] in _DETERMINERS)
        and not counts_at(lower, k)  # "with 2000 troops"
        and not any(_gives(r, y) for r in raws)
        for k, t in enumerate(lower)
    )


# A time the reader cannot compare, written in words or in a form it does not read: "during the
# Cold War", "at the turn of the century", "in the 20th century", "in the nineties", "1996/97",
# "1996-97", "14 Dec 96", "FY1996". An undated claim beside one would be judged without it.
_ERA_WORDS = frozenset(
    ("century", "centuries", "millennium", "nineties", "eighties", "seventies", "sixties",
     "fifties", "noughties", "twenties", "thirties", "forties", "era")
)  # fmt: skip
MONTHS_LOWER = frozenset((*MONTHS, *MONTH_ABBREVIATIONS))
_ODD_DATE = re.compile(r"^(fy\d{2,4}|\d{4}[/\u2013-]\d{2}|'?\d{2}|\d{4}/\d{4})$")


# Words that, before a number, make it a date ("in 1899", "on 18 February 1852").
_BEFORE_A_DATE = frozenset(("in", "on", "since", "by", "until", "till", "from", "year", "of"))


def _odd_year(lower: list[str], k: int) -> bool:
    """Whether the number at ``k`` stands where a year would and is none the reader takes
    ("joined NATO in 1899", "in 2107", "on 18 February 1852", "in 199", "in 19999")."""
    t = lower[k]
    if not (t.isdigit() and 3 <= len(t) <= 5) or year_of(t) is not None or k == 0:
        return False
    before = lower[k - 1].rstrip(".")
    after = lower[k + 1] if k + 1 < len(lower) else "."
    return (before in _BEFORE_A_DATE or before in MONTHS_LOWER) and (
        not after[:1].isalpha() or after in _AFTER_A_YEAR
    )


# Words that may follow a year ("in 1899 and ...", "in 1852 when ..."), not a noun it counts
# ("in 300 exercises").
_AFTER_A_YEAR = frozenset(
    ("and", "or", "but", "when", "while", "after", "before", "as", "under", "with", "to", "at",
     "following", "amid", "until", "because", "for")
)  # fmt: skip


# Nouns of time a word of reference may date ("the same year", "at that time", "the following
# month"), and words that alone place a claim after another's date ("later", "subsequently").
_REFERRED_UNITS = frozenset(("year", "month", "time", "day", "week", "moment"))
_AFTER_ANOTHER = frozenset(("later", "subsequently", "afterwards", "afterward", "thereafter"))


def _relative_time(lower: list[str]) -> bool:
    """A date given by reference to another: "the same year as Finland", "ten years after it
    joined the PfP", "a year later", "the following year", "at the same time", "at the time",
    "later", "subsequently", "shortly after" (not "later than 2023", a bound)."""
    return (
        _time_after_another(lower)
        or any(
            t in _REFERRED_UNITS
            and k
            and (lower[k - 1] in YEAR_BY_REFERENCE or lower[k - 2 : k] == ["at", "the"])
            for k, t in enumerate(lower)
        )
        or any(
            t in _AFTER_ANOTHER and lower[k + 1 : k + 2] != ["than"] for k, t in enumerate(lower)
        )
        or any(
            t in ("shortly", "soon", "immediately")
            and lower[k + 1 : k + 2] in (["after"], ["afterwards"], ["thereafter"])
            for k, t in enumerate(lower)
        )
        or _time_by_reference(lower)
    )


# Words that date a claim at another's time ("Sweden joined NATO simultaneously", "then", "in the
# same round of enlargement"); the framework's own start, in words ("at its launch", "from the
# start", "in its first year"); a length of time from another event ("a year on", "within
# months").
_AT_ANOTHERS_TIME = frozenset(
    ("simultaneously", "concurrently", "meanwhile", "then", "same", "thereupon", "likewise")
)
_STARTS = frozenset(
    ("launch", "inception", "creation", "foundation", "outset", "start", "beginning",
     "birth", "establishment", "debut", "opening", "onset")
)  # fmt: skip
_FIRST_OF = RELATIVE_UNITS | frozenset(("round", "wave", "group", "batch", "intake", "days"))


def _time_by_reference(lower: list[str]) -> bool:
    """A time given by reference to another event or to the framework's own start: "Algeria,
    too, joined the Dialogue then", "joined NATO simultaneously", "in the same round of
    enlargement", "a year on", "within months", "at its launch", "from the start", "in its
    first year"."""
    for k, t in enumerate(lower):
        before, after = lower[max(0, k - 2) : k], lower[k + 1 : k + 3]
        if t in _AT_ANOTHERS_TIME:
            return True
        if t in _STARTS and before[-1:] and before[-1] in ("its", "the", "their"):
            return True
        if t == "first" and after[:1] and after[0] in _FIRST_OF:
            return True
        if t == "on" and before[-1:] and before[-1] in RELATIVE_UNITS and after[:1] in ([","], []):
            return True  # "A year on, Algeria joined"
        if t == "within" and (set(after) & RELATIVE_UNITS):
            return True  # "Within months, Algeria joined"
    return False


def _time_after_another(lower: list[str]) -> bool:
    """A length of time after or before another event: "ten years after it joined the PfP", "a
    year later"."""
    return any(
        t in FROM_ANOTHER_DATE and k and lower[k - 1].removesuffix("s") in RELATIVE_UNITS
        for k, t in enumerate(lower)
    )


# A year written in words: "nineteen ninety-nine", "twenty twenty-three", "two thousand and
# four" (the reader takes none; a sentence with one is listed, see ``_year_in_words``)
_CENTURY_WORDS = frozenset(("nineteen", "twenty"))
_DECADE_WORDS = frozenset(
    ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
     "ninety", "oh", "hundred")
)  # fmt: skip


_YEAR_WORD_ENDS = frozenset(
    ("and", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty")
)  # fmt: skip


def _year_in_words(lower: list[str]) -> bool:
    """Whether the sentence writes a year in words ("in nineteen ninety-nine", "two thousand and
    four")."""
    return any(
        (t in _CENTURY_WORDS and lower[k + 1 : k + 2] and lower[k + 1] in _DECADE_WORDS)
        or (
            t == "two"
            and lower[k + 1 : k + 2] == ["thousand"]
            # "two thousand and four", "two thousand four", "in two thousand.": not "two
            # thousand soldiers"
            and (
                not lower[k + 2 : k + 3]
                or not lower[k + 2][:1].isalpha()
                or lower[k + 2] in _YEAR_WORD_ENDS
            )
        )
        for k, t in enumerate(lower)
    )


def _time_in_words(lower: list[str]) -> bool:
    text = " ".join(lower)
    return (
        "cold war" in text
        or _year_in_words(lower)
        or _relative_time(lower)
        or any(_odd_year(lower, k) for k in range(len(lower)))
        or any(t in _ERA_WORDS for t in lower)
        or any(_ODD_DATE.match(t) and not t.isdigit() for t in lower)
        or any(
            t.isdigit() and len(t) == 2 and k and lower[k - 1].rstrip(".") in MONTHS_LOWER
            for k, t in enumerate(lower)
        )
    )


# The historic present of a join, as a timeline tells it ("1998 - Kazakhstan joins", "Malta
# follows"): with its year lost, the sentence says nothing of the state now.
_HISTORIC_JOINS = HISTORIC_PRESENT | {"follows"}
# A past act of becoming: a sentence telling one with a year the reader lost ("In 2006 Israel
# became the first MD partner to finalise an ICP"), and no state now in words of the present
# ("Qatar is a partner in the ICI, which it became part of in 2005"), claims no state now; an
# act of something else ("Finland, a NATO member, signed an agreement with the US in 2023")
# leaves the state its aside says
_BEING_NOW = frozenset(
    ("is", "are", "remain", "remains", "belongs", "belong", "has", "have", "stays", "stay")
)
_PAST_ACTS = frozenset(("became",))


def _ceased(lower: list[str], raws: list[RawClaim], restated: bool = False) -> list[RawClaim]:
    """The claims of a sentence of one clause whose one denial is "no longer", or "not" with "any
    more", "anymore" or "any longer" at its end ("Poland is no longer a NATO member", "Finland is
    not a PfP partner anymore"), each denial of the present marked ``ceased``: it says the state
    held before, and is false of one that never did (or holds). So is "Neither remains ..."
    (``restated``: the countries named before, each denied). A sentence of more clauses
    ("Sweden is no longer neutral, but Ireland remains outside NATO") or with another denial
    ("..., but Georgia is not a member") is left as it is: which claim is which denial's it
    cannot tell."""
    if _CLAUSE_BREAKS.intersection(lower):
        return raws
    negators = [k for k, t in enumerate(lower) if t in NEGATORS]
    words = [t for t in lower if t[:1].isalnum()]
    if restated:
        ceased = bool(negators) and bool(_STILL_WORDS.intersection(words) or _any_more(words))
    elif len(negators) != 1:
        return raws
    else:
        k = negators[0]
        after = lower[k + 1 :]
        ceased = (
            lower[k] == "no" and after[:1] == ["longer"] and not {"and", "or"} & set(after)
        ) or (lower[k] in ("not", "n't") and _any_more(words) and not {"and", "or"} & set(after))
    if not ceased:
        return raws
    return [replace(r, ceased=True) if r.negated and r.tense == "present" else r for r in raws]


# Words that part a sentence into clauses, each of which may deny something of its own.
_CLAUSE_BREAKS = frozenset(
    (",", ";", ":", "but", "while", "although", "though", "whereas", "because", "yet", "since")
)
# "Neither country remains a PfP partner": a denial that it still is, so that it was.
_STILL_WORDS = frozenset(("remains", "remain", "still", "longer"))


def _any_more(words: list[str]) -> bool:
    """Whether a clause ends with "any more", "anymore" or "any longer"."""
    return words[-1:] == ["anymore"] or words[-2:] in (["any", "more"], ["any", "longer"])


def _undated(claim: RawClaim) -> bool:
    """A claim of a past event or state that can take a year and states none ("Belarus was
    suspended"): a year its sentence gives may be its own. A present state ("counts Morocco among
    its members") or a denial ("have not joined") is said of no year."""
    return (
        claim.predicate in DATED_PREDICATES
        and claim.tense in ("past", "event")
        and not claim.negated
        and not claim.dated
    )


def _present_state(claim: RawClaim) -> bool:
    """A claim of a state now that could have taken a start ("is a partner of the MD")."""
    return claim.predicate in DATED_PREDICATES and claim.tense == "present" and not claim.negated


def _since_by_reference(lower: list[str]) -> bool:
    """Whether the sentence gives a start by reference to another event: "since then", "since
    that time", "ever since" (with no year after it)."""
    for k, t in enumerate(lower):
        if t != "since":
            continue
        after = lower[k + 1 : k + 2]
        if after and after[0] in ("then", "that", "this", "which"):
            return True
        if lower[k - 1 : k] == ["ever"] and not (after and year_of(after[0])):
            return True
    return False


def _unclaimed_since(lower: list[str], raws: list[RawClaim]) -> bool:
    """Whether the sentence gives a start ("since 1995", "since the year 1995") that none of its
    claims holds: the reader lost it (it stood where no date is read, "is since 1995 a
    partner")."""
    return any(
        (y := year_of(t)) is not None
        and "since" in lower[max(0, k - 3) : k]
        and not any(_gives(r, y) for r in raws)
        for k, t in enumerate(lower)
    )


def _gives(claim: RawClaim, year: int) -> bool:
    """Whether a claim states ``year``: its own, its end, or the bound of the years it allows
    ("before 2000" allows up to 1999)."""
    if year in (claim.year, claim.until):
        return True
    return bool(claim.years) and min(claim.years) - 1 <= year <= max(claim.years) + 1


# A heading: a short paragraph that ends with no stop ("Fact box: the ICI at a glance", "Jordan
# and the Mediterranean Dialogue"); a question ("Who sits in it?") or a table's row is none.
_HEADING_MAX_WORDS = 12
_HEADING_ENDS = (".", "!", "?", ":", ";", ",")


def _heading(paragraph: str) -> bool:
    text = paragraph.strip().lstrip("#*_ ").rstrip("*_\"')] ")  # "## Key facts" in plain text
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith(_HEADING_ENDS)
        and "|" not in text
        and len(text.split()) <= _HEADING_MAX_WORDS
    )


def _section_named(lower: list[str], matches: list[Match], kept: Section | None) -> Section | None:
    """What a heading names for the lines under it: a framework alone (NATO's name beside it
    qualifies it: "NATO's Istanbul Cooperation Initiative"), NATO alone (not its partners:
    "NATO's Gulf partners"), a country alone, or a country and one body ("Jordan and the
    Mediterranean Dialogue"); ``kept``, the section before, when it names nothing the reader
    knows ("Timeline", "Key facts"); None when it names more (two countries, two frameworks),
    as its lines could be of either. ``lower``: the heading's words in lower case (the offsets
    of ``matches`` are not read)."""
    countries = list(
        dict.fromkeys(m.entity for m in matches if m.entity.label == "Country" and not m.capital)
    )
    frameworks = list(
        dict.fromkeys(m.entity for m in matches if m.entity.label == "Framework" and m.area is None)
    )
    nato = next((m.entity for m in matches if m.entity.label == "Organization"), None)
    if not countries and not frameworks and nato is None:
        return kept
    if len(countries) > 1 or len(frameworks) > 1:
        return None
    if not frameworks and _PARTNER_TALK.intersection(lower):
        nato = None  # "NATO's Gulf partners": its lines are not of NATO's members
    return Section(countries[0] if countries else None, frameworks[0] if frameworks else nato)


_PARTNER_TALK = frozenset(("partner", "partners", "partnership", "partnerships"))


# A timeline's item: a date, then a colon or a dash, then what happened ("2009: Albania and
# Croatia follow.", "Feb 2005 - Bahrain and Qatar follow.", "12 March 1999: ...").
_DATED_ITEM = re.compile(
    r"^\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+|\d{1,2}/)?(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d\W*?\s*[:\u2013\u2014-]\s"
)


def analyse(article: Article, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    """Sentences, mentions and (unchecked) claims of one article."""
    result = Analysis(article)
    seen: set[tuple[str, RawClaim]] = set()
    nato = gazetteer.entities.get("Organization|NATO")
    known = {
        e.key
        for ref, e in gazetteer.entities.items()
        if e.label == "Country" and ref not in gazetteer.unheld
    }
    lower_names = _lower_case_names(gazetteer)
    context = _Context()
    paragraphs = readable_paragraphs(article.paragraphs)
    last: tuple[int, str] | None = None  # where the last sentence's claims start, and its text
    # the countries each sentence of this paragraph and the one before named, nearest last: what
    # "none of the three" counts back over
    named_here: list[list[Entity]] = []
    named_before: list[list[Entity]] = []
    # names are found in the text without accents (entities.fold_accents), which keeps offsets
    for paragraph, doc in zip(paragraphs, nlp.pipe(map(fold_accents, paragraphs)), strict=True):
        context.subjects = []  # a new paragraph does not carry a pronoun's antecedent over
        context.operation = None
        if named_here:
            named_before, named_here = named_here, []
        heading = _heading(paragraph)
        named: list[Match] = []  # what a heading names, for the section under it
        words: list[str] = []  # and its words
        # Span.ents walks the whole document's entities: on a long text, once per sentence is
        # quadratic, so the entities are read once and cut per sentence
        ents = list(doc.ents)
        starts = [e.start for e in ents]
        for sent in doc.sents:
            text = paragraph[sent.start_char : sent.end_char].strip()
            if not text:
                continue
            if isinstance(paragraph, TableRow):
                text = paragraph.row  # the row as written is what the article says
            position = result.sentences
            result.sentences += 1
            pending, context.said = context.said, None
            if last is not None and _calls_the_last_false(text, last[1]):
                # 'Claim: "Ukraine is a NATO member." This is false.': the sentence before was
                # put up to be refuted, and makes no claim of the article's own; a report in it
                # ("Some outlets claimed that ...") is denied, as the writer's claim
                del result.claims[last[0] :]
                denied = (
                    answered(pending, Reply(False), context.topic)
                    if pending and not pending.gap and not _PARTLY_FALSE.search(text)
                    else []
                )
                if denied and pending is not None:
                    _add(result, seen, denied, f"{pending.text} {text}", position, article.key)
                    _read_after_all(result, pending.text)
                else:
                    _list(result, last[1])
                last = None
                continue
            opener = _false_opener(text)
            if opener and last is not None and len(result.claims) > last[0]:
                # "**South Korea joined NATO in 2022.** Not quite: it attended the summit as a
                # partner.": the sentence before, a teaser, is called wrong before this one says
                # what is true; it makes no claim of the article's own, and is listed
                del result.claims[last[0] :]
                _list(result, last[1])
            previous, last = last, (len(result.claims), text)
            own = ents[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
            matches = [m for m in (Match.of(e, gazetteer, sent) for e in own) if m is not None]
            if not matches and _a_speakers_cue(text):
                # "A." before "Yes. In May 1994.", a script's "MARIA" or "(without looking up)"
                # before her line: no words of their own, they hand the question or report
                # before them on to the line they open
                context.said, last = pending, previous
                continue
            if (
                pending is not None
                and not pending.asked
                and not pending.gap
                and previous is not None
                and not matches
                and _DOUBTS_THE_LAST.match(text.strip(" *_\"'\u201c\u201d"))
            ):
                # "Exhibit 4 states that Kyrgyzstan joined NATO in 2004. Is that right?": the
                # report put as a question, which makes no claim; the answer after it says
                # what is so ("No. ...")
                del result.claims[previous[0] :]
                _list(result, previous[1])  # until an answer reads it
                last = (len(result.claims), text)
                context.said = replace(pending, asked=True)
                continue
            for m in matches:
                if m.entity.ref in gazetteer.unheld:
                    continue  # no node of the graph to mention
                mention = result.mentions.setdefault(m.entity.ref, Mention(m.entity))
                mention.count += 1
                if (
                    text not in mention.sentences
                    and len(mention.sentences) < MAX_EVIDENCE_SENTENCES
                ):
                    mention.sentences.append(text)
            tokens = [paragraph[t.idx : t.idx + len(t.text)] for t in sent]
            # "No: it has been ...", an answer whose "No" also opens it as a verdict would
            answer = reply(tokens) if pending is not None and not pending.gap else None
            # "KUWAIT CITY, Nov 18 (Newswire) - ...": where the story was filed, no subject
            matches = [m for m in matches if not _in_dateline(tokens, m)]
            if opener:
                # the verdict's words are no part of what follows ("Not quite:" is no negation)
                tokens = _without_opener(tokens)
            tokens = _without_a_date_taken_back(tokens)
            # nor is an answer's opening "No," or "Yes," a word of the clause after it
            clause = without_yes_or_no(tokens)
            answers, tokens = clause != tokens, clause
            # a country the data does not hold, named where a claim of it could stand
            unknown = bool(_unknown_countries(paragraph, sent, matches, known))
            # or one the data holds written in lower case ("the uae joined the ICI in 2004"),
            # which the reader does not find: listed as not checked, never passed in silence
            unknown = unknown or _named_in_lower_case(tokens, matches, lower_names)
            resolved = _resolved(tokens, matches, context, nato)
            withheld: list[RawClaim] = []
            topic = context.topic
            if (
                context.topic_denied
                and context.topic is not None
                and _FOLLOWS.intersection(t.lower() for t in tokens)
            ):
                # "None of the four is in the PfP. ... New Zealand followed in 2024": not the PfP
                topic = None
            if (
                topic is None
                and context.nato_joined is not None
                and _FOLLOWS.intersection(t.lower() for t in tokens)
            ):
                # "Finland joined NATO on 4 April 2023. Sweden followed in March 2023."
                topic = context.nato_joined
            if topic is None and context.section is not None and _DATED_ITEM.match(text):
                # "Feb 2005: Bahrain and Qatar follow." in a timeline under the ICI's heading
                topic = context.section.body
            gapped: list[RawClaim] = []
            if pending is not None and pending.gap:
                # "When did Georgia join the PfP?" "In 1996.": the question's statement, its gap
                # filled by the answer
                gapped = _named_as(filled(pending, tokens, resolved, topic), list(pending.matches))
                if gapped and not _asks_an_order(pending.text):
                    _read_after_all(result, pending.text)
                if gapped:
                    _add(result, seen, gapped, f"{pending.text} {text}", position, article.key)
            if pending is not None and answer is not None:
                # "Is Colombia a NATO member?" "It is not.": the question's claim, answered
                # named as the question names them ("an Enhanced Opportunities Partner")
                replied = _named_as(answered(pending, answer, topic), list(pending.matches))
                if replied and not pending.asked and previous is not None:
                    del result.claims[previous[0] :]  # a report denied is not the article's
                    last = (len(result.claims), text)
                if replied:
                    _read_after_all(result, pending.text)
                _add(result, seen, replied, f"{pending.text} {text}", position, article.key)
            recent = [named_here[-1:], named_here] if named_here else [named_before]
            restated = none_of(tokens, resolved, recent)
            echoed = (
                _echoed(tokens, resolved, result.claims[previous[0] :], answers)
                if restated is None and previous is not None
                else None
            )
            if restated is not None:
                # "None of the three is a member of NATO": the three named just before, denied
                raws = claims_in(*restated, topic, withheld, context.section)
            elif echoed is not None:
                # "Ireland cooperates with NATO on crisis management. So does Austria.": the
                # sentence before's claim, of the countries this one names
                raws = echoed
            elif denied_in(tokens) and (
                reported := report(tokens[: before_denial(tokens)], resolved, text)
            ):
                # "Some outlets claimed that Georgia joined NATO; this is false."
                raws = _named_as(answered(reported, Reply(False), topic), list(reported.matches))
            else:
                plain = _has_been_since(tokens, resolved)
                bracketed = (
                    None
                    if plain or fact_box_label(tokens, resolved)
                    else _dated_in_brackets(tokens, resolved)
                )  # a fact box's line reads its own dates ("Members: Bahrain (2005), ...")
                words, moved = bracketed[:2] if bracketed else plain or (tokens, resolved)
                raws = claims_in(words, moved, topic, withheld, context.section)
                if bracketed is not None:
                    # "Bahrain (2005), Kuwait (2004) and Qatar (2005) joined the ICI": each
                    # country's join at the date in brackets after its name
                    raws = _dated_by_brackets(raws, bracketed[2])
                denial = _not_of_nato(tokens, resolved, nato)
                if denial is not None and not any(r.predicate == "member_of" for r in raws):
                    # "Armenia is a member of the CSTO, not of NATO": the contrast denies it
                    if not raws and (rest := _without_contrast(tokens, resolved)) is not None:
                        # "Austria remains a PfP partner rather than an Ally": what the words
                        # before it say, which the contrast's "Ally" kept from being read
                        raws = claims_in(*rest, topic, withheld, context.section)
                    raws += claims_in(*denial, topic)
                put = true_or_false(tokens, resolved, text)
                if put is not None:
                    raws = []  # "True or false: Oman is in the ICI.": put to be judged, not said
                context.said = (
                    put
                    or question(tokens, resolved, text)
                    or wh_question(tokens, resolved, text)
                    or report(tokens, resolved, text)
                )
            named_here.append(
                list(dict.fromkeys(m.entity for m in resolved if m.entity.label == "Country"))
            )
            lower = [t.lower() for t in tokens]
            raws = _ceased(lower, raws, restated is not None)
            if _unclaimed_year(lower, raws):
                # The reader lost a year the sentence gives ("joined the Partnership for Peace
                # (PfP) in 1996", "was suspended by NATO in 2022"): an undated claim of it would
                # be judged without that year, so the sentence is listed instead.
                raws = [r for r in raws if not _undated(r)]
                if (
                    _unclaimed_since(lower, raws)
                    or _HISTORIC_JOINS.intersection(lower)
                    or (_PAST_ACTS.intersection(lower) and not _BEING_NOW.intersection(lower))
                ):
                    # "Morocco is since the year 1995 partner of the MD": the state now, judged
                    # without the start the sentence gives it, would be its first half alone;
                    # and "1998 - Kazakhstan joins" tells a join of a year the reader lost,
                    # never the state now; nor does "In 2006 Israel became the first MD
                    # partner to finalise an ICP", a past act whose year was lost
                    raws = [r for r in raws if not _present_state(r)]
            disputed = False
            if _date_disputed(lower, {m.start for m in matches if m.entity.label == "Country"}):
                # "Bahrain joined the ICI in 2004, the delegation's paper said, a date NATO's
                # records put in February 2005": a date reported, then another set against it;
                # which the writer holds the reader cannot tell, so neither date is judged
                kept = [r for r in raws if not r.dated]
                disputed = len(kept) != len(raws)
                raws = kept
            if _ranks_a_partner(lower, resolved):
                # "Jordan was not the first to join the MD": the denial is the rank's, not the
                # joining's, which the order of partners (not checked) leaves unread
                raws = [r for r in raws if not (r.predicate == "partner_in" and r.negated)]
            if _since_by_reference(lower):
                # "Since then Malta has also sat in the EAPC", "has been one ever since": a start
                # given by reference to another event, which the reader does not date; the state
                # now, judged alone, would be half the claim
                raws = [r for r in raws if not _present_state(r) and r.tense != "since"]
            if not isinstance(paragraph, TableHeader) and (
                withheld
                or disputed
                or (restated is not None and not raws)
                or (not raws and _speaks_of_a_partnership(tokens, lower, resolved, unknown))
                or (
                    not raws
                    and not gapped
                    and answer is None
                    and _answers_unread(previous, lower, resolved)
                )
                or (
                    restated is None
                    and echoed is None
                    and _read_in_part(lower, resolved, raws, unknown, places(tokens, resolved))
                )
            ):
                _list(result, text, again=True)
            if answers and pending is not None and pending.asked and _of_the_asked(raws, pending):
                # "Did Jordan join the MD in 1995? Yes, it joined in 1995.": the answer says in
                # full what the question asked
                _read_after_all(result, pending.text)
            elif (
                pending is not None
                and pending.asked
                and not pending.gap
                and _restates_the_asked(raws, pending, topic)
            ):
                # "# Is Georgia a NATO member?" then "Georgia is not a NATO member.": a headline's
                # or a Q&A's question the next sentence answers in full, with no "Yes" or "No"
                _read_after_all(result, pending.text)
            raws = _named_as(raws, resolved, tokens)
            asked_about = (context.topic, context.launched)
            _remember(context, tokens, resolved, raws)
            if answer is not None and pending is not None and not context.subjects:
                # "Is Israel a NATO member? No. It has been an MD partner since 1995.": a bare
                # answer hands on the countries its question asked about
                context.subjects = list(
                    dict.fromkeys(m.entity for m in pending.matches if m.entity.label == "Country")
                )
            if not resolved and _answers_a_question(tokens, previous):
                # and any bare answer what its question asked of them: "Did Finland join NATO in
                # 2022? No. It joined in 2023.", "Did NATO launch the MD in 1995? No. It was
                # launched in 1994."
                context.topic, context.launched = asked_about
            if heading and (fact_box_label(tokens, resolved) or _DATED_ITEM.match(text)):
                heading = False  # "Joined NATO: 2004", "2004: Kuwait joins": a box's line, an item
            if heading:
                named += resolved
                words += lower
            elif not _a_boxs_line_of_its_subject(tokens):
                context.section = _section_kept(context.section, resolved)
            if pending is None and previous is not None and last and _wholly_quoted(previous[1]):
                # '"Croatia joined NATO in 2004." Croatia joined in 2009.': a quotation the next
                # sentence sets right (another year) or denies is another's words, as a report is
                quoted = _denied_by(result.claims[previous[0] : last[0]], raws)
                if quoted:
                    result.claims[previous[0] : last[0]] = [
                        c for c in result.claims[previous[0] : last[0]] if c not in quoted
                    ]
                    last = (last[0] - len(quoted), text)
            if pending is not None and not pending.asked and previous is not None and last:
                # "Our guest said that Russia had left the PfP. Russia has never left it.": a
                # report the next sentence states the other way round is another's words
                denied_report = _denied_by(result.claims[previous[0] : last[0]], raws)
                if denied_report:
                    result.claims[previous[0] : last[0]] = [
                        c for c in result.claims[previous[0] : last[0]] if c not in denied_report
                    ]
                    last = (last[0] - len(denied_report), text)
                elif redated := _restated_in_its_verb(
                    tokens, resolved, pending, result.claims[previous[0] : last[0]]
                ):
                    # "Our previous brief stated that Algeria joined the Dialogue in 1995.
                    # Algeria joined in 2000.": the report set right, at its own date, is the
                    # writer's claim
                    del result.claims[previous[0] : last[0]]
                    last = (previous[0], text)
                    _add(result, seen, redated, f"{pending.text} {text}", position, article.key)
                    _read_after_all(result, pending.text)
                elif _denies_in_its_verb(tokens, resolved, pending) and (
                    denied := _named_as(
                        answered(pending, Reply(False), topic), list(pending.matches)
                    )
                ):
                    # and so is one it denies in its verb alone ("Russia has never formally
                    # left; ...", "It never left."): the report turned round is the writer's
                    del result.claims[previous[0] : last[0]]
                    last = (previous[0], text)
                    _add(result, seen, denied, f"{pending.text} {text}", position, article.key)
                    _read_after_all(result, pending.text)
            _add(result, seen, raws, text, position, article.key)
        if heading:
            context.section = _section_named(words, named, context.section)
    return result


def _denied_by(reported: list[Claim], raws: list[RawClaim]) -> list[Claim]:
    """The claims of a report (``reported``: the sentence before's, a verb of report's clause)
    that a sentence's own claims (``raws``) state the other way round: "In episode 110 our guest
    said that Russia had left the PfP." then "Russia has never formally left."; or set right
    with another year: "Our last brief stated that Algeria joined the Mediterranean Dialogue in
    1995." then "Algeria joined the Mediterranean Dialogue in 2000."."""
    turned = {(r.predicate, r.subject, r.object, not r.negated) for r in raws}
    redated = {
        (r.predicate, r.subject, r.object, r.negated): r.year
        for r in raws
        if r.year is not None and not r.years and r.until is None
    }
    return [
        c
        for c in reported
        if (c.raw.predicate, c.raw.subject, c.raw.object, c.raw.negated) in turned
        or redated.get((c.raw.predicate, c.raw.subject, c.raw.object, c.raw.negated), c.raw.year)
        not in (c.raw.year, None)
    ]


_OPENING_QUOTES = ('"', "\u201c", "'", "\u2018")
_CLOSING_QUOTES = ('"', "\u201d", "'", "\u2019")


def _wholly_quoted(sentence: str) -> bool:
    """Whether a sentence is all one quotation: '"Croatia joined NATO in 2004."', with no
    quotation mark inside."""
    text = sentence.strip(" *_")
    if len(text) < 3 or text[0] not in _OPENING_QUOTES:
        return False
    inner = text[1:].rstrip(".")
    if inner[-1:] not in _CLOSING_QUOTES:
        return False
    return not any(q in inner[:-1] for q in ('"', "\u201c", "\u201d"))


# The words a restatement may hold between its subject and its verb, and before its date: "Algeria
# in fact joined in 2000", "Algeria actually joined only in 2000".
_RESTATING_ADVERBS = frozenset(("actually", "really", "only", "finally", "eventually"))
_RESTATE_OPENERS = frozenset(("actually", "no", "but", ","))


def _restated_in_its_verb(
    tokens: list[str], matches: list[Match], said: Said, reported: list[Claim]
) -> list[RawClaim]:
    """The claims of a report (``said``; its claims ``reported``) that a sentence sets right in a
    subject the report names (or a pronoun), the report's own verb and another date, and nothing
    more: "Algeria joined in 2000." (or "It joined in March 2000.") after "Our previous brief
    stated that Algeria joined the Dialogue in 1995.": the report's claims of that subject, at
    the sentence's date, which are the writer's. Empty for any other sentence: one that says
    more ("Algeria joined the ICI in 2000"), of another subject, another verb ("Algeria was
    invited in 2000"), no year, two years, or the report's own year (a report confirmed)."""
    lower = [t.lower() for t in tokens]
    end = _end_of_words(lower)
    said_words = {w.lower() for w in said.tokens}
    k = 0  # "In fact, it joined in 2005.", "No, Algeria joined in 2000."
    while k < end and (lower[k] in _RESTATE_OPENERS or lower[k : k + 2] == ["in", "fact"]):
        k += 2 if lower[k] == "in" else 1
    if k < end and lower[k] in _DENIAL_SUBJECTS:
        subjects = {c.raw.subject for c in reported}
        k += 1
    else:
        subject = next((m for m in matches if m.start == k), None)
        if subject is None:
            return []
        subjects, k = {subject.entity}, subject.end
    if len(subjects) != 1:
        return []  # "They joined in 2000." after a report of two: whose date it does not say
    while k < end:
        if lower[k : k + 2] == ["in", "fact"]:
            k += 2
        elif lower[k] in _RESTATING_ADVERBS:
            k += 1
        else:
            break
    if k >= end or lower[k] not in said_words or lower[k] in _ECHO_AUX:
        return []
    k += 1  # the report's verb
    while k < end and lower[k] in ("only", "not", "until"):
        if lower[k] != "only":
            return []
        k += 1
    if k >= end or lower[k] not in ("in", "on"):
        return []
    k += 1
    month = None
    if k < end and lower[k].isdigit() and len(lower[k]) <= 2:
        k += 1  # the day
    if k < end and lower[k] in MONTHS:
        month = MONTHS[lower[k]]
        k += 1
    year = _year_token(lower[k]) if k < end else None
    if year is None or k + 1 != end:
        return []
    prior = [
        c.raw
        for c in reported
        if c.raw.subject in subjects
        and c.raw.year is not None
        and not c.raw.years
        and c.raw.until is None
    ]
    if not prior or len(prior) != len([c for c in reported if c.raw.subject in subjects]):
        return []
    if any(r.year == year for r in prior):
        return []  # the report's own year: confirmed, not set right
    return [replace(r, year=year, month=month, day=None, core=()) for r in prior]


# A clause that denies a report in its subject and verb alone: "Russia has never formally left",
# "It did not join", "Russia has never left it".
_DENIAL_SUBJECTS = frozenset(("it", "they", "he", "she"))
_DENIAL_WORDS = frozenset(("not", "never", "n't"))
_DENIAL_ADVERBS = frozenset(("formally", "officially", "actually", "really", "ever", "once"))
_DENIAL_OBJECTS = frozenset(("it", "them", "so"))


def _denies_in_its_verb(tokens: list[str], matches: list[Match], said: Said) -> bool:
    """Whether a sentence opens with a clause that denies a report (``said``) in a subject the
    report names (or a pronoun), an auxiliary, "not" or "never" and the report's own verb, with
    nothing more than "it" after it: "Russia has never formally left;" after "our guest said
    that Russia had left the PfP". Not a clause that says more ("Russia has never left the
    EAPC"), nor one of another country, nor one with another verb ("Russia has never joined")."""
    lower = [t.lower() for t in tokens]
    end = _end_of_words(lower)
    end = next((k for k in range(end) if lower[k] in (";", ",", ":", "--")), end)
    reported = {m.entity for m in said.matches if m.entity.label == "Country"}
    k = 0
    if lower[:1] and lower[0] in _DENIAL_SUBJECTS:
        k = 1
    else:
        subject = next((m for m in matches if m.start == 0), None)
        if subject is None or subject.entity not in reported:
            return False
        k = subject.end
    aux = k < end and lower[k] in _ECHO_AUX
    k += aux
    # "has not left", "never left" (no auxiliary before "never" alone)
    if k >= end or lower[k] not in (_DENIAL_WORDS if aux else ("never",)):
        return False
    k += 1
    while k < end and lower[k] in _DENIAL_ADVERBS:
        k += 1
    said_words = {w.lower() for w in said.tokens}
    if k < end and lower[k] in said_words and lower[k] not in _ECHO_AUX:
        k += 1  # the report's verb
    else:
        return False
    if k < end and lower[k] in _DENIAL_OBJECTS:
        k += 1
    return k == end


# Words of a question that ask for an order or a time beside the gap ("Who was the first Gulf
# state to join the ICI?", "Which countries were in the PfP before joining NATO?"): the reader
# checks the answer's claim, not its place, so the question stays listed.
_ORDER_WORDS = frozenset(
    (*RANK_WORDS, *_PLACE_WORDS_SPELLED, "before", "after", "earlier", "later", "only", "still")
)


def _asks_an_order(question: str) -> bool:
    """Whether a question asks for an order or a time beside its gap (``_ORDER_WORDS``)."""
    words = re.findall(r"[a-z0-9]+", question.lower())
    return any(w in _ORDER_WORDS or _ordinal(w) for w in words)


def _after_a_question(previous: tuple[int, str] | None) -> bool:
    """Whether the sentence before (``previous``: where its claims start, its text) asked."""
    return previous is not None and previous[1].rstrip(' *_"\u201d').endswith("?")


def _answers_unread(
    previous: tuple[int, str] | None, lower: list[str], matches: list[Match]
) -> bool:
    """Whether a sentence right after a question names a country or a year, so answers it, and
    was not read: "Which partners has NATO suspended? Russia, in 2014, and Belarus, in 2020." """
    return _after_a_question(previous) and (
        any(m.entity.label == "Country" for m in matches)
        or any(len(t) == 4 and t.isdigit() for t in lower)
    )


def _of_the_asked(raws: list[RawClaim], asked: Said) -> bool:
    """Whether claims are of a country the question asked about."""
    countries = {m.entity for m in asked.matches if m.entity.label == "Country"}
    return any(r.subject in countries for r in raws)


def _restates_the_asked(raws: list[RawClaim], asked: Said, topic: Entity | None) -> bool:
    """Whether claims say, one way or the other, what a yes-or-no question asked: the same
    predicate of the same subject and object."""
    of_it = {(r.predicate, r.subject, r.object) for r in answered(asked, Reply(True), topic)}
    return any((r.predicate, r.subject, r.object) in of_it for r in raws)


def _answers_a_question(tokens: list[str], previous: tuple[int, str] | None) -> bool:
    """Whether a sentence is a short answer ("No.", "Yes, since 2017.", "It is not.") to the
    sentence before, a question."""
    return _after_a_question(previous) and reply(tokens) is not None


# A sentence that says the one before's claim of other countries, in its verb alone: "So does
# Austria.", "So is Japan.", "Tajikistan is too.", "Neither has Oman." (of a denial).
_ECHO_AUX = frozenset(("does", "do", "did", "is", "are", "was", "were", "has", "have", "had"))
_ECHO_TAILS = (("too",), ("as", "well"))
_ECHO_JOINERS = frozenset((",", "and", "the", "both", "also"))


def _echoed(
    tokens: list[str], matches: list[Match], before: list[Claim], answers: bool = False
) -> list[RawClaim] | None:
    """The claims of the sentence before (``before``) made of the countries a sentence of a verb
    alone names: "So does Austria." after "Ireland cooperates with NATO on crisis management.";
    "Neither has Muscat." after a denial; after a question, an answer that opened with "No,"
    (``answers``: that word already taken out) "Did Sweden join NATO in 2023? No, (but) Finland
    did.". None for any other sentence, or when the sentence before made no claim of a country,
    or claims of more than one kind, or affirmed what this one denies ("Oman has not joined. So
    has Qatar.": no echo of a denial in "so")."""
    lower = [t.lower() for t in tokens]
    end = _end_of_words(lower)
    start = 0
    while start < end and not lower[start][:1].isalnum():
        start += 1
    if answers and lower[start : start + 1] == ["but"]:
        start += 1
    if end - start < (2 if answers else 3):
        return None
    contrast = False  # "Kazakhstan does not.", "Kuwait and Qatar do.": of the other polarity
    if lower[start] in ("so", "neither", "nor") and lower[start + 1] in _ECHO_AUX:
        first, last, negated = start + 2, end, lower[start] != "so"
    else:
        tail = next((t for t in _ECHO_TAILS if tuple(lower[end - len(t) : end]) == t), None)
        aux = end - len(tail) - 1 if tail else -1
        if aux > start and lower[aux] in _ECHO_AUX:
            first, last, negated = start, aux, False
        elif lower[end - 1] in _ECHO_AUX:  # "Among the Gulf partners, Kuwait and Qatar do."
            first, last, negated, contrast = start, end - 1, False, True
        elif lower[end - 2 : end] == ["not", "either"] and lower[end - 3] in _ECHO_AUX:
            first, last, negated = start, end - 3, True  # "Oman has not either."
        elif lower[end - 1] == "not" and lower[end - 2] in _ECHO_AUX:
            first, last, negated, contrast = start, end - 2, True, True  # "Kazakhstan does not."
        else:
            return None
    kept = _without_asides(lower, matches, first, last)
    group = [m for m in matches if m.start in kept and m.end - 1 in kept]
    covered = {k for m in group for k in range(m.start, m.end)}
    labels = {m.entity.label for m in group}
    if (
        not group
        or len(labels) != 1
        or not labels <= {"Country", "Framework"}
        or any(k not in covered and lower[k] not in _ECHO_JOINERS for k in sorted(kept))
    ):
        return None
    label = next(iter(labels))
    prior = [c.raw for c in before if c.raw.subject.label == label]
    if (
        not prior
        or len(prior) != len(before)
        or len({(r.predicate, r.negated) for r in prior}) != 1
        or (prior[0].negated == negated) == contrast
        # "Finland joined the PfP in 1994 and Austria in 1995. So did Sweden.": which date is
        # Sweden's it does not say
        or len({(r.tense, r.year, r.years, r.month, r.day, r.until) for r in prior}) != 1
        # "Finland joined NATO in 2023, Helsinki says. So does Stockholm.": Stockholm says it
        # too, of Finland
        or any(_ATTRIBUTED.intersection(re.findall(r"[a-z]+", c.sentence.lower())) for c in before)
    ):
        return None
    named = {m.entity for m in group}
    if named & {r.subject for r in prior}:
        return None  # "Austria joined the PfP. So did Austria's neighbour ...": no new subject
    # "Armenia is a PfP partner, since 1994. So is Azerbaijan, since 1996.": a year set off by
    # commas is the echo's own date, never the sentence before's
    own = {y for k in range(first, end) if k not in kept and (y := _year_token(lower[k]))}
    if own and (len(own) > 1 or any(r.year is None or r.years or r.until for r in prior)):
        return None  # which of its years is the claim's, or of a span, it does not say
    if own:
        year = own.pop()
        prior = [replace(r, year=year, month=None, day=None, core=()) for r in prior]
    out: list[RawClaim] = []
    for m in group:
        for r in prior:
            echo = replace(r, subject=m.entity, negated=negated)
            if echo not in out:
                out.append(echo)
    return out


def _without_asides(lower: list[str], matches: list[Match], first: int, last: int) -> set[int]:
    """The token indices of ``first``..``last`` without what commas set off that names no
    country or framework: a phrase before the subject ("Among the Gulf partners, Kuwait and
    Qatar do."), an appositive ("Kazakhstan, the third, does not.", "So does Colombia, NATO's
    only partner in Latin America.")."""
    named = {
        k
        for m in matches
        if m.entity.label in ("Country", "Framework")
        for k in range(m.start, m.end)
    }
    commas = [k for k in range(first, last) if lower[k] == ","]
    bounds = [first - 1, *commas, last]
    out: set[int] = set()
    for a, b in pairwise(bounds):
        span = range(a + 1, b)
        if any(k in named for k in span):
            out.update(span)
            if a >= first:
                out.add(a)  # the comma of a list ("Kuwait, Qatar and Bahrain do.")
    return out


def _date_disputed(lower: list[str], countries: set[int]) -> bool:
    """Whether a sentence gives a year, then a source it is the source's ("according to my
    textbook", "the delegation's briefing paper said"), set off by commas, then another year
    set against it: "Ukraine signed in 1997, according to my textbook, though it actually
    signed in 1994"; "Bahrain joined in 2004, the paper said, a date NATO's records put in
    2005". Not a source after a claim stated in full with nothing after it ("Finland joined
    NATO in 2023, officials said"), nor a clause after it of another country ("..., officials
    said, and Sweden joined in 2024"); ``countries``: where the sentence names one."""
    commas = [k for k, t in enumerate(lower) if t == ","]
    for a, b in pairwise([*commas, len(lower)]):
        aside = lower[a + 1 : b]
        if not aside or not (aside[:2] == ["according", "to"] or _ATTRIBUTED.intersection(aside)):
            continue
        if any(_year_token(t) for t in aside):
            continue  # the source's own date ("a 2019 report said")
        before = {y for t in lower[:a] if (y := _year_token(t))}
        after = {y for t in lower[b:] if (y := _year_token(t))}
        if any(k >= b for k in countries):
            continue
        if before and after and not after <= before:
            return True
    return False


def _year_token(token: str) -> int | None:
    """The year a token writes ("1997"), else None."""
    return (
        int(token) if token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2100 else None
    )


# Words that give the sentence before to a speaker: "So does Stockholm" after it says so too.
_ATTRIBUTED = frozenset(
    ("says", "said", "say", "claims", "claimed", "claim", "according", "reports", "reported",
     "insists", "insisted", "argues", "argued", "told", "tells", "believes", "thinks")
)  # fmt: skip

_BE_WORDS = frozenset(("is", "are", "was", "were"))
# What may end a sentence after its last word: a stop, emphasis marks, a closing quotation mark.
_SENTENCE_ENDS = frozenset((".", "!", "*", "**", "_", '"', "\u201d"))


def _subject_and_verb(
    lower: list[str], matches: list[Match], verbs: frozenset[str] = _BE_WORDS
) -> tuple[int, int] | None:
    """Where a sentence's opening countries start ("Ireland and Austria"), and where they end:
    where its verb of being (one of ``verbs``) stands, right after them; None when it opens
    otherwise."""
    start = 0
    while start < len(lower) and not lower[start][:1].isalnum():
        start += 1
    by_start = {m.start: m for m in matches if m.entity.label == "Country"}
    k = start
    while k in by_start:
        k = by_start[k].end
        if lower[k : k + 1] in ([","], ["and"]) and k + 1 in by_start:
            k += 1
    if k == start or k >= len(lower) or lower[k] not in verbs:
        return None
    return start, k


def _end_of_words(lower: list[str]) -> int:
    """Where a sentence's words end, before its stop and marks."""
    end = len(lower)
    while end and lower[end - 1] in _SENTENCE_ENDS:
        end -= 1
    return end


# The state said in the present and then, in its verb alone, dated: "Mauritania is a Mediterranean
# Dialogue partner, and has been since 1995" says "has been a ... partner since 1995".
_SINCE_AFTER = (
    (",", "and", "has", "been", "since"),
    (",", "and", "have", "been", "since"),
    (",", "and", "has", "been", "ever", "since"),
    (",", "and", "have", "been", "ever", "since"),
    ("and", "has", "been", "since"),
    ("and", "have", "been", "since"),
)


def _has_been_since(
    tokens: list[str], matches: list[Match]
) -> tuple[list[str], list[Match]] | None:
    """ "Malta is a PfP partner, and has been since 2008" as "Malta has been a PfP partner since
    2008": the second clause's state is the first's, its date its own. None for any other
    sentence, or when what the first clause says is not only a name and its article ("is a
    partner, though it has been since ...")."""
    lower = [t.lower() for t in tokens]
    opening = _subject_and_verb(lower, matches)
    if opening is None:
        return None
    start, verb = opening
    for k in range(verb + 2, len(lower)):
        tail = next((t for t in _SINCE_AFTER if tuple(lower[k : k + len(t)]) == t), None)
        if tail is None:
            continue
        state = lower[verb + 1 : k]
        if any(not w[:1].isalnum() and w not in ("'s", "-") for w in state) or len(state) > 8:
            return None
        perfect = ["have" if lower[verb] in ("are", "were") else "has", "been"]
        return copy_words(
            tokens,
            matches,
            [range(start, verb), perfect, range(verb + 1, k), ["since"],
             range(k + len(tail), len(tokens))],
        )  # fmt: skip
    return None


# A date in brackets after a country's name: "since" or "in", its year, its month if given.
_Bracketed = dict[Entity, tuple[str, int, int | None]]


def _dated_in_brackets(
    tokens: list[str], matches: list[Match]
) -> tuple[list[str], list[Match], _Bracketed] | None:
    """ "Bahrain (2005), Kuwait (2004) and Qatar (2005) joined the ICI", "Jordan (since 1995) is
    an MD partner": the sentence without the dates in brackets after its countries' names, and
    each such country's date. None when no country has one, a bracket after a country holds
    anything but a date ("Georgia (2008 war)"), a country so dated is named twice, or the
    sentence has clauses set apart by a semicolon, which a date may not be of."""
    lower = [t.lower() for t in tokens]
    if ";" in lower:
        return None
    named = Counter(m.entity for m in matches if m.entity.label == "Country")
    dates: _Bracketed = {}
    kept: list[range] = []
    start = 0
    for m in matches:
        if m.entity.label != "Country" or lower[m.end : m.end + 1] != ["("]:
            continue
        close = next(
            (j for j in range(m.end + 1, min(m.end + 5, len(lower))) if lower[j] == ")"), None
        )
        if close is None:
            return None
        inside = lower[m.end + 1 : close]
        kind = "since" if inside[:1] == ["since"] else "in"
        inside = inside[1:] if kind == "since" else inside
        year = year_of(inside[-1]) if inside else None
        month = MONTHS.get(inside[0]) if len(inside) == 2 else None
        if year is None or (len(inside) == 2 and month is None) or len(inside) > 2:
            return None
        if named[m.entity] > 1:
            return None  # "Montenegro (2006) ...; Montenegro is a NATO member": which is dated?
        dates[m.entity] = (kind, year, month)
        kept.append(range(start, m.end))
        start = close + 1
    if not dates:
        return None
    words, moved = copy_words(tokens, matches, [*kept, range(start, len(tokens))])
    return words, moved, dates


def _dated_by_brackets(raws: list[RawClaim], dates: _Bracketed) -> list[RawClaim]:
    """The claims of countries dated in brackets after their names, each country's one claim
    of joining or taking part at that date: a join ("joined") in it, a state since it when the
    bracket says "since" ("Jordan (since 1995) is an MD partner"). A bare year by a state now
    may be its join's, or another thing's ("Montenegro (2006) is a NATO member": its
    independence): that state is no claim. A country with two claims may have its date for
    either ("Sweden (1994) joined the PfP and is now a NATO member"): those, negated ones and
    ones with a date of their own stay as they are."""
    ties = ("partner_in", "member_of", "partner_of")
    claims_of = Counter(r.subject for r in raws if r.predicate in ties)
    out = []
    for raw in raws:
        date = dates.get(raw.subject)
        if (
            date is None
            or claims_of[raw.subject] != 1
            or raw.predicate not in ties
            or raw.negated
            or raw.dated
        ):
            out.append(raw)
            continue
        kind, year, month = date
        if raw.tense == "event" and kind == "in":
            out.append(replace(raw, year=year, month=month))
        elif raw.tense in ("present", "since") and kind == "since":
            out.append(replace(raw, tense="since", year=year, month=month))
        elif raw.tense != "present":
            out.append(raw)
        # a state now beside a bare year ("Members: Bahrain (2005), ..., United Arab Emirates
        # (2006)") is no claim: the year may be its join's, which a state now would not check
    return out


# A contrast after ", not" that names NATO's membership: "Armenia is a member of the CSTO, not of
# NATO", "Austria is a partner, not an Ally".
_NOT_NATO = (
    ("of", "nato"), ("in", "nato"), ("an", "ally"), ("a", "nato", "ally"), ("a", "nato", "member"),
    ("a", "member", "of", "nato"), ("of", "the", "alliance"), ("in", "the", "alliance"),
    ("a", "member", "of", "the", "alliance"), ("allies",), ("nato", "allies"),
    ("nato", "members"), ("members", "of", "nato"),
)  # fmt: skip


_PRESENT_COPULAS = frozenset(("is", "are", "remains", "remain"))
# The words that open a clause after the contrast, which ends it there ("Colombia is a partner,
# not an Ally, and it has no plans to apply", "..., though it hosts American forces").
_CONTRAST_ENDS = frozenset(("and", "but", "though", "although", "while", "whereas", "so", "yet"))


def _not_of_nato(
    tokens: list[str], matches: list[Match], nato: Entity | None
) -> tuple[list[str], list[Match]] | None:
    """ "Armenia is a member of the CSTO, not of NATO" as "Armenia is not a member of NATO"; the
    contrast ends the sentence or its first clause ("Austria is a partner, not an Ally; it ...",
    "..., not an Ally, and it has no plans to apply"), and "rather than" makes it too ("Austria
    and Ireland remain PfP partners rather than Allies"). None for any other sentence ("Austria
    is a partner, not least in crisis management")."""
    contrast = _contrast(tokens, matches) if nato is not None else None
    if nato is None or contrast is None:
        return None
    start, verb, _, _ = contrast
    words, moved = copy_words(tokens, matches, [range(start, verb)])
    moved.append(Match(nato, len(words) + 5, len(words) + 6, "NATO"))
    return [*words, tokens[verb].lower(), "not", "a", "member", "of", "NATO"], moved


def _without_contrast(
    tokens: list[str], matches: list[Match]
) -> tuple[list[str], list[Match]] | None:
    """The sentence without its contrast of NATO's membership (``_not_of_nato``), which its
    words before may take for their object: "Austria and Ireland remain PfP partners rather than
    Allies" as "Austria and Ireland remain PfP partners"."""
    contrast = _contrast(tokens, matches)
    if contrast is None:
        return None
    _, _, at, end = contrast
    return copy_words(tokens, matches, [range(0, at), range(end, len(tokens))])


def _contrast(tokens: list[str], matches: list[Match]) -> tuple[int, int, int, int] | None:
    """Where the subject and the verb of a sentence denying NATO's membership by a contrast are,
    and where the contrast begins and ends (``_not_of_nato``)."""
    lower = [t.lower() for t in tokens]
    opening = _subject_and_verb(lower, matches, _BE_WORDS | _PRESENT_COPULAS)
    end = _end_of_words(lower[: lower.index(";")] if ";" in lower else lower)
    if opening is None:
        return None
    start, verb = opening
    if lower[verb] not in _PRESENT_COPULAS:
        return None  # "Sweden was a partner, not an Ally": then, not now; when, it does not say
    at = next(
        (
            k
            for k in range(verb + 2, end - 1)
            if lower[k : k + 2] in ([",", "not"], ["rather", "than"])
        ),
        None,
    )
    if at is None:
        return None
    comma = next((k for k in range(at + 2, end) if lower[k] == ","), None)
    if comma is not None and lower[comma + 1 : comma + 2] and lower[comma + 1] in _CONTRAST_ENDS:
        end = comma  # the contrast ends its clause
    if tuple(lower[at + 2 : end]) not in _NOT_NATO:
        return None
    if any(m.entity.label == "Country" and verb < m.start < end for m in matches):
        return None  # another country after the verb: whose membership is denied is not plain
    return start, verb, at, end


def _list(result: Analysis, text: str, again: bool = False) -> None:
    """List a sentence as not checked, in whole or in part: counted, and kept up to
    MAX_UNREAD_SENTENCES; once, unless ``again`` (the same words twice in a text are two
    sentences)."""
    if result.read_in_part(text) and not again:
        return
    result.listed.append(text)
    result.times_listed[text] += 1


def _read_after_all(result: Analysis, text: str) -> None:
    """A question or report the sentence after answers is read: not listed as unchecked (the
    last sentence listed)."""
    if result.listed[-1:] == [text]:
        result.listed.pop()
        result.times_listed[text] -= 1


def _add(
    result: Analysis,
    seen: set[tuple[str, RawClaim]],
    raws: list[RawClaim],
    text: str,
    position: int,
    document: str,
) -> None:
    for raw in raws:
        if (text, raw) not in seen:
            seen.add((text, raw))
            result.claims.append(Claim(raw, text, position, document))


def _named_as(
    raws: list[RawClaim], matches: list[Match], tokens: list[str] | None = None
) -> list[RawClaim]:
    """Each claim of a framework with the words the sentence names it by, when they are one
    form and not its name ("Kazakhstan is one of NATO's Enhanced Opportunities Partners"): the
    verdicts judge a claim of the part of a framework's partners that its rows list in full.
    With ``tokens``, a claim whose framework is named as the subject's partnership ("EAPC
    partners", "a partner in the EAPC") is marked so: an Ally in it is no partner."""
    out = []
    for raw in raws:
        named = [m for m in matches if m.entity == raw.object]
        forms = {m.text.lower() for m in named}
        if raw.object.label == "Framework" and len(forms) == 1:
            form = next(iter(forms))
            if form != raw.object.name.lower():
                raw = replace(raw, named_as=form)
        if (
            tokens is not None
            and raw.object.label == "Framework"
            and any(_called_partner(tokens, m) for m in named)
        ):
            raw = replace(raw, as_partner=True)
        out.append(raw)
    return out


_PARTNER_NOUNS = frozenset(("partner", "partners"))


def _called_partner(tokens: list[str], m: Match) -> bool:
    """Whether a framework's name qualifies "partner" ("EAPC partners") or follows "partner
    in" or "partner of" ("a partner in the EAPC")."""
    after = tokens[m.end].lower() if m.end < len(tokens) else ""
    before = [t.lower() for t in tokens[max(0, m.start - 3) : m.start]]
    return after in _PARTNER_NOUNS or (
        len(before) >= 2
        and before[-1] == "the"
        and before[-2] in ("in", "of")
        and len(before) == 3
        and before[0] in _PARTNER_NOUNS
    )


# Labels of a fact box's line that point to something else than the box's subject: "Related:
# the Mediterranean Dialogue", "See also: ...". Any other label speaks of the box's subject
# ("Replaced: the North Atlantic Cooperation Council", "First partners: all the countries then
# in the PfP").
_ELSEWHERE_LABELS = frozenset(("related", "see", "also", "other", "compare", "next", "previous"))
_BOX_LABEL_MAX = 5  # words of a box's label before its colon


def _a_boxs_line_of_its_subject(tokens: list[str]) -> bool:
    """Whether a line opens with a fact box's label in capitals ("REPLACED:", "FIRST PARTNERS:")
    that does not point elsewhere: what it names after the colon is said of the box's subject,
    and the section under its heading goes on."""
    colon = next((k for k, t in enumerate(tokens[: _BOX_LABEL_MAX + 1]) if t == ":"), None)
    if not colon:
        return False
    words = tokens[:colon]
    return (
        all(w.isalpha() and w.isupper() and len(w) > 1 for w in words)
        and not {w.lower() for w in words} & _ELSEWHERE_LABELS
    )


def _section_kept(section: Section | None, matches: list[Match]) -> Section | None:
    """The section after a sentence under its heading: gone once the text names another
    framework ("Related: the Mediterranean Dialogue"), as the lines after may be of either."""
    if section is None:
        return None
    other = any(
        m.entity.label == "Framework" and m.area is None and m.entity != section.body
        for m in matches
    )
    return None if other else section


# A sentence that only calls the one before false ("False.", "This is false.", "That is not
# true.", "Verdict: false"): a fact check's verdict on a claim it quoted.
# What a verdict calls wrong: the sentence before ("this", "that", "it", "the claim"), or its date
# or its source named by a noun ("This date is wrong", "The page is wrong", "That figure, which
# appears in several textbooks, is wrong"), after an opening "then", "so" or "of course".
_VERDICT_OPENERS = r"(?:(?:then|so|but|of\s+course|clearly|obviously)\s*,?\s+)?"
_CALLED_WRONG = (
    r"(?:this|that|it|(?:the|this|that)\s+(?:claim|post|date|year|figure|statement|page|entry|"
    r"report|account|article|source|book|assertion|version|exhibit|record|textbook)"
    r"(?:\s*,\s+(?:which|as|like)\b[^,;:]*,)?)\s+(?:is|was|'s)\s+"
)
_FALSE_VERDICT = re.compile(
    r"^(?:(?:verdict|rating|our\s+verdict|fact)\s*[:\-\u2013\u2014]\s*)?"
    + _VERDICT_OPENERS
    + r"(?:"
    + _CALLED_WRONG
    + r")?"
    r"(?:(?:completely|entirely|totally|simply|mostly|also|just|plainly|flatly)\s+)?"
    r"(?:false|untrue|wrong|incorrect|inaccurate|mistaken|fake|misleading|a\s+myth|not\s+true|"
    r"not\s+correct|not\s+accurate|not\s+so)[.!]*$",
    re.IGNORECASE,
)


# A verdict that calls a claim only partly false ("misleading", "mostly false", "a myth"): the
# claim quoted is not the article's, nor is its opposite.
_PARTLY_FALSE = re.compile(r"\b(?:misleading|myth|mostly|partly|largely|half)\b", re.IGNORECASE)


# A verdict that opens a sentence and calls the one before wrong, then says what is true after a
# colon or a dash: "Not quite: it attended the summit as a partner", "Wrong - Dublin has sat in
# the council since 1999", "False: Finland joined in 2023". Not such words without the mark ("Not
# quite thirty countries joined ...", "False claims spread").
# Not "Myth:" or "Fiction:", which label the claim after them (a myth-and-fact layout: "Myth:
# Austria is a NATO member."), read as such elsewhere; nor "Not so fast:", which need not call
# anything wrong ("Finland joined NATO in 2023. Not so fast: Sweden followed in 2024.").
# The verdict may be said of the sentence before in full ("It is not true: the PfP is for
# Euro-Atlantic states", "That is wrong - Finland joined in 2023"), not of what follows ("It is not
# true that ...", no colon or dash: a denial of its own clause, read elsewhere).
_FALSE_OPENER = re.compile(
    r"^(?:"
    + _VERDICT_OPENERS
    + _CALLED_WRONG
    + r"(?:simply\s+|just\s+|plainly\s+|also\s+)?(?=not\s+true|not\s+correct|false|wrong|untrue|"
    r"incorrect|mistaken))?"
    r"(?:not\s+quite|not\s+true|not\s+correct|not\s+really|not\s+exactly|"
    r"false|wrong|untrue|incorrect|mistaken|nope)\s*[:\u2013\u2014-]\s+\S",
    re.IGNORECASE,
)


# A writer's rejection of what the sentence before said, as a report or a committee puts it: "We
# disagree with this characterisation in the Ministry's memorandum", "The Committee rejects that
# claim": the sentence before is another's words put up to be refuted. Alone (``_DISAGREES``), or
# before a colon or a dash and what is true (``_DISAGREES_OPENER``); not with "that" and a clause
# of its own ("We reject the claim that ...": a denial read elsewhere).
_DISAGREEING = (
    r"(?:we|i|the\s+committee|the\s+court|the\s+panel)\s+"
    r"(?:strongly\s+|firmly\s+|respectfully\s+|therefore\s+)?"
    r"(?:disagrees?\s+with|rejects?|disputes?)\s+(?:this|that)\s+"
    r"(?:characteri[sz]ation|claim|statement|assertion|description|view|account|reading)\b"
)
_DISAGREES = re.compile(r"^" + _DISAGREEING + r"[^:;\-\u2013\u2014]*[.!]*$", re.IGNORECASE)
_DISAGREES_OPENER = re.compile(
    r"^" + _DISAGREEING + r"[^:;\-\u2013\u2014]*[:\u2013\u2014-]\s+\S", re.IGNORECASE
)


def _false_opener(text: str) -> bool:
    """Whether a sentence opens with a verdict calling the one before it wrong, then goes on."""
    bare = text.strip(" *_\"'\u201c\u201d\u2018\u2019")
    return bool(_FALSE_OPENER.match(bare) or _DISAGREES_OPENER.match(bare))


def _without_opener(tokens: list[str]) -> list[str]:
    """The sentence's words with its opening verdict, up to its colon or dash, made marks: the
    matches keep their places."""
    out = list(tokens)
    for k, t in enumerate(out):
        done = t in (":", "-", "\u2013", "\u2014")
        out[k] = ","
        if done:
            break
    return out


# A line that only opens the one after it: a transcript's label alone ("A.", "Q:", "Answer:"),
# a script's speaker cue on a line of its own ("MARIA", "TOM (CONT'D)", "NARRATOR (V.O.)") or
# its direction in brackets ("(without looking up)", "(pause)").
_SPEAKERS_CUE = re.compile(
    r"^(?:(?:q|a|question|answer)\s*[.:]?"
    r"|[A-Z][A-Z'\u2019.\-]*(?:\s+[A-Z][A-Z'\u2019.\-]*){0,2}"
    r"(?:\s*\((?:CONT'D|CONT\u2019D|CONTD|V\.O\.|O\.S\.|O\.C\.)\))?"
    r"|\([^()]*[^().!?]\))$",
    re.IGNORECASE,
)
# Words in capitals alone that answer, not cue: "NO.", "YES!", "FALSE."
_CUE_ANSWERS = frozenset(("yes", "no", "true", "false", "never", "nope", "right", "wrong"))


def _a_speakers_cue(text: str) -> bool:
    """Whether a sentence only opens the line after it (``_SPEAKERS_CUE``): a name in capitals,
    not a word in lower case ("Georgia" alone is no cue)."""
    bare = text.strip()
    if not _SPEAKERS_CUE.match(bare) or bare.lower().rstrip(".!") in _CUE_ANSWERS:
        return False
    if bare.startswith("(") or re.match(r"^(?:q|a|question|answer)\s*[.:]?$", bare, re.I):
        return True
    return not any(ch.islower() for ch in bare)


# A question that puts the report before it to the reader or a witness: "Is that right?", "Is
# this correct?", "Do you agree?", "True?". The report is then asked, not told.
_DOUBTS_THE_LAST = re.compile(
    r"^(?:(?:and|so|but)\s*,?\s+)?"
    r"(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?"
    r"(?:right|correct|true|so|accurate|the\s+case)"
    r"|(?:do|would)\s+you\s+agree(?:\s+with\s+(?:that|this|it))?|true|really)\s*\?+$",
    re.IGNORECASE,
)


# A bare denial that echoes the sentence before with a pronoun and a negated auxiliary, and says
# nothing more: "Georgia Lin told you that Russia is still a partner in good standing. It is
# not.", "... includes all six Gulf states. It does not.", "They did not.": the sentence before is
# another's words, denied. Not with more words ("It is not a member.", "It is not, in fact, ...":
# a claim of its own, read as such).
_ECHO_DENIAL = re.compile(
    r"^(?:(?:no|but|and|of\s+course|then|clearly|obviously)\s*[,.]?\s*)?(?:it|they|he|she|this|that)\s+"
    r"(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)"
    r"(?:\s+not|n't)(?:\s+(?:really|actually))?[.!]*$",
    re.IGNORECASE,
)


def _calls_the_last_false(text: str, before: str | None = None) -> bool:
    """Whether a sentence only calls the one before it false ("This is false.", "We disagree
    with this characterisation."), or, after a sentence ``before`` that is no question, only
    denies it ("It is not."; after a question it is a reply, read as one)."""
    bare = text.strip(" *_\"'\u201c\u201d\u2018\u2019")
    if _FALSE_VERDICT.match(bare) or _DISAGREES.match(bare):
        return True
    asked = before is None or before.rstrip(" *_\"'\u201c\u201d\u2018\u2019)").endswith("?")
    return not asked and bool(_ECHO_DENIAL.match(bare))


# A date the speaker takes back at once and gives again: "Montenegro joined the Alliance in 2016
# - I beg your pardon, in June 2017 -", "in 2016, sorry, 2017", "in 2016, or rather in 2017", "in
# 2016 - I mean 2017". The words that take it back, after a dash or a comma.
_TAKING_BACK = (
    ("i", "beg", "your", "pardon"),
    ("beg", "your", "pardon"),
    ("pardon", "me"),
    ("pardon",),
    ("sorry",),
    ("i", "mean"),
    ("or", "rather"),
    ("rather",),
    ("correction",),
)
_DATE_PREPOSITIONS = frozenset(("in", "on", "since", "from", "by"))


def _a_date_token(t: str) -> bool:
    return year_of(t) is not None or t.lower().rstrip(".") in MONTHS_LOWER


def _without_a_date_taken_back(tokens: list[str]) -> list[str]:
    """The sentence's words with a date the speaker took back, and the words that take it back,
    made marks (their places kept), so that the date given after them is the sentence's: "joined
    the Alliance in 2016 - I beg your pardon, in June 2017 - and ..." reads "in June 2017"."""
    out = list(tokens)
    for k, t in enumerate(tokens):
        if not _a_date_token(t) or k + 2 >= len(tokens) or tokens[k + 1] not in (",", *DASHES):
            continue
        words = tuple(w.lower() for w in tokens[k + 2 : k + 6])
        taken = next((w for w in _TAKING_BACK if words[: len(w)] == w), None)
        if taken is None:
            continue
        again = k + 2 + len(taken)  # where the date is given again, after a mark and a preposition
        if again < len(tokens) and tokens[again] in (",", ":", *DASHES):
            again += 1
        kept = again  # the preposition before the date given again stays
        if again < len(tokens) and tokens[again].lower() in _DATE_PREPOSITIONS:
            again += 1
        if again >= len(tokens) or not (
            _a_date_token(tokens[again])
            or (
                tokens[again].isdigit()
                and again + 1 < len(tokens)
                and _a_date_token(tokens[again + 1])
            )
        ):
            continue
        start = k
        while start > 0 and (_a_date_token(tokens[start - 1]) or tokens[start - 1].isdigit()):
            start -= 1  # the whole date taken back: "3 June 2016"
        if kept < again and start > 0 and tokens[start - 1].lower() in _DATE_PREPOSITIONS:
            start -= 1  # and its preposition, when the date given again has its own
        for i in range(start, kept):
            out[i] = ","
    return out


# Countries' names that are common words in lower case ("turkey", "chad", "china", "guinea"),
# or another word ("us"): never taken for the country they name in capitals.
_COMMON_IN_LOWER_CASE = frozenset(("turkey", "chad", "china", "japan", "guinea", "us", "jersey"))


def _lower_case_names(gazetteer: Gazetteer) -> dict[tuple[str, ...], int]:
    """The names of the countries the data holds in lower case, as words ("israel", "saudi
    arabia", "uae"), by how many words they are, for ``_named_in_lower_case``."""
    out: dict[tuple[str, ...], int] = {}
    for ref, forms in gazetteer.names.items():
        if gazetteer.entities[ref].label != "Country" or ref in gazetteer.unheld:
            continue
        for form in forms:
            words = tuple(w for w in re.split(r"[\s.]+", fold_accents(form).lower()) if w)
            if words and words[0] not in _COMMON_IN_LOWER_CASE and all(w.isalpha() for w in words):
                out[words] = len(words)
    return out


def _named_in_lower_case(
    tokens: list[str], matches: list[Match], names: dict[tuple[str, ...], int]
) -> bool:
    """Whether a sentence names a country the data holds in lower case ("the uae joined the ICI
    in 2004", "morocco joined ..."), outside the names the reader found."""
    covered = {k for m in matches for k in range(m.start, m.end)}
    longest = max(names.values(), default=0)
    for k, token in enumerate(tokens):
        if k in covered or not token.isalpha() or not token.islower():
            continue
        for n in range(1, longest + 1):
            words = tuple(t.lower() for t in tokens[k : k + n])
            if len(words) == n and words in names and all(t.islower() for t in tokens[k : k + n]):
                return True
    return False


def _unknown_countries(
    paragraph: str, sent: Span, matches: list[Match], known: set[str]
) -> list[str]:
    """The countries a sentence names that the data does not hold (world.py), outside the names
    the reader found in it."""
    base = sent.start_char
    covered = [
        (sent[m.start].idx - base, sent[m.end - 1].idx + len(sent[m.end - 1].text) - base)
        for m in matches
    ]
    return unknown_countries(paragraph[base : sent.end_char], known, covered)


def _unanswered(claim: Claim, gazetteer: Gazetteer) -> bool:
    """Whether a claim is of a country the data does not hold (world.py) and the data's lists
    do not answer it: only a full list ("every Ally", "every partner of the MD") says that such
    a country is not in it; of anything else the data says nothing."""
    return claim.raw.subject.ref in gazetteer.unheld and claim.verdict.verdict == "new"


def known_errors(store: Store, nlp: Language, gazetteer: Gazetteer) -> list[KnownError]:
    """The curated known errors, each with the claims its own text makes."""
    out = []
    for row in read_known_errors(store):
        claims: list[RawClaim] = []
        context = _Context()
        for sent in nlp(fold_accents(str(row["claim"] or ""))).sents:
            tokens, matches = [t.text for t in sent], matches_in(sent, gazetteer)
            for m in matches:  # "the Dialogue" after "the Mediterranean Dialogue", as in articles
                if m.entity.label == "Framework":
                    for head in _heads(m.entity):
                        context.frameworks[head] = m.entity
            claims += claims_in(tokens, _resolved(tokens, matches, context))
        out.append(
            KnownError(
                row["key"],
                str(row["claim"]),
                str(row["correction"]),
                tuple(row["sources"] or ()),
                tuple(claims),
            )
        )
    return out


def check(
    analyses: list[Analysis], store: Store, gazetteer: Gazetteer, nlp: Language | None = None
) -> None:
    """Give every claim its verdict, reading the facts once for all the articles."""
    raws = [c.raw for a in analyses for c in a.claims]
    if not raws:
        return
    facts = Facts.read(store, raws)
    if nlp is not None:
        facts.known_errors = known_errors(store, nlp, gazetteer)
    nato = gazetteer.entities.get("Organization|NATO")
    for a in analyses:
        judged = [
            Claim(c.raw, c.sentence, c.position, c.document, judge(c.raw, facts, nato))
            for c in a.claims
        ]
        dropped = [c for c in judged if _unanswered(c, gazetteer)]
        a.claims = [c for c in judged if c not in dropped]
        for c in dropped:
            # "India is a NATO partner": of a country the data does not hold, which its lists do
            # not answer; the sentence is listed as not checked, as before
            _list(a, c.sentence)
    sources = read_sources(
        store, (k for a in analyses for c in a.claims for k in c.verdict.sources)
    )
    for a in analyses:
        a.sources = {k: sources[k] for c in a.claims for k in c.verdict.sources if k in sources}
