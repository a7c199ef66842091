"""Stage 4c: keys for an article's entity candidates. A name the gazetteer or a rule keyed keeps
its key; other names join the fuller name they shorten (a surname, an organisation's initials
or first words, "the Alliance" for the one alliance named), and the rest take the class most of
their mentions got. Out come the article's mentions and entities."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..data import gazetteer, gazetteer_by_key, load_json
from ..names import PersonIndex, fold, slug, surface_name
from ..read.nlp import ParsedArticle
from .groups import article_scope, without_count
from .model import Entity, Mention
from .namekeys import body_key, given_name_of, one_key_per_prefix, short_form_of, unowned_ministry


@dataclass(frozen=True)
class Candidate:
    """A span of one block that may name an entity, with its key when a rule already knows it."""
    block: int
    start: int
    end: int
    cls: str
    key: str | None  # known key (gazetteer, product, group); None: decided by resolution
    label: str | None = None
    voice: bool = False  # a first-person word of a government's release: no surface name


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for entry in gazetteer():
        if entry.kind:
            kinds.setdefault(entry.kind, []).append(entry.key)
    return kinds


def resolve_locally(parsed: ParsedArticle, candidates: list[Candidate]) -> tuple[list[Mention], list[Entity]]:
    """Give every candidate an entity key; merge surname-only mentions into full names."""
    text = parsed.article.document.text
    surface = {}
    for c in candidates:
        doc = parsed.blocks[c.block].doc
        span = doc[c.start:c.end]
        offset = parsed.blocks[c.block].block.start
        surface[c] = (offset + span.start_char, offset + span.end_char,
                      surface_name(text[offset + span.start_char:offset + span.end_char]))
    full_names = sorted({surface[c][2] for c in candidates
                         if c.key is None and c.cls == "Person" and len(surface[c][2].split()) >= 2},
                        key=lambda n: (-len(n), n))
    people = PersonIndex(full_names)
    first_written: dict[str, tuple[int, int]] = {}
    for c in sorted(candidates, key=lambda c: (c.block, c.start)):
        first_written.setdefault(surface[c][2], (c.block, c.start))
    one_word_people = {surface[c][2] for c in candidates if c.key is None and c.cls == "Person"
                       and len(surface[c][2].split()) == 1 and surface[c][2][:1].isupper()}
    org_names = one_key_per_prefix({surface[c][2]: c.key or "organization:" + slug(surface[c][2]) for c in sorted(
        candidates, key=lambda c: (c.key is not None, c.block, c.start))  # a name the gazetteer knows keeps its key
        if c.cls == "Organization" and len(surface[c][2].split()) >= 2})
    kinds = _kind_words()
    mentioned = {c.key for c in candidates if c.key}
    country_ending = {(c.block, c.end): (c.key, c.start) for c in candidates if c.key and c.cls == "Country"}
    keyed: list[tuple[Candidate, str, str]] = []  # candidate, key, class
    owned: dict[Candidate, str] = {}  # "Iran's Foreign Ministry": the name with its state, kept as a name too
    for c in candidates:
        name = surface[c][2]
        if c.key:
            keyed.append((c, c.key, c.cls))
            continue
        if c.cls == "Person" and len(name.split()) == 1 and _royal_style(parsed.blocks[c.block].doc, c.start):
            person = given_name_of(name, full_names) or name  # "King Salman" is not "Mohammed bin Salman"
        else:
            person = None
        person = person or _first_of_family(name, full_names, first_written, people) or people.closest(name) \
            or given_name_of(name, full_names) \
            or (name if name in one_word_people and not short_form_of(name, org_names) else None)  # "President
        # Mendez ... the Mendez regime": the model tagged the second a place
        if person and (c.cls == "Person" or len(name.split()) == 1):
            keyed.append((c, "person:" + slug(person), "Person"))
            continue
        longer = short_form_of(name, org_names) if c.cls in ("Organization", "Place", "Person") else None
        if longer:  # "SDF" after "Syrian Democratic Forces", "Triliance" after "Triliance Petrochemical Co."
            keyed.append((c, longer, "Organization"))
            continue
        kind_keys = [k for k in kinds.get(fold(name), []) if k in mentioned]
        if kind_keys:  # "the Alliance" in an article about NATO; of two councils, the one named last
            earlier = [o for o in candidates if o.key in kind_keys and (o.block, o.start) < (c.block, c.start)]
            key = max(earlier, key=lambda o: (o.block, o.start)).key if earlier else kind_keys[0]
            keyed.append((c, key, gazetteer_by_key()[key].cls))
        elif fold(name) in kinds:
            continue  # a bare description with nothing to refer to
        elif c.cls == "Organization" and (body := body_key(name, (possessor := _possessor(parsed, c, country_ending))
                                                             and possessor[0])):
            # "Iraqi Parliament" is "Parliament of Iraq", "Chile's Foreign Ministry" the "Ministry of Foreign
            # Affairs of Chile"; "the Council of X" acts as the organisation X
            keyed.append((c, body, "Organization"))
            if possessor:
                owned[c] = parsed.blocks[c.block].doc[possessor[1]:c.end].text
        elif c.cls == "Organization" and unowned_ministry(name):  # "the Foreign Ministry", no state named:
            keyed.append((c, "organization:" + slug(name) + article_scope(parsed.article.id), "Organization"))
            # this article's, not every state's
        elif c.cls == "Person":
            keyed.append((c, "person:" + slug(name), "Person"))
        else:
            keyed.append((c, None, c.cls))
    # Names that are not people take the class most of their mentions got.
    votes: dict[str, Counter] = {}
    for c, key, cls in keyed:
        if key is None:
            votes.setdefault(fold(surface[c][2]), Counter())[cls] += 1
    mentions, names, classes = [], {}, {}
    written: dict[str, str] = {}  # key -> its first name as written, for an entity only described
    labels: dict[str, str] = {}
    for c in candidates:  # the fullest label: "AH-64 Apache" over "AH-64"
        if c.key and c.label and len(c.label) >= len(labels.get(c.key, "")):
            labels[c.key] = c.label
    for c, key, cls in keyed:
        start, end, name = surface[c]
        if key is None:
            counts = votes[fold(name)]
            cls = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            key = f"{cls.lower()}:{slug(name)}"
        if not name:
            continue
        mentions.append(Mention(c.block, c.start, c.end, start, end, name, key, c.voice))
        names.setdefault(key, [])
        if not c.voice:
            written.setdefault(key, name)
        if not c.voice and is_name(name):
            names[key].append(name)
            if c in owned:
                names[key].append(owned[c])
            styled = _royal_style(parsed.blocks[c.block].doc, c.start) if cls == "Person" else None
            if styled:  # "Queen Elizabeth II" is a name of Elizabeth II too
                names[key].append(f"{styled} {name}")
            if cls == "Group" and without_count(name) not in ("", name):
                names[key].append(without_count(name))  # "over 550 Cuban protesters" is also "Cuban protesters"
        classes.setdefault(key, cls)
    by_key = gazetteer_by_key()
    entities = []
    for key in sorted(names):
        entry = by_key.get(key)
        fallback = labels.get(key) or (entry.label if entry else written.get(key)) or key.split(":")[-1]
        entities.append(Entity(key=key, cls=classes[key], names=tuple(dict.fromkeys(names[key] or [fallback])),
                               label=entry.label if entry else labels.get(key),
                               wikidata=entry.wikidata if entry else None))
    mentions.sort(key=lambda m: (m.char_start, -m.char_end))
    return mentions, entities


def _first_of_family(name: str, full_names: list[str], first_written: dict, people: PersonIndex) -> str | None:
    """A bare surname that several people of the article share ("Arlen" after "Tom Arlen" and his son
    "Nathan Arlen") is the one the article names first: news introduces its principal first."""
    if len(name.split()) != 1:
        return None
    sharing = [full for full in full_names if fold(full).split()[-1] == fold(name)]
    people_sharing = {people.closest(full) or full for full in sharing}
    if len(people_sharing) < 2:
        return None
    first = min(sharing, key=lambda full: (first_written.get(full, (1 << 30, 0)), full))
    return people.closest(first) or first


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def is_name(name: str) -> bool:
    """A mention's text names its entity, unless it only describes it: a kind word alone ("the
    Department", "the ministry") or a phrase a possessive pronoun opens ("its citizens")."""
    words = name.split()
    return bool(words) and fold(name) not in _kind_words() and words[0].lower() not in _POSSESSIVES


def _possessor(parsed: ParsedArticle, c: Candidate, country_ending: dict) -> tuple[str, int] | None:
    """The country (key, first token) named with a possessive right before the candidate ("Chile's Ministry ...")."""
    doc = parsed.blocks[c.block].doc
    if c.start >= 2 and doc[c.start - 1].lower_ in ("'s", "’s"):
        return country_ending.get((c.block, c.start - 1))
    return None


@lru_cache(maxsize=1)
def _royal_styles() -> tuple[tuple[str, ...], ...]:
    styles = load_json("titles.json")["royal_styles"]
    return tuple(sorted((tuple(s.split()) for s in styles), key=len, reverse=True))


def _royal_style(doc, start: int) -> str | None:
    """The monarch's style written right before a person's name ("Queen", "Crown Prince"), or None."""
    for words in _royal_styles():
        if start >= len(words) and tuple(t.text for t in doc[start - len(words):start]) == words:
            return " ".join(words)
    return None
