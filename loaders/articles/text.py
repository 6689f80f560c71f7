"""Reading an article (.txt, .md, .html or stdin) into clean paragraphs and a title.

HTML goes through a real parser (BeautifulSoup on the standard library's
``html.parser``) with the page furniture (navigation, banners, footers,
sidebars, scripts, forms, related-links and share boxes) and code blocks
dropped; Markdown is rendered to HTML with markdown-it-py and then read the
same way (its fenced and indented code blocks are not prose either), so both
keep their paragraph, heading and list structure. Plain text is split as a
reader sees it: a blank line ends a paragraph, and so does a single line break
after a heading, a list item, a line ending a sentence or a short line, while
the lines of a hard-wrapped paragraph are joined again. The text that remains
is normalised (NFC, straight quotes, one space between words) so the same
article always hashes to the same key.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from nato_graph.errors import NatoGraphError
from nato_graph.loaders.files import ARTICLE_SUFFIXES
from nato_graph.text import clip

STDIN = "-"
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
TITLE_MAX = 200
# spaCy refuses texts over a million characters; paragraphs are read in pieces well below that.
MAX_UNREAD_SENTENCES = 20  # sentences not checked kept per Document (all are counted)
MAX_PIECE_CHARS = 100_000


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Elements that are page furniture, never article text.
_DROP = _names(
    "script style noscript template nav aside form button select iframe svg canvas object embed "
    "head"
)
# A header is furniture only outside the article body (<article><header><h1> is content); a
# footer never is article text, inside the article it holds bylines and related links.
_DROP_OUTSIDE_CONTENT = ("header",)
_DROP_ANYWHERE = ("footer", "pre")  # <pre>: code blocks, Markdown's included
# class or id words of boxes that are furniture wherever they sit
_FURNITURE_CLASS = re.compile(
    r"(?:^|[-_\s])(?:related|share|sharing|social|newsletter|subscribe|promo|advert|ads?|cookie|"
    r"breadcrumbs?|comments?|sidebar|byline|most-read|trending)(?:$|[-_\s])",
    re.IGNORECASE,
)
_FURNITURE_ROLES = _names("navigation banner contentinfo complementary search menu menubar")
# Elements that end a block of text (the parser joins inline text, like <a>, into its paragraph).
_BLOCKS = _names(
    "p div section article main li ul ol dl dt dd table tr blockquote pre figure figcaption "
    "h1 h2 h3 h4 h5 h6 hr address details summary caption"
)
_CELLS = ("td", "th")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Curly quotes become straight, odd spaces plain: the hash and the matcher see one form.
# Hyphens of other code points (U+2010 hyphen, U+2011 non-breaking, U+2012 figure dash, U+2212
# minus, written for a hyphen in "Indo\u2011Pacific") become "-", so names match as typed; a soft
# hyphen is dropped.
_QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
    | dict.fromkeys("\u201c\u201d\u201e", '"')
    | dict.fromkeys("\u00a0\u2009\u202f", " ")
    | dict.fromkeys("\u2010\u2011\u2012\u2212", "-")
    | {"\u200b": "", "\u00ad": ""}
)
_SPACE = re.compile(r"\s+")
# Footnote markers: "in 1999[1].", "[12]", "[a]", "[note 3]", "[citation needed]", Markdown's
# "[^1]"; glued to a year they would hide it ("1999[1" is no year). A single letter is a footnote
# only after a word or a stop and not glued to the letters after it: "[M]alta", an editor's
# capital, keeps its letter.
_FOOTNOTE = re.compile(
    r"\[(?:\^?\d{1,3}|\^\w{1,12}|note \d{1,3}|citation needed|clarification needed)\]"
    r"|(?<=[\w.,;:!?)\"'])\[[a-z]\](?![a-z])",
    re.IGNORECASE,
)
# An editor's bracket round a letter of a word ("[M]alta", "[t]he") is the letter.
_EDITED_LETTER = re.compile(r"\[([A-Za-z])\](?=[a-z])")
# What a <sup> may hold that is text, not a footnote: an ordinal's ending ("30<sup>th</sup>").
_SUPERSCRIPT_TEXT = frozenset(("st", "nd", "rd", "th", "e", "er", "re"))


class ArticleError(NatoGraphError):
    """An article that cannot be read as text: unreadable, binary, not UTF-8, or empty."""


@dataclass(frozen=True)
class Article:
    """One article's clean text, split into paragraphs (headings are paragraphs too)."""

    name: str  # as the user gave it: a path, or "-" for stdin
    format: str  # text | markdown | html
    title: str
    paragraphs: tuple[str, ...]
    url: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def key(self) -> str:
        """The content hash: the same text loaded again is the same Document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def path(self) -> str | None:
        return None if self.name == STDIN else self.name


def is_article(path: str) -> bool:
    """Whether the load command should treat ``path`` as an article (or a folder of them)."""
    return path == STDIN or Path(path).suffix.lower() in ARTICLE_SUFFIXES or Path(path).is_dir()


def normalise(text: str) -> str:
    """One paragraph's text as it is hashed and searched: NFKC (a year in full-width digits as "2022"),
    straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _EDITED_LETTER.sub(r"\1", _FOOTNOTE.sub("", text))
    text = "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in text)
    return _SPACE.sub(" ", text).strip()


def _utf16(head: bytes) -> bool:
    """Whether bytes look like UTF-16 text: a byte-order mark, or a NUL at every other byte of
    mostly ASCII text (either byte order).

    >>> _utf16("Kuwait".encode("utf-16")), _utf16("Kuwait".encode("utf-16-be")), _utf16(b"\\x00\\x01ab")
    (True, True, False)
    """
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    pairs = len(head) // 2
    if pairs < 2:
        return False
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    return max(even, odd) >= 0.9 * pairs and min(even, odd) <= 0.1 * pairs


def read_article(name: str, stdin: BinaryIO | None = None) -> Article:
    """Read and clean one article; raise ArticleError naming the file when it is not usable text."""
    data = _read_bytes(name, stdin)
    display = "stdin" if name == STDIN else name
    if b"\x00" in data[:65536]:
        if _utf16(data[:65536]):
            raise ArticleError(
                f'{display}: looks like UTF-16 text (as Windows Notepad saves "Unicode"); save '
                "the article as UTF-8"
            )
        raise ArticleError(f"{display}: looks like a binary file, not a text article")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(
            f"{display}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
            "save the article as UTF-8"
        ) from None
    fmt = _format_of(name, raw)
    if fmt == "html":
        title, paragraphs, url = _from_html(raw)
    elif fmt == "markdown":
        title, paragraphs, url = _from_markdown(raw, display)
    else:
        title, paragraphs, url = _from_text(raw)
    if not paragraphs:
        raise ArticleError(f"{display}: is empty (no article text found)")
    if not title:
        title = paragraphs[0] if fmt == "text" else ("stdin" if name == STDIN else Path(name).name)
    return Article(name, fmt, _clip(title), tuple(paragraphs), url)


def _read_bytes(name: str, stdin: BinaryIO | None) -> bytes:
    if name == STDIN:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text-only stdin (some embedders)
            return sys.stdin.read().encode("utf-8")
        data = stream.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"stdin: larger than {MAX_ARTICLE_BYTES // 2**20} MiB; not an article"
            )
        return data
    path = Path(name)
    too_big = f"{name}: larger than {MAX_ARTICLE_BYTES // 2**20} MiB; not an article"
    try:
        if path.is_dir():
            raise ArticleError(f"{name}: is a directory, not an article")
        # A device (/dev/zero never ends), a pipe (opening it would wait for a writer) or a
        # socket is refused by what the name leads to, and again by what the open file is, in
        # case it was swapped in between; a FIFO is opened without waiting for a writer.
        from nato_graph.loaders.files import open_unblocked

        _refuse_unless_regular(name, path.stat())
        raw, found = open_unblocked(path)
        with io.BufferedReader(raw) as f:
            _refuse_unless_regular(name, found)
            data = f.read(MAX_ARTICLE_BYTES + 1)  # a file that grows as it is read stays bounded
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleError(too_big)
        return data
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read: {exc.strerror or exc}") from None


def _refuse_unless_regular(name: str, found: os.stat_result) -> None:
    from nato_graph.loaders.files import special_kind

    if not stat.S_ISREG(found.st_mode):
        raise ArticleError(f"{name}: is {special_kind(found.st_mode)}, not an article")
    if found.st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: larger than {MAX_ARTICLE_BYTES // 2**20} MiB; not an article")


def _format_of(name: str, raw: str) -> str:
    suffix = Path(name).suffix.lower() if name != STDIN else ""
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    head = raw.lstrip()[:2048].lower()  # stdin: sniff
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if head.startswith("#"):
        return "markdown"
    return "text"


def _clip(title: str) -> str:
    return clip(normalise(title), TITLE_MAX)


def _is_furniture_box(tag: object) -> bool:
    from bs4 import Tag

    if not isinstance(tag, Tag) or tag.name in ("html", "body", "main", "article"):
        return False
    words = " ".join(tag.get_attribute_list("class") or []) + " " + str(tag.get("id") or "")
    return bool(_FURNITURE_CLASS.search(words.strip()))


_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022\u2013\u25aa\u25cf]|\(?\d{1,3}[.)])\s+")
_SENTENCE_END = (".", "!", "?", ":", ";", '."', ".'", '?"', '!"', ".)")
# characters: a line this short ends where it ends (a heading, a list item, a dateline)
_SHORT_LINE = 40


def _from_text(raw: str) -> tuple[str, list[str], None]:
    """Paragraphs as a reader sees them; see text_blocks."""
    paragraphs = [p for p in (normalise(block) for block in text_blocks(raw)) if p]
    first_line = next((line.strip() for line in raw.splitlines() if line.strip()), "")
    return first_line, paragraphs, None


def text_blocks(raw: str) -> list[str]:
    """Split plain text into paragraphs, headings and list items.

    A blank line always ends a block. A single line break ends one too, unless
    the line is part of a hard-wrapped paragraph: it neither ends a sentence
    (nor an introduction with ":"), nor is short, nor is followed by a list
    item, and it is about as long as the block's longest lines or the next line
    goes on in lower case. List markers ("- ", "* ", "1. ") are dropped.
    """
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", raw):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        width = max(len(line) for line in lines)
        current: list[str] = []
        for k, line in enumerate(lines):
            item = _LIST_MARKER.match(line)
            if item and current:
                blocks.append(" ".join(current))
                current = []
            current.append(line[item.end() :] if item else line.strip())
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is None or not _continues(line, nxt, width):
                blocks.append(_joined(current))
                current = []
    return blocks


# A word broken at a line's end by a hyphen, the rest of it opening the next line in lower case:
# "Kazakh-" / "stan", "Part-" / "nership" (a typesetter's or a scanned page's hyphenation).
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
# The first halves of words a hyphen joins for good: "counter-" / "terrorism" stays
# "counter-terrorism", as does "long-" / "standing".
_HYPHENATED_PREFIXES = frozenset(
    ("counter", "anti", "non", "co", "self", "post", "pre", "multi", "inter", "cross", "trans",
     "long", "short", "well", "full", "half", "semi", "ex", "sub", "mid", "all", "re", "pro", "de",
     "cyber", "euro", "north", "south", "east", "west", "so", "far", "high", "low", "one", "two",
     "first", "second", "third", "year", "decade", "hard", "open", "wide", "large", "small")
)  # fmt: skip


def _joined(lines: list[str]) -> str:
    """The lines of one block as one text: a word broken across two lines by a hyphen is
    mended ("Kazakh-" "stan": "Kazakhstan"), keeping the hyphen of a compound's usual first half
    ("counter-" "terrorism": "counter-terrorism"), of an acronym ("NATO-" "led": "NATO-led") and
    before a capital ("Euro-" "Atlantic": "Euro-Atlantic")."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        head = re.search(r"([^\W\d_]+)-$", out) if _BROKEN_WORD.search(out) else None
        if head is None or not line[:1].isalpha():
            out = out + " " + line
            continue
        word = head.group(1)
        kept = line[:1].isupper() or word.isupper() or word.lower() in _HYPHENATED_PREFIXES
        out = out + line if kept else out[:-1] + line
    return out


# A date or a time that opens a line as its stamp: "28/11/2021 11:00 | ...", "2023-04-04 ...",
# "14:02 ...", "[19:02] Priya: ...", "(14:02:11)": a log's, a ticker's, a feed's or a chat's
# record.
_STAMP = re.compile(
    r"^[\[(]?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:[\])](?=\s)|(?=[\s|,;\-\u2013\u2014]))"
)


def _continues(line: str, nxt: str, width: int) -> bool:
    """Whether ``nxt`` carries on the paragraph ``line`` belongs to (hard wrapping). Not when
    both lines open with a stamp of date or time: each is a record of its own (a ticker's
    headlines, a log's entries), however long."""
    text = line.strip()
    if _BROKEN_WORD.search(text) and nxt.strip()[:1].isalpha() and not _LIST_MARKER.match(nxt):
        return True  # "Kazakh-" / "stan": a word broken across the lines, however short
    if _LIST_MARKER.match(nxt) or text.endswith(_SENTENCE_END) or len(text) < _SHORT_LINE:
        return False
    if _STAMP.match(text) and _STAMP.match(nxt.strip()):
        return False
    if text.isupper():  # A HEADING IN CAPITALS
        return False
    following = nxt.strip()
    if following[:1].islower() or following[:1] in (",", "(", "-"):
        return True
    return len(line) >= 0.75 * width and width >= 50


def pieces(paragraph: str, size: int = MAX_PIECE_CHARS) -> list[str]:
    """A paragraph cut into pieces of at most ``size`` characters, at a sentence end where one is near.

    spaCy refuses a text over a million characters, and one huge text costs
    memory in proportion; a piece ends after ". " (or at a space) before the limit.
    """
    out: list[str] = []
    rest = paragraph
    while len(rest) > size:
        window = rest[:size]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < size // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else size
        out.append(rest[:cut].strip())
        rest = rest[cut:]
    if rest.strip():
        out.append(rest.strip())
    return out


# YAML front matter, as static-site generators write it: "---", "key: value" lines, "---"
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_FIELD = re.compile(r"^(title|url|link|canonical_url)[ \t]*:[ \t]*(.+?)[ \t]*$", re.M | re.I)


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """A Markdown file's front matter (its title and url, the rest ignored) and the text after
    it: the block is metadata, not the article's first paragraph ("title: ... author: ..." was
    taken as the title and read as prose)."""
    found = _FRONT_MATTER.match(raw)
    if not found:
        return {}, raw
    fields = {
        key.lower(): value.strip().strip("'\"")
        for key, value in _FRONT_FIELD.findall(found.group(1))
    }
    return fields, raw[found.end() :]


# The nesting levels the Markdown parser follows (a list item is two: the list and the item), far
# past any article's; markdown-it's "commonmark" preset stops at 20, and drops what is deeper.
_MAX_NESTING = 100


def _from_markdown(raw: str, display: str = STDIN) -> tuple[str, list[str], str | None]:
    from markdown_it import MarkdownIt

    whole = raw
    front, raw = _front_matter(raw)
    above = whole.count("\n") - raw.count("\n")  # the front matter's lines
    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
    tokens = md.parse(raw)
    deepest = max(tokens, key=lambda t: t.level, default=None)
    if deepest is not None and deepest.level >= _MAX_NESTING - 1:
        # the parser stops at its nesting limit and drops what lies deeper without a word (a
        # list 20 levels deep lost its claims): refused, so that no claim passes unread
        line = f":{deepest.map[0] + 1 + above}" if deepest.map else ""
        raise ArticleError(
            f"{display}{line}: Markdown nested more than {_MAX_NESTING // 2} levels deep: what "
            "lies deeper would be dropped unread; not an article"
        )
    html = md.renderer.render(tokens, md.options, {})
    title, paragraphs, url = _from_html(html, whole=True)
    given = front.get("url") or front.get("canonical_url") or front.get("link")
    if given and not given.startswith(("http://", "https://")):
        given = None
    return front.get("title") or title, paragraphs, url or given


# A break after one of these words is inside a sentence, whatever follows ("joined the PfP
# in<br>1994"): the line runs on.
_RUNS_ON = _names(
    "a an and as at between by for from in into of on or since than the to until with"
)
_BULLETS = tuple("-*\u2022\u00b7\u2013\u2014\u25aa\u25cf")


def _line_beside(tag: object, forward: bool) -> tuple[str, bool]:
    """The text of the line on one side of a ``<br>`` up to the next one or the block's edge,
    and whether it reaches that edge (no ``<br>`` before it)."""
    from bs4 import Tag

    parts: list[str] = []
    node = getattr(tag, "next_sibling" if forward else "previous_sibling")
    while node is not None:
        if isinstance(node, Tag) and (node.name == "br" or node.name in _BLOCKS):
            return normalise(" ".join(parts[:: 1 if forward else -1])), False
        parts.append(_visible(node) if isinstance(node, Tag) else str(node))
        node = node.next_sibling if forward else node.previous_sibling
    return normalise(" ".join(parts[:: 1 if forward else -1])), True


def _footnote_mark(tag: Any) -> bool:
    """A ``<sup>`` that marks a footnote ("1999<sup>1</sup>"), not an ordinal's ending."""
    return tag.name == "sup" and tag.get_text(strip=True).lower() not in _SUPERSCRIPT_TEXT


def _visible(tag: Any) -> str:
    """A tag's text without its footnote marks, as the page's text reads it."""
    from bs4 import CData, NavigableString, Tag

    if _footnote_mark(tag):
        return ""
    return "".join(
        str(node)
        for node in tag.descendants
        if type(node) in (NavigableString, CData)
        and not any(isinstance(p, Tag) and _footnote_mark(p) for p in node.parents)
    )


def _ends_a_line(tag: object) -> bool:
    """Whether a single ``<br>`` ends a line of its own, read as a paragraph's end: after a
    sentence's end ("in 1995.<br>Algeria ..."), before a list's item (a year, a number or a
    bullet: "Timeline<br>1994: Finland joins ...<br>2023: ..."), or after a short heading first
    in its block ("Key facts<br>Finland ..."); not inside a sentence ("the Mediterranean<br>
    Dialogue in 1999", "joined the PfP in<br>1994"). Two in a row always end a paragraph."""
    before, first = _line_beside(tag, forward=False)
    after, _ = _line_beside(tag, forward=True)
    if not before or not after:
        return True  # "<br><br>", or a break at a block's edge
    if before[-1] in ".!?:;" or before.endswith(('."', ".'", '?"', '!"')):
        return True
    last = before.split()[-1].lower()
    if last in _RUNS_ON:
        return False
    if after[0].isdigit() or after.startswith(_BULLETS):
        return True
    words = before.split()
    return first and len(words) <= 3 and words[0][:1].isupper() and after[0].isupper()


def _from_html(raw: str, *, whole: bool = False) -> tuple[str, list[str], str | None]:
    """Text blocks of the page's content; ``whole`` for rendered Markdown (no furniture)."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(raw, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    url = None
    for link in soup.find_all("link"):
        if "canonical" in (link.get_attribute_list("rel") or []) and link.get("href"):
            url = str(link["href"]).strip()
    if url is None:
        og = soup.find("meta", attrs={"property": "og:url"})
        if isinstance(og, Tag) and og.get("content"):
            url = str(og["content"]).strip()
    for tag in soup.find_all(_DROP_ANYWHERE):
        if not tag.decomposed:
            tag.decompose()
    if not whole:
        for tag in soup.find_all(_DROP):
            tag.decompose()
        for tag in soup.find_all(role=True):
            if not tag.decomposed and str(tag.get("role", "")).lower() in _FURNITURE_ROLES:
                tag.decompose()
        for tag in soup.find_all(_DROP_OUTSIDE_CONTENT):
            if not tag.decomposed and tag.find_parent(("article", "main")) is None:
                tag.decompose()
        for tag in soup.find_all(_is_furniture_box):
            if not tag.decomposed:
                tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    heading = root.find(_HEADINGS) if isinstance(root, Tag) else None
    title = heading.get_text(" ", strip=True) if heading else page_title
    text = _text_of(root)
    paragraphs = [p for p in (normalise(block) for block in re.split(r"\n\s*\n", text)) if p]
    return title or page_title, paragraphs, url


def _a_later_cell(cell: Any) -> bool:
    """Whether a table cell comes after another in its row (its row's first cell is found from
    the start of the row, not by walking back from each cell: a row of many cells stays linear)."""
    row = cell.parent
    return row is not None and row.find(_CELLS, recursive=False) is not cell


def _text_of(root: Any) -> str:
    """The text of a page's content, each block set apart by a blank line, read in one walk of
    the tree: a footnote's mark ("1999<sup>1</sup>" is no "19991"; an ordinal's ending stays) is
    left out, and a ``<br>`` is a blank line where it ends a line of its own (``_ends_a_line``,
    decided from the lines as written), else a space. The tree is not changed: inserting and
    replacing in it costs a walk of the siblings or descendants each time, which made a page of
    100,000 breaks or 20,000 nested blocks take minutes."""
    from bs4 import CData, NavigableString, Tag

    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            out.append("\n\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                out.append("\n\n" if _ends_a_line(node) else " ")
                continue
            if _footnote_mark(node):
                continue
            if node is not root and node.name in _BLOCKS:
                out.append("\n\n")
                stack.append((node, True))
            elif node.name in _CELLS and _a_later_cell(node):
                # a table's row is one line, its cells set apart as a Markdown table's are:
                # "Armenia | Partnership for Peace | 1996" is read (or listed) as one, where each
                # cell alone was a paragraph that said nothing
                out.append(" | ")
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):  # what get_text reads: no comments
            out.append(str(node))
    return "".join(out)


# The commonest words of English prose: about a third of any English text's words (0.26 to 0.4
# in the labelled articles), and of the languages a reader may paste instead; a table of names and
# dates has few of either, and is not taken for another language.
ENGLISH_WORDS = frozenset(
    ("the", "of", "and", "to", "in", "is", "was", "for", "that", "with", "on", "as", "by", "it",
     "are", "were", "has", "have", "from", "its", "since", "which", "this", "be", "at", "an",
     "or", "not", "but", "had", "been", "their", "they", "he", "she", "we", "will", "would",
     "after", "who", "also", "than", "into", "more", "when", "joined", "member", "members",
     "partner", "partners")
)  # fmt: skip
OTHER_WORDS = frozenset(
    # French, German, Spanish, Italian, Portuguese, Dutch; Swedish, Finnish, Turkish, Polish:
    # articles, conjunctions, prepositions (none an English word: not "i", "on", "do", "till")
    ("le", "la", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "avec", "sur",
     "au", "aux", "par", "sont", "cette", "ces", "depuis", "à", "de", "der", "die", "das", "und",
     "ist", "mit", "von", "den", "dem", "nicht", "ein", "eine", "sich", "auf", "zu", "im",
     "wurde", "seit", "el", "los", "las", "del", "que", "y", "es", "por", "con", "una", "para",
     "se", "su", "al", "fue", "en", "desde", "il", "di", "che", "della", "nel", "sono", "gli",
     "è", "dal", "os", "da", "em", "um", "uma", "foi", "com", "não", "het", "een", "van", "zijn",
     "werd", "niet", "sinds", "och", "är", "med", "av", "för", "som", "det", "på", "inte", "har",
     "sedan", "enligt", "ja", "oli", "että", "ei", "myös", "kanssa", "vuonna", "jälkeen", "ve",
     "bir", "bu", "ile", "için", "olarak", "olan", "się", "nie", "jest", "od", "roku",
     "że", "po", "w", "z", "na")
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS_TO_TELL = 20  # fewer words than this tell nothing of a text's language
ENGLISH_SHARE = 0.08  # below this share of common English words a text may not be English
OTHER_SHARE = 0.1  # at or above this share of another language's words, a text is in it
LOWER_SHARE = 0.8  # a text this much in lower case is written in lower case
# a body in lower case of this many words is told as one (a post of two short sentences,
# "israel joined nato in 2019. jordan is a member of nato since 2001.", passed without a word)
MIN_LOWER_WORDS = 8


def not_read(text: str) -> str | None:
    """Why the checker cannot read a text's claims, when it cannot: the text is in another
    language (many common words of French, German, Spanish, Italian, Portuguese, Dutch, Swedish,
    Finnish, Turkish or Polish, at least twice its common English ones; or most in a script other
    than the Latin), or most of it is written in lower case below its first paragraph (names are
    found by their capitals: "israel" and "nato" are no names; a body of MIN_LOWER_WORDS words
    tells). None when it reads as English, is too short to tell, or is a table of names and
    dates."""
    words = _WORD.findall(text)
    lower = [w.lower() for w in words]
    common = sum(w in ENGLISH_WORDS for w in lower)
    other = sum(w in OTHER_WORDS for w in lower)
    other_script = sum(not w.isascii() and not _latin(w) for w in lower)
    if len(words) >= MIN_WORDS_TO_TELL and (
        (other >= OTHER_SHARE * len(words) and other >= 2 * common)
        or (common < ENGLISH_SHARE * len(words) and other_script * 2 >= len(words))
    ):
        return (
            f"not English: only {common} of its {len(words)} words are common English ones; the "
            "checker reads English only, so what the text says in another language was not read "
            "(load a translation to check it)"
        )
    # most of the body in paragraphs in lower case throughout, under a heading or a byline
    # that may have capitals ("Note", "By Anna Svensson")
    paragraphs = text.split("\n\n")
    body = paragraphs[1:] if len(paragraphs) > 1 else paragraphs
    counted = [(len(_WORD.findall(p)), not any(c.isupper() for c in p)) for p in body]
    in_body = sum(n for n, _ in counted)
    in_lower = sum(n for n, lower_case in counted if lower_case)
    if in_lower >= MIN_LOWER_WORDS and in_lower >= LOWER_SHARE * in_body:
        return (
            f"written in lower case: {in_lower} of its {in_body} words below the title are in "
            "paragraphs with no capital; the checker finds countries, frameworks and NATO by their "
            'capitals ("Israel", "NATO"), so claims written that way were not read (load it with '
            "its names capitalised to check them)"
        )
    return None


def _latin(word: str) -> bool:
    """Whether a word is written in the Latin script ("Suède", "Türkiye")."""
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)
