"""Finding known entities in text: spaCy's blank English pipeline with an EntityRuler.

The ruler's patterns come from the graph itself (names, acronyms and aliases
of countries, NATO, frameworks, operations, institutions and threats), with
extra country-name variants from pycountry (common and official names,
"Korea, Republic of" turned round to "Republic of Korea"). No statistical
model is downloaded: ``spacy.blank("en")`` gives the tokenizer, the
``sentencizer`` splits sentences and the ruler tags matches with the schema
label and the entity's key.

spaCy is imported here and only here, lazily, so commands that never read an
article do not pay for it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nato_graph.loaders.articles.folding import fold_accents
from nato_graph.loaders.articles.triggers import MONTHS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from nato_graph.stores import Store

# Labels whose names the ruler looks for, in order of precedence: when two
# entities share an alias ("building integrity" is a programme and an area),
# the earlier label keeps it.
ENTITY_LABELS: tuple[str, ...] = (
    "Organization",
    "Country",
    "Framework",
    "Operation",
    "Institution",
    "Threat",
)

# NATO's own names: the data holds its formal name only.
ORGANIZATION_ALIASES: dict[str, tuple[str, ...]] = {
    "NATO": (
        "NATO",
        "Nato",  # the house style of the BBC, the Guardian and the FT
        "North Atlantic Treaty Organization",
        "North Atlantic Treaty Organisation",
        "North Atlantic Alliance",
        "Atlantic Alliance",
        "the Alliance",
        "OTAN",
    ),
}

# NATO by its size as the press writes it: "the 32-member alliance", "the 30-nation Alliance",
# "the thirty-two-member alliance". Only with a count NATO has had (12 in 1949, 32 since 2024):
# "the six-member alliance" may be another's (the CSTO's). The largest, its size now, is read as
# a count of NATO's members; an earlier one describes its time (claims._counts_read).
NATO_SIZES: dict[int, tuple[str, ...]] = {
    12: ("twelve",), 14: ("fourteen",), 15: ("fifteen",), 16: ("sixteen",), 19: ("nineteen",),
    26: ("twenty", "six"), 28: ("twenty", "eight"), 29: ("twenty", "nine"), 30: ("thirty",),
    31: ("thirty", "one"), 32: ("thirty", "two"),
}  # fmt: skip
_SIZE_NOUNS = ["member", "nation", "country", "state", "strong"]


def sized_alliance_patterns() -> list[list[dict[str, Any]]]:
    """Token patterns of NATO named by its size ("the 32-member alliance"), hyphen or not."""
    out: list[list[dict[str, Any]]] = []
    for size, words in NATO_SIZES.items():
        spelled: list[dict[str, Any]] = []
        for k, word in enumerate(words):
            spelled += [{"ORTH": "-"}] * bool(k) + [{"LOWER": word}]
        for number in ([{"ORTH": str(size)}], spelled):
            hyphen, noun = {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _SIZE_NOUNS}}
            out.append([{"LOWER": "the"}, *number, hyphen, noun, {"LOWER": "alliance"}])
    return out


# Everyday short names of a country that neither the data nor pycountry gives: "Korea" for the
# Republic of Korea, as the press writes it. "North Korea" is another country (a capitalised
# compass word before a name makes another place, ``_inside_a_longer_name``), "the Korean
# Peninsula" names no country, and the DPRK's formal name is turned away by "People's".
SHORT_NAMES: dict[str, tuple[str, ...]] = {"KOR": ("Korea",)}
_SHORT_FORMS = frozenset(form for forms in SHORT_NAMES.values() for form in forms)
# Words before or after a short name that make it another country's: "N. Korea", "north Korea",
# "North-Korea", "DPR Korea", "Communist Korea", "Korea, North", "Korea (DPRK)".
_OTHER_KOREA = frozenset(("north", "n", "dpr", "dprk", "communist", "democratic", "people"))
_TRIMMED = ".-'\u2019"  # "N." is "n", "North-" is "north"

# Curated aliases that are everyday words far more often than they name a
# threat or area ("space for dialogue", "the climate of talks"); matching them
# would swamp the mentions with noise.
AMBIGUOUS_ALIASES = frozenset(
    {
        "space",
        "mines",
        "climate",
        "resilience",
        "transparency",
        "accountability",
        "gender",
        "missiles",
    }
)

# Read-only, parameter-free reads; labels come from the schema.
_NAME_FIELDS = {
    "Country": ("name",),
    "Organization": ("name",),
    "Framework": ("name", "acronym"),
    "Operation": ("name", "acronym"),
    "Institution": ("name",),
    "Threat": ("name",),
}


@dataclass(frozen=True)
class Entity:
    label: str
    key: str
    name: str

    @property
    def ref(self) -> str:
        """What the ruler stores as the span's id: label and key."""
        return f"{self.label}|{self.key}"


@dataclass(frozen=True)
class Gazetteer:
    """The entities the graph knows and every surface form to look for."""

    entities: dict[str, Entity]  # by ref
    names: dict[str, list[str]]  # ref -> surface forms
    capitals: dict[str, list[str]] = field(default_factory=dict)  # country ref -> its capital
    # a name a framework shares with an area ("building integrity"), in lower case -> the area
    areas: dict[str, Entity] = field(default_factory=dict)
    # the refs of the world's countries the data does not hold (world.py): found by their names
    # where they stand alone, never mentioned, and a claim of one is kept only where the data's
    # full lists answer it ("Brazil is a NATO member": it lists every Ally)
    unheld: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.entities)


def read_gazetteer(store: Store) -> Gazetteer:
    """Names, acronyms and aliases of every entity the articles may mention, read from the store."""
    from nato_graph.loaders.articles.capitals import CAPITALS
    from nato_graph.queries import internal

    entities: dict[str, Entity] = {}
    names: dict[str, list[str]] = {}
    capitals: dict[str, list[str]] = {}
    rows = store.read(internal("gazetteer"), {"labels": list(ENTITY_LABELS)}).rows
    order = {label: i for i, label in enumerate(ENTITY_LABELS)}  # labels in this order, keys sorted
    for row in sorted(rows, key=lambda r: (order[r["label"]], str(r["key"]))):
        label = row["label"]
        if row["key"] is None:
            continue
        entity = Entity(label, str(row["key"]), str(row.get("name") or row["key"]))
        forms = [row.get(f) for f in _NAME_FIELDS[label]] + list(row.get("aliases") or [])
        if label == "Organization":
            forms += ORGANIZATION_ALIASES.get(entity.key, ())
        if label == "Country":
            forms += list(country_variants(entity.key))
            forms += SHORT_NAMES.get(entity.key, ())
            capitals[entity.ref] = list(CAPITALS.get(entity.key, ()))
        else:  # "Mediterranean Dialog", "Cyber Defense": the other spelling of a name's words
            forms += [v for f in forms if isinstance(f, str) for v in spelling_variants(f)]
        if label == "Framework":
            forms += list(programme_plurals([f for f in forms if isinstance(f, str)]))
        entities[entity.ref] = entity
        names[entity.ref] = [f for f in forms if isinstance(f, str) and f.strip()]
    framework_forms = {
        f.lower() for ref, forms in names.items() if ref.startswith("Framework|") for f in forms
    }
    areas = {
        f.lower(): entities[ref]
        for ref, forms in names.items()
        if ref.startswith("Threat|")
        for f in forms
        if f.lower() in framework_forms
    }
    return Gazetteer(entities, names, capitals, areas, _add_unheld(entities, names))


def _add_unheld(entities: dict[str, Entity], names: dict[str, list[str]]) -> frozenset[str]:
    """Add the world's countries the data does not hold (world.py) after every entity it holds,
    so that a name the data gives one of its own keeps it; their refs. None are added to a graph
    that holds no country, which has no list to check them against."""
    from nato_graph.loaders.articles.world import WORLD

    held = {e.key for e in entities.values() if e.label == "Country"}
    if not held:
        return frozenset()
    unheld = []
    for iso3, world_names in WORLD.items():
        if iso3 in held:
            continue
        entity = Entity("Country", iso3, world_names[0])
        entities[entity.ref] = entity
        names[entity.ref] = list(world_names)
        unheld.append(entity.ref)
    return frozenset(unheld)


# British and American spellings of the words of names ("Mediterranean Dialogue", "Dialog").
_SPELLINGS = {
    "dialogue": "dialog", "programme": "program", "programmes": "programs", "centre": "center",
    "centres": "centers", "defence": "defense", "organisation": "organization",
}  # fmt: skip
_SPELLINGS |= {v: k for k, v in _SPELLINGS.items()}


def spelling_variants(form: str) -> Iterator[str]:
    """A name of more than one word with its British words in American spelling, or the other
    way round ("Mediterranean Dialogue" -> "Mediterranean Dialog"); nothing for a name with no
    such word, or of one word (too bare to match alone)."""
    words = form.split(" ")
    if len(words) < 2:
        return
    out = []
    for w in words:
        other = _SPELLINGS.get(w.lower())
        if other is not None and w[:1].isupper():
            other = other.capitalize() if not w.isupper() else other.upper()
        out.append(other or w)
    if out != words:
        yield " ".join(out)


_PROGRAMME_HEADS = frozenset(("programme", "program", "plan"))


def programme_plurals(forms: list[str]) -> Iterator[str]:
    """A programme's names in the plural, as a text speaking of several partners' programmes
    writes them ("adopted Individually Tailored Partnership Programmes", "their IPCPs"): each
    name ending in "Programme" with an "s", and each acronym with an "s". Nothing for a
    framework that is not a programme (a "Dialogue" is one, whatever its partners)."""
    if not any(f.rsplit(" ", 1)[-1].lower() in _PROGRAMME_HEADS for f in forms):
        return
    for form in forms:
        if "," in form:
            continue  # a motto ("One Partner, One Plan"), not a name one counts
        if form.rsplit(" ", 1)[-1].lower() in _PROGRAMME_HEADS or (
            len(form) >= 3 and form.isalpha() and form.isupper()
        ):
            yield form + "s"


def country_variants(iso3: str) -> Iterator[str]:
    """Other names pycountry knows: common, official, and "X, Republic of" turned round."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
            head, _, tail = value.partition(", ")
            value = f"{tail} {head}"
        if value.lower().startswith("the "):
            value = value[4:]
        yield value


def _with_singular(forms: list[str]) -> list[str]:
    """ "partners across the globe" also as "a partner across the globe", "global partners" as
    "a global partner"."""
    out = list(forms)
    for form in forms:
        first, _, rest = form.partition(" ")
        if rest and first.lower() == "partners":
            out.append(f"{first[:-1]} {rest}")
        head, _, last = form.rpartition(" ")
        if head and last.lower() == "partners":
            out.append(f"{head} {last[:-1]}")
    return out


def _is_acronym(word: str) -> bool:
    """PfP, EAPC, U.S., BiH, ROK: letters whose case carries meaning."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) <= 3 or any(ch.isupper() for ch in letters[1:])


def patterns(nlp: Language, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """EntityRuler token patterns.

    Acronyms match exactly (so "MD" or "US" never match "md" or "us"); a
    single capitalised word matches as written or in capitals (so "Turkey"
    never matches the bird); longer names and lower-case aliases match in any
    case ("Partners Across the Globe", "Cyber defence").
    """
    out: list[dict[str, Any]] = []
    taken: set[tuple[str, ...]] = set()
    nato = gazetteer.entities.get("Organization|NATO")
    if nato is not None:  # "the 32-member alliance"
        out += [
            {"label": nato.label, "pattern": p, "id": nato.ref} for p in sized_alliance_patterns()
        ]
    # names first, then capitals: a capital never takes a name's pattern ("Kuwait")
    surface = [(ref, ref, _with_singular(forms)) for ref, forms in gazetteer.names.items()]
    surface += [(ref, ref + CAPITAL, forms) for ref, forms in gazetteer.capitals.items()]
    for ref, ident_of, forms in surface:
        label = gazetteer.entities[ref].label
        for form in dict.fromkeys(fold_accents(f) for f in forms):
            if form.lower() in AMBIGUOUS_ALIASES:
                continue
            tokens = [t.text for t in nlp.make_doc(form)]
            if not tokens:
                continue
            token_patterns: list[list[dict[str, Any]]]
            if len(tokens) == 1 and _is_acronym(form):
                token_patterns = [[{"ORTH": tokens[0]}]]
            elif len(tokens) == 1 and form[0].isupper():
                # two plain ORTH patterns, not one {"IN": [...]}: the matcher compares a plain
                # attribute in C, but calls a Python predicate per token for a set
                token_patterns = [
                    [{"ORTH": t}] for t in dict.fromkeys((tokens[0], tokens[0].upper()))
                ]
            else:
                token_patterns = [
                    [
                        {"ORTH": t}
                        if _is_acronym(t) and t.isalpha() and t.isupper()
                        else {"LOWER": t.lower()}
                        for t in tokens
                    ]
                ]
            for pattern in token_patterns:
                ident = tuple(repr(p) for p in pattern)
                if ident in taken:  # an earlier label owns this alias
                    continue
                taken.add(ident)
                if len(pattern) > 1 and all(set(p) == {"LOWER"} for p in pattern):
                    # a phrase pattern (matched on LOWER): the phrase matcher costs far less
                    # per token than the token matcher, which long articles feel
                    out.append({"label": label, "pattern": form, "id": ident_of})
                else:
                    out.append({"label": label, "pattern": pattern, "id": ident_of})
    return out


# Abbreviations spaCy's English rules split off their full stop, which the sentencizer then
# takes for a sentence's end ("The partners (incl." / "Oman) are ..."). Only words that do not
# end a sentence in prose: not "etc." or "no.", which do.
ABBREVIATIONS = tuple(
    form
    for word in ("incl", "excl", "approx", "cf", "ca", "esp", "viz", "resp", "abt")
    for form in (f"{word}.", f"{word.capitalize()}.")
)


# A month and year written in figures, "03/1994" or "3/1994" (a timeline's, a fact box's): two
# tokens, "03/" and "1994", so the year stands alone and the month is read as its name (claims).
NUMERIC_MONTHS = tuple(
    f"{m}/{y}"
    for y in range(1940, 2040)
    for n in range(1, 13)
    for m in sorted({str(n), f"{n:02d}"})
)


# The pipelines built for the last gazetteers, by their contents: a spaCy pipeline holds memory
# its garbage collection does not give back (some 3 MB each), so one is built per gazetteer, not
# per load (a test session of thousands of loads grew past 15 GB). Loads share one pipeline, one
# at a time: the CLI, a notebook and the tests load in one thread.
_PIPELINES: dict[str, Language] = {}
_PIPELINES_KEPT = 2


def build_pipeline(gazetteer: Gazetteer) -> Language:
    """A blank English pipeline: sentencizer (with opening quotes and brackets given to the
    sentence they open), then an entity ruler for the gazetteer; the one built before for a
    gazetteer of the same contents, when there is one."""
    key = _contents(gazetteer)
    nlp = _PIPELINES.pop(key, None) or _new_pipeline(gazetteer)
    _PIPELINES[key] = nlp  # the most recent last
    while len(_PIPELINES) > _PIPELINES_KEPT:
        del _PIPELINES[next(iter(_PIPELINES))]
    return nlp


def _contents(gazetteer: Gazetteer) -> str:
    """A digest of everything in a gazetteer the pipeline is built from."""
    described = {
        "entities": sorted((ref, e.label, e.key, e.name) for ref, e in gazetteer.entities.items()),
        "names": sorted((ref, sorted(forms)) for ref, forms in gazetteer.names.items()),
        "capitals": sorted((ref, sorted(forms)) for ref, forms in gazetteer.capitals.items()),
        "areas": sorted((name, e.label, e.key) for name, e in gazetteer.areas.items()),
        "unheld": sorted(gazetteer.unheld),
    }
    return hashlib.sha256(json.dumps(described).encode("utf-8")).hexdigest()


def _new_pipeline(gazetteer: Gazetteer) -> Language:
    import spacy

    nlp = spacy.blank("en")
    for word in ABBREVIATIONS:  # "(incl. Saudi Arabia and Oman)" is one sentence, not two
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])  # type: ignore[union-attr]
    for form in NUMERIC_MONTHS:  # "02/1994": the month, then the year it is read with
        month, year = form.split("/")
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            form, [{"ORTH": month + "/"}, {"ORTH": year}]
        )
    nlp.add_pipe("sentencizer")
    if not spacy.Language.has_factory(OPENING_MARKS):
        spacy.Language.component(OPENING_MARKS, func=opening_marks_open_sentences)
    nlp.add_pipe(OPENING_MARKS, after="sentencizer")
    rules = patterns(nlp, gazetteer)
    if rules:  # an empty graph: no ruler (spaCy warns about one without patterns)
        _split_final_stops(nlp, rules)
        ruler = nlp.add_pipe(
            "entity_ruler", config={"validate": False, "phrase_matcher_attr": "LOWER"}
        )
        ruler.add_patterns(rules)  # type: ignore[attr-defined]
    return nlp


OPENING_MARKS = "nato_graph_opening_marks"
# Marks that open a quotation or an aside; a quote mark is one only where it stands glued to the
# word after it and apart from the word before ("... in 2005. \"Qatar is ...").
_OPENERS = frozenset(('"', "'", "\u201c", "\u2018", "(", "["))


def opening_marks_open_sentences(doc: Doc) -> Doc:
    """Give an opening quote mark or bracket back to the sentence it opens.

    spaCy's sentencizer ends a sentence after its full stop and any punctuation that follows
    it, closing marks and opening ones alike: in `Qatar joined the MD in 2005. "Qatar is a key
    partner," he said.` the first sentence took the quote mark that opens the second. A mark
    with a space before it and none after it opens what follows, so the sentence starts at it.
    """
    for start in [t.i for t in doc if t.is_sent_start and t.i > 1]:
        k = start
        while (
            k - 1 > 0
            and doc[k - 1].text in _OPENERS
            and not doc[k - 1].whitespace_
            and not doc[k - 1].is_sent_start
            and (doc[k - 2].whitespace_ or doc[k - 2].text in _OPENERS)
        ):
            k -= 1
        if k != start and doc[k - 1].whitespace_:
            doc[start].is_sent_start = False
            doc[k].is_sent_start = True
    return doc


def _split_final_stops(nlp: Language, rules: list[dict[str, Any]]) -> None:
    """Make "PfP." two tokens, as "EAPC." already is.

    spaCy's English suffix rules keep the full stop on a word ending in a capital
    after a lower-case letter (it looks like an abbreviation), which hides the
    acronym from the ruler and the sentence end from the sentencizer.
    """
    for rule in rules:
        pattern = rule["pattern"]
        if isinstance(pattern, str):  # a phrase pattern: more than one word
            continue
        orth = pattern[0].get("ORTH") if len(pattern) == 1 else None
        for word in orth.get("IN", []) if isinstance(orth, dict) else [orth]:
            if isinstance(word, str) and word.isalpha() and len(nlp.make_doc(word + ".")) == 1:
                nlp.tokenizer.add_special_case(word + ".", [{"ORTH": word}, {"ORTH": "."}])  # type: ignore[union-attr]


@dataclass(frozen=True)
class Match:
    entity: Entity
    start: int  # token offsets in the sentence
    end: int
    text: str = ""
    area: Entity | None = None  # the area a framework's name also names ("building integrity")
    capital: bool = False  # found by its capital's name ("Tbilisi"): maybe only a place

    @classmethod
    def of(cls, span: Span, gazetteer: Gazetteer, sentence: Span) -> Match | None:
        ref = span.ent_id_
        if ref.startswith("Country|") and _inside_a_longer_name(span):
            return None  # "East Germany", "Northern Cyprus": another place than the country
        if ref.startswith("Country|") and _a_us_state(span):
            return None  # "Atlanta, Georgia": the US state
        if (
            ref.startswith("Country|")
            and not ref.endswith(CAPITAL)
            and (_part_of_a_name(span, sentence) or _after_a_given_name(span, sentence))
        ):
            return None  # "Jordan Peterson", "Michael Jordan", "Georgia Tech": someone else
        if span.text in _SHORT_FORMS and _names_another_country(span):
            return None  # "N. Korea", "Korea, North": not the Republic of Korea
        if ref.startswith("Framework|") and _names_a_body_of_it(span):
            return (
                None  # "the PfP Consortium", "the PfP Trust Fund": another body than the framework
            )
        capital = ref.endswith(CAPITAL)
        if capital:
            if _names_something_else(span):
                return None
            ref = ref[: -len(CAPITAL)]
        entity = gazetteer.entities.get(ref)
        if entity is None:
            return None
        if ref in gazetteer.unheld:
            from nato_graph.loaders.articles.world import stands_alone  # world.py imports this

            base = sentence.start_char
            if not stands_alone(sentence.text, span.start_char - base, span.end_char - base):
                return None  # "troops in Syria", "the Gulf of Mexico", "Iran-backed"
        area = gazetteer.areas.get(span.text.lower()) if entity.label == "Framework" else None
        start, end = span.start - sentence.start, span.end - sentence.start
        return cls(entity, start, end, span.text, area, capital)


CAPITAL = "|capital"  # the ruler's id for a capital city: the country's ref and this
# Nouns that a city name modifies when it names an event, a text or a place in it, not a government.
_CITY_MODIFIED = frozenset(
    {
        *("accord", "accords", "agreement", "airport", "charter", "commitment", "communique"),
        *("communiqu\u00e9", "conference", "convention", "declaration", "document", "format"),
        *("group", "meeting", "process", "protocol", "statute", "summit", "talks", "treaty"),
    }
)


def _names_something_else(span: Span) -> bool:
    """ "the Vienna Document", "the Madrid Summit", "the Riga summit": the city is part of a name."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text.lower() in _CITY_MODIFIED or (nxt.is_title and nxt.is_alpha)


# Cities of the US state of Georgia that a news text writes before it ("Atlanta, Georgia"), the
# way American style names a city: the state, not the country, which no city of its own
# ("Batumi, Georgia") is among.
_GEORGIA_US_CITIES = frozenset(
    ("atlanta", "savannah", "augusta", "columbus", "macon", "athens", "albany", "marietta",
     "valdosta", "roswell", "alpharetta", "decatur", "brunswick", "rome", "dalton", "smyrna",
     "kennesaw", "duluth", "gainesville", "statesboro", "dahlonega", "peachtree", "benning",
     "stewart", "gordon", "moody", "robins")
)  # fmt: skip


_GEORGIA_ONLY_CITIES = frozenset(
    ("atlanta", "savannah", "macon", "valdosta", "marietta", "alpharetta", "kennesaw",
     "statesboro", "dahlonega", "peachtree", "benning")
)  # fmt: skip


def _a_us_state(span: Span) -> bool:
    """Whether "Georgia" follows one of its US cities and a comma ("Atlanta, Georgia", "Fort
    Benning, Georgia"): the state. A city whose name is as often another's ("Rome", "Athens",
    "Augusta") makes it the state only where "Georgia" closes the place, before a comma or the
    sentence's end ("in Rome, Georgia, the mayor said"), not opening a clause ("After the meeting
    in Rome, Georgia signed ...")."""
    if span.text != "Georgia" or span.start < 2 or span.doc[span.start - 1].text != ",":
        return False
    city = span.doc[span.start - 2].text.lower()
    if city in _GEORGIA_ONLY_CITIES:
        return True
    closes = span.end >= len(span.doc) or span.doc[span.end].text in (",", ".", ";", ")")
    return city in _GEORGIA_US_CITIES and closes


# Compass words that, capitalised before a country's name, make the name of another place ("East
# Germany", "North Korea", "South Sudan", "Northern Cyprus"); a name of this form that is the
# country's own alias ("West Germany", "North Macedonia") is matched whole by the ruler, which
# takes the longest name, so the country's name is then no span of its own.
_COMPASS = frozenset(
    ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
     "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
     "south-west")
)  # fmt: skip


# Nationality words that, capitalised before a country's name, make it a region of another
# country or another time's state ("Iranian Azerbaijan", "Turkish Cyprus", "Soviet Georgia").
_NATIONALITIES = frozenset(
    ("afghan", "albanian", "algerian", "american", "arab", "armenian", "austrian", "azerbaijani",
     "bahraini", "belarusian", "belgian", "bosnian", "british", "bulgarian", "canadian", "chinese",
     "croatian", "cypriot", "czech", "danish", "dutch", "egyptian", "emirati", "estonian",
     "finnish", "french", "georgian", "german", "greek", "hungarian", "indian", "iranian",
     "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh", "korean",
     "kurdish", "kuwaiti", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian", "macedonian",
     "maltese", "mauritanian", "moldovan", "mongolian", "montenegrin", "moroccan", "norwegian",
     "omani", "ottoman", "pakistani", "palestinian", "persian", "polish", "portuguese", "qatari",
     "romanian", "russian", "saudi", "serbian", "slovak", "slovenian", "soviet", "spanish",
     "swedish", "swiss", "syrian", "tajik", "tunisian", "turkish", "turkmen", "ukrainian",
     "uzbek", "yemeni", "yugoslav")
)  # fmt: skip


# Words before a nationality word that make it describe the country after it ("former Soviet
# Georgia", "pro-Russian Serbia", "post-Yugoslav Montenegro", "South American Colombia").
_DESCRIBING = frozenset(
    ("former", "ex", "post", "pro", "anti", "-", "south", "north", "central", "latin", "once")
)


def _names_another_country(span: Span) -> bool:
    """Whether a short name ("Korea") has a word of another country beside it, in any case or
    spelling: two words before it (past a hyphen or a full stop), or ", North" / "(DPRK)" after."""
    doc = span.doc
    words = [t.text.lower().strip(_TRIMMED) for t in doc[max(0, span.start - 3) : span.start]]
    if _OTHER_KOREA.intersection(w for w in words[-2:] if w) or (
        words[-1:] == [""] and _OTHER_KOREA.intersection(words[-2:-1])
    ):
        return True
    after = [t.text.lower().strip(_TRIMMED) for t in doc[span.end : span.end + 3]]
    return bool(after[1:2]) and after[0] in (",", "(", "") and after[1] in _OTHER_KOREA


def _inside_a_longer_name(span: Span) -> bool:
    """Whether a country's name is the end of a longer name that is not the country's: a
    capitalised compass or nationality word right before it ("East Germany", "Northern Cyprus",
    "Iranian Azerbaijan"), or "People's" ("the Democratic People's Republic of Korea")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if (
        before.text in ("'s", "\u2019s")
        and span.start >= 2
        and span.doc[span.start - 2].text == "People"
    ):
        return True  # the DPRK, not the Republic of Korea
    lowered = before.text.lower()
    if (lowered not in _COMPASS and lowered not in _NATIONALITIES) or not before.text[:1].isupper():
        return False
    if (
        lowered in _NATIONALITIES
        and span.start >= 2
        and span.doc[span.start - 2].text.lower() in _DESCRIBING
    ):
        return False  # "Former Soviet Georgia", "pro-Russian Serbia": the country, described
    # a sentence in capitals ("EAST GERMANY") says no more than one in lower case; a compass word
    # written in capitals before a name that is not is an acronym or a heading's word
    return before.is_title or span.text.isupper()


# words that open a clause after a date or a mark ("June 2005 - The United Arab Emirates joins")
_CLAUSE_WORDS = frozenset(
    ("the", "a", "an", "in", "on", "at", "by", "of", "for", "from", "since", "as", "and", "but",
     "or", "so", "then", "when", "while", "both", "all", "only", "even", "also", "neighbouring",
     "neighboring", "is", "are", "was", "were", "has", "have", "had", "does", "did", "do", "will",
     "can", "could", "should", "would", "might", "must", "why", "how", "what", "where", "who",
     "which", "yes", "no", "not", "whether", "if")
)  # fmt: skip


def _names_after(token: Any) -> bool:
    """Whether a month's name after a country is a given name ("Georgia May Jagger"): a
    capitalised word follows it, not a day or a year ("Georgia May 1994")."""
    if token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return nxt.is_alpha and nxt.is_title and nxt.lower_ not in MONTHS


_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)  # fmt: skip


def _part_of_a_name(span: Span, sentence: Span) -> bool:
    """Whether a country's name is a part of someone's or something's name in prose: a
    capitalised word no other name covers right after it ("Jordan Peterson", "Georgia Tech",
    "the Jordan Valley"), in a sentence written in lower case (a title-case headline, "Jordan
    Joins the Dialogue", capitalises every word). A month or a weekday ("Georgia May 1994"), a
    word of a clause ("Is", "The") and a word in capitals ("NATO") are no part of a name; a month
    before another capitalised word is ("Georgia May Jagger")."""
    doc = span.doc
    first = sentence.start
    while first < span.start and not doc[first].is_alpha:
        first += 1  # past opening quotes and marks
    # only the word after it: a capitalised word before it is as often a place or a source
    # ("In Brussels Georgia signed ...", "According to Reuters Georgia joined ...") as a given
    # name ("Michael Jordan")
    neighbours = [doc[span.end]] if span.end < sentence.end else []
    named = [
        t
        for t in neighbours
        if t.is_alpha
        and t.is_title
        and len(t) > 1
        and t.ent_iob_ == "O"
        and (t.lower_ not in MONTHS or _names_after(t))
        and t.lower_ not in _WEEKDAYS
        and t.lower_ not in _CLAUSE_WORDS
    ]
    if not named:
        return False
    # the name's other words ("Georgia May Jagger"): the capitalised run after the country
    name = {t.i for t in named}
    k = span.end
    while k < sentence.end and doc[k].is_alpha and doc[k].is_title and doc[k].ent_iob_ == "O":
        name.add(k)
        k += 1
    # prose or a headline: the sentence's other words of four letters or more, outside names
    words = [
        t
        for t in sentence
        if t.is_alpha and len(t) >= 4 and t.i != first and t.ent_iob_ == "O" and t.i not in name
    ]
    return sum(t.is_lower for t in words) > sum(t.is_title for t in words)


# Common given names, and titles, that make a country's name after them a surname ("Michael
# Jordan", "Sen. Jim Jordan", "Steve Israel", "Mr Jordan"; "Hamilton" and "Vernon" for Hamilton
# and Vernon Jordan). Names that are also words a sentence
# opens with ("Will", "May", "Mark", "Grant", "Bill") are left out: "Will Jordan join?".
_GIVEN_NAMES = frozenset(
    ("aaron", "adam", "ahmed", "alan", "albert", "alex", "alexander", "ali", "alice", "amanda",
     "amy", "andrea", "andreas", "andrew", "angela", "ann", "anna", "anne", "anthony", "barbara",
     "ben", "benjamin", "brian", "bruce", "carl", "carlos", "carol", "caroline", "catherine",
     "charles", "charlotte", "chris", "christine", "christopher", "claire", "daniel",
     "david", "deborah", "dennis", "diana", "donald", "dorothy", "douglas", "edward", "eddie",
     "elizabeth", "emily", "emma", "eric", "fatima", "francis", "gary", "george", "gerald",
     "gregory", "hamilton", "hannah", "harold", "harry", "helen", "henry", "ian", "jack", "jacob",
     "james", "jane", "janet", "jason", "jean", "jeffrey", "jennifer", "jessica", "jim", "jimmy",
     "joe", "john", "jonathan", "joseph", "joshua", "juan", "julia", "karen", "katherine",
     "kathleen", "kenneth", "kevin", "larry", "laura", "linda", "lisa", "louis", "margaret",
     "maria", "marie", "martha", "mary", "matthew", "melissa", "michael", "michelle", "mike",
     "mohammed", "muhammad", "nancy", "nathan", "nicholas", "nicole", "omar", "patricia", "paul",
     "peter", "philip", "rachel", "raymond", "rebecca", "richard", "robert", "ronald", "ruth",
     "samuel", "sandra", "sarah", "scott", "sharon", "shirley", "stephen", "steve", "steven",
     "susan", "thomas", "timothy", "vernon", "victoria", "walter", "william", "yusuf")
)  # fmt: skip
# ("Rep." is left out: "the Rep. Korea" is the Republic)
_HONORIFICS = frozenset(
    ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "sen", "senator",
     "congressman", "congresswoman", "representative", "gen", "general", "governor", "gov",
     "coach", "justice", "judge")
)  # fmt: skip
_NAMES_BEFORE = _GIVEN_NAMES | _HONORIFICS


def _after_a_given_name(span: Span, sentence: Span) -> bool:
    """Whether a country's name follows a common given name or a title, capitalised, in its
    sentence, past one initial ("Michael Jordan has never ...", "Michael B. Jordan", "Sen. Jim
    Jordan", "Mr. Jordan said"): a surname."""
    k = span.start - 1
    if k > sentence.start and _initial(span.doc[k].text):
        k -= 1  # "Michael B. Jordan"
    if k < sentence.start:
        return False
    word = span.doc[k].text.rstrip(".")
    return word.istitle() and word.lower() in _NAMES_BEFORE


def _initial(text: str) -> bool:
    """A capital letter and its full stop, as a middle name's initial ("B.")."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


# Nouns after a framework's name that make it part of the name of another body or instrument,
# which a country joins or signs apart from the framework itself: "the PfP Consortium (of Defence
# Academies)", "a PfP Trust Fund", "the PfP Status of Forces Agreement", "PfP Training Centre".
_BODY_NOUNS = frozenset(
    ("consortium", "trust", "fund", "funds", "centre", "center", "centres", "centers", "training",
     "secretariat", "staff", "sofa", "cell", "exercise", "exercises",
     "school", "academy", "course", "courses")
)  # fmt: skip


def _names_a_body_of_it(span: Span) -> bool:
    """Whether a framework's name opens the name of another body: a noun of _BODY_NOUNS right
    after it ("the PfP Consortium"), not a word of the sentence ("the PfP in 1996")."""
    after = [t.text.lower() for t in span.doc[span.end : span.end + 3]]
    # "its PfP status" is its status as a partner; "the PfP Status of Forces Agreement" is a treaty
    return bool(after) and (after[0] in _BODY_NOUNS or after == ["status", "of", "forces"])


def matches_in(sentence: Span, gazetteer: Gazetteer) -> list[Match]:
    """Entities found in one sentence, in text order."""
    found = (Match.of(ent, gazetteer, sentence) for ent in sentence.ents)
    return [m for m in found if m is not None]
