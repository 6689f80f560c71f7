"""The world's countries by name, to notice a sentence that names one the curated data does not hold.

The reader finds countries by the names the graph gives them (entities.py); a country the data
does not hold is no entity, and a claim about it ("Serbia and Kosovo joined the PfP in 2006",
"The ICI's members are Bahrain, Kuwait, Qatar and Yemen") used to pass unread without a word,
the sentence judged on the countries it knows. This table makes such a country an entity of its
own (entities.Gazetteer.unheld): a claim of it is kept where the data lists in full who takes
part (every Ally; every partner of the PfP, the MD, the ICI), judged as not among them, and any
other is dropped and its sentence listed as read in part (analyse.check).

The 193 member states of the United Nations, and Kosovo, Palestine, Taiwan and the Vatican (the
Holy See), each by its ISO 3166-1 alpha-3 code (Kosovo by the user-assigned XKX that the EU and
the IMF use) with its usual short name, its formal name where a text may use it, and a few
usual variants ("Ivory Coast", "Burma", "Swaziland", "Macedonia", "Holland"), written by hand;
every code but XKX is one of ISO 3166-1 (as pycountry has it), names without their accents, as
the text is read (entities.fold_accents). A country the data holds is never reported, whatever
name the text gives it: only its code is compared. The questions' checks use it too
(``country_code``): a country the data does not hold is said to be one, not answered with the
names that look like it ("Iran": not Iraq, Ireland or Jordan).

A name counts only as written with its capitals, standing alone: not inside a longer name (a
capitalised word right before it that does not open the sentence, "New Mexico", "South China
Sea", "American Samoa"; a capitalised word right after it, "Panama Canal", "Niger Delta",
"Kosovo Force"; a hyphen joined to it, "Iran-backed"; "the Gulf of Mexico"), and not where it
only says where something happens ("troops in Syria").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from nato_graph.loaders.articles.folding import fold_accents

WORLD: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "AGO": ("Angola",),
    "ALB": ("Albania",),
    "AND": ("Andorra",),
    "ARE": ("United Arab Emirates", "UAE"),
    "ARG": ("Argentina",),
    "ARM": ("Armenia",),
    "ATG": ("Antigua and Barbuda",),
    "AUS": ("Australia",),
    "AUT": ("Austria",),
    "AZE": ("Azerbaijan",),
    "BDI": ("Burundi",),
    "BEL": ("Belgium",),
    "BEN": ("Benin",),
    "BFA": ("Burkina Faso",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BHR": ("Bahrain",),
    "BHS": ("Bahamas",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"),
    "BLR": ("Belarus", "Byelorussia"),
    "BLZ": ("Belize",),
    "BOL": ("Bolivia",),
    "BRA": ("Brazil",),
    "BRB": ("Barbados",),
    "BRN": ("Brunei", "Brunei Darussalam"),
    "BTN": ("Bhutan",),
    "BWA": ("Botswana",),
    "CAF": ("Central African Republic",),
    "CAN": ("Canada",),
    "CHE": ("Switzerland",),
    "CHL": ("Chile",),
    "CHN": ("China", "People's Republic of China", "PRC"),
    "CIV": ("Cote d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COD": ("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Zaire"),
    "COG": ("Republic of the Congo", "Congo-Brazzaville", "Congo"),
    "COL": ("Colombia",),
    "COM": ("Comoros",),
    "CPV": ("Cabo Verde", "Cape Verde"),
    "CRI": ("Costa Rica",),
    "CUB": ("Cuba",),
    "CYP": ("Cyprus",),
    "CZE": ("Czechia", "Czech Republic"),
    "DEU": ("Germany",),
    "DJI": ("Djibouti",),
    "DMA": ("Dominica",),
    "DNK": ("Denmark",),
    "DOM": ("Dominican Republic",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "EST": ("Estonia",),
    "ETH": ("Ethiopia",),
    "FIN": ("Finland",),
    "FJI": ("Fiji",),
    "FRA": ("France",),
    "FSM": ("Micronesia", "Federated States of Micronesia"),
    "GAB": ("Gabon",),
    "GBR": ("United Kingdom", "Great Britain", "Britain", "UK"),
    "GEO": ("Georgia",),
    "GHA": ("Ghana",),
    "GIN": ("Guinea",),
    "GMB": ("Gambia",),
    "GNB": ("Guinea-Bissau",),
    "GNQ": ("Equatorial Guinea",),
    "GRC": ("Greece",),
    "GRD": ("Grenada",),
    "GTM": ("Guatemala",),
    "GUY": ("Guyana",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IDN": ("Indonesia",),
    "IND": ("India",),
    "IRL": ("Ireland",),
    "IRN": ("Iran", "Persia"),
    "IRQ": ("Iraq",),
    "ISL": ("Iceland",),
    "ISR": ("Israel",),
    "ITA": ("Italy",),
    "JAM": ("Jamaica",),
    "JOR": ("Jordan",),
    "JPN": ("Japan",),
    "KAZ": ("Kazakhstan",),
    "KEN": ("Kenya",),
    "KGZ": ("Kyrgyzstan", "Kyrgyz Republic", "Kirghizia", "Kirgizia"),
    "KHM": ("Cambodia",),
    "KIR": ("Kiribati",),
    "KNA": ("Saint Kitts and Nevis",),
    "KOR": ("South Korea", "Republic of Korea", "Korea"),
    "KWT": ("Kuwait",),
    "LAO": ("Laos", "Lao People's Democratic Republic"),
    "LBN": ("Lebanon",),
    "LBR": ("Liberia",),
    "LBY": ("Libya",),
    "LCA": ("Saint Lucia",),
    "LIE": ("Liechtenstein",),
    "LKA": ("Sri Lanka", "Ceylon"),
    "LSO": ("Lesotho",),
    "LTU": ("Lithuania",),
    "LUX": ("Luxembourg",),
    "LVA": ("Latvia",),
    "MAR": ("Morocco",),
    "MCO": ("Monaco",),
    "MDA": ("Moldova", "Moldavia"),
    "MDG": ("Madagascar",),
    "MDV": ("Maldives",),
    "MEX": ("Mexico",),
    "MHL": ("Marshall Islands",),
    "MKD": ("North Macedonia", "Macedonia"),
    "MLI": ("Mali",),
    "MLT": ("Malta",),
    "MMR": ("Myanmar", "Burma"),
    "MNE": ("Montenegro",),
    "MNG": ("Mongolia",),
    "MOZ": ("Mozambique",),
    "MRT": ("Mauritania",),
    "MUS": ("Mauritius",),
    "MWI": ("Malawi",),
    "MYS": ("Malaysia",),
    "NAM": ("Namibia",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "NIC": ("Nicaragua",),
    "NLD": ("Netherlands", "Holland"),
    "NOR": ("Norway",),
    "NPL": ("Nepal",),
    "NRU": ("Nauru",),
    "NZL": ("New Zealand",),
    "OMN": ("Oman",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "PER": ("Peru",),
    "PHL": ("Philippines",),
    "PLW": ("Palau",),
    "PNG": ("Papua New Guinea",),
    "POL": ("Poland",),
    "PRK": ("North Korea", "Democratic People's Republic of Korea", "DPRK"),
    "PRT": ("Portugal",),
    "PRY": ("Paraguay",),
    "PSE": ("Palestine", "State of Palestine"),
    "QAT": ("Qatar",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "RWA": ("Rwanda",),
    "SAU": ("Saudi Arabia",),
    "SDN": ("Sudan",),
    "SEN": ("Senegal",),
    "SGP": ("Singapore",),
    "SLB": ("Solomon Islands",),
    "SLE": ("Sierra Leone",),
    "SLV": ("El Salvador",),
    "SMR": ("San Marino",),
    "SOM": ("Somalia",),
    "SRB": ("Serbia",),
    "SSD": ("South Sudan",),
    "STP": ("Sao Tome and Principe",),
    "SUR": ("Suriname",),
    "SVK": ("Slovakia",),
    "SVN": ("Slovenia",),
    "SWE": ("Sweden",),
    "SWZ": ("Eswatini", "Swaziland"),
    "SYC": ("Seychelles",),
    "SYR": ("Syria",),
    "TCD": ("Chad",),
    "TGO": ("Togo",),
    "THA": ("Thailand", "Siam"),
    "TJK": ("Tajikistan",),
    "TKM": ("Turkmenistan",),
    "TLS": ("Timor-Leste", "East Timor"),
    "TON": ("Tonga",),
    "TTO": ("Trinidad and Tobago",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkiye", "Turkey"),
    "TUV": ("Tuvalu",),
    "TWN": ("Taiwan",),
    "TZA": ("Tanzania",),
    "UGA": ("Uganda",),
    "UKR": ("Ukraine",),
    "URY": ("Uruguay",),
    "USA": ("United States", "United States of America"),
    "UZB": ("Uzbekistan",),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "VCT": ("Saint Vincent and the Grenadines",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "VUT": ("Vanuatu",),
    "WSM": ("Samoa",),
    "XKX": ("Kosovo",),
    "YEM": ("Yemen",),
    "ZAF": ("South Africa",),
    "ZMB": ("Zambia",),
    "ZWE": ("Zimbabwe",),
}

# Words before a name that only say where something happens ("troops in Syria"), as
# analyse._WHERE_WORDS reads a known country's.
_WHERE = frozenset(("in", "over", "across", "into", "throughout", "inside", "above", "near"))
# Nouns of a place that "of" ties a country's name to ("the Gulf of Mexico", "the Gulf of Guinea").
_FEATURES = frozenset(
    ("Gulf", "Sea", "Bay", "Strait", "Straits", "Coast", "Horn", "Isle", "Islands", "Cape")
)
# Capitalised words that open a longer name even as a sentence's first word ("New Mexico is ...",
# "South China Sea"); any other capitalised word does so only inside the sentence.
_NAME_OPENERS = frozenset(
    ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
     "New", "Papua", "Equatorial", "American", "British", "French", "Greek", "Turkish", "Soviet",
     "Upper", "Lower", "Greater", "Latin", "Saint", "St", "Air")
)  # fmt: skip
_JOINED = frozenset("-\u2010\u2011")  # a hyphen joining a name to the word beside it
_WORD_BEFORE = re.compile(r"([A-Za-z'-]+)\s+$")  # the word right before, a space between
_WORDS_BEFORE = re.compile(r"([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_WORD_AFTER = re.compile(r"^\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every name, longest first, and each name's code."""
    code = {fold_accents(name): iso3 for iso3, names in WORLD.items() for name in names}
    names = sorted(code, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), code


# States that no longer exist, by the names a question may give them, with how they ended and
# the codes of the states that took their place: "Czechoslovakia" is neither Czechia nor Slovakia.
_USSR = ("ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM",
         "UKR", "UZB")  # fmt: skip
_SFRY = ("BIH", "HRV", "MKD", "MNE", "SRB", "SVN", "XKX")
FORMER: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(("soviet union", "ussr", "u.s.s.r.", "union of soviet socialist republics"),
                    ("dissolved in December 1991", _USSR)),
    **dict.fromkeys(("czechoslovakia",), ("split on 1 January 1993", ("CZE", "SVK"))),
    **dict.fromkeys(("yugoslavia", "socialist federal republic of yugoslavia", "sfry"),
                    ("broke up from 1991", _SFRY)),
    **dict.fromkeys(("federal republic of yugoslavia", "fry", "serbia and montenegro"),
                    ("split in 2006", ("MNE", "SRB"))),
    **dict.fromkeys(("east germany", "german democratic republic", "gdr"),
                    ("joined the Federal Republic of Germany in October 1990", ("DEU",))),
}  # fmt: skip


def former_state(name: str) -> tuple[str, tuple[str, ...]] | None:
    """How the state ``name`` names ended, and the codes of the states that took its place, for a
    state that no longer exists ("Czechoslovakia", "the USSR"); None for any other name."""
    return FORMER.get(fold_accents(" ".join(name.split())).lower().removeprefix("the "))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    """Each name and code, folded and in lower case, and its code."""
    found = {iso3.lower(): iso3 for iso3 in WORLD}
    for iso3, names in WORLD.items():
        for name in names:
            found.setdefault(fold_accents(name).lower(), iso3)
    return found


def country_code(name: str) -> str | None:
    """The ISO3 code of the country ``name`` is (a name, variant or code, any case, with or
    without accents or a leading "the": "Iran", "the Holy See", "irn"), or None."""
    words = fold_accents(" ".join(name.split())).lower().removeprefix("the ")
    return _by_name().get(words)


def unknown_countries(
    text: str, known: Collection[str], covered: Collection[tuple[int, int]] = ()
) -> list[str]:
    """The codes of the countries ``text`` (one sentence) names that are not in ``known``, in
    text order: names outside the ``covered`` character spans (what the reader already found),
    standing alone and not only where something happens (see the module's docstring)."""
    pattern, code = _pattern()
    folded = fold_accents(text)
    out: list[str] = []
    for found in pattern.finditer(folded):
        iso3 = code[found.group(0)]
        start, end = found.span()
        if iso3 in known or any(lo < end and start < hi for lo, hi in covered):
            continue
        if stands_alone(folded, start, end):
            out.append(iso3)
    return out


def stands_alone(sentence: str, start: int, end: int) -> bool:
    """Whether the country's name at ``sentence[start:end]`` (one sentence, its accents folded)
    names the country where a claim of it could stand: not inside a longer name ("New Mexico",
    "Panama Canal", "the Gulf of Mexico"), and not only where something happens ("troops in
    Syria"); see the module's docstring."""
    if sentence[start - 1 : start] in _JOINED or sentence[end : end + 1] in _JOINED:
        return False  # "Iran-backed", "Syria-based": part of a longer word
    first = len(sentence) - len(sentence.lstrip())
    before = sentence[:start]
    word = _WORD_BEFORE.search(before)
    if word is not None:
        prior = word.group(1)
        if prior.lower() in _WHERE or (
            prior.lower() == "the" and _where_the(before[: word.start()])
        ):
            return False  # "troops in Syria", "flights over the Congo"
        if prior[:1].isupper() and (word.start() > first or prior in _NAME_OPENERS):
            return False  # "New Mexico", "South China Sea", "American Samoa": a longer name
    of = _WORDS_BEFORE.search(before)
    if of is not None and of.group(1) in _FEATURES:
        return False  # "the Gulf of Mexico"
    after = _WORD_AFTER.match(sentence[end:])
    return after is None or not after.group(1)[:1].isupper()  # "Panama Canal", "Kosovo Force"


def _where_the(before: str) -> bool:
    """Whether the word before a "the" says where something happens ("over the Congo")."""
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in _WHERE
