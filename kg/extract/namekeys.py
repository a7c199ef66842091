"""Stage 4b: the key a name gets inside its article when it is a shorter or other form of a
name the article also gives: a given name alone, an organisation's initials or first or last
words, a country's body named either way round, an organisation's council."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import gazetteer, load_json
from ..names import fold, slug
from ..read.index import indices_of, lowers


# Nouns for a state's rulers: "the Ortega regime", "President X and the Nicaraguan government".
GOVERNMENTS = frozenset({"regime", "government", "administration", "authorities", "cabinet", "junta"})


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded names, adjectives and capitals of countries -> country key."""
    return {fold(n): e.key for e in gazetteer() if e.cls == "Country" for n in (e.label, *e.aliases)}


@lru_cache(maxsize=1)
def _led_states() -> dict[str, str]:
    countries = country_names()
    return {fold(name): countries[fold(state)] for name, state in load_json("leaders.json")["leaders"].items()}


def led_governments(doc) -> list[tuple[int, int, str]]:
    """'the Trump administration', 'the Assad regime': a well-known leader's surname before a word
    for a government is that state's government; (start, end, state key) of each such phrase."""
    out = []
    governments, lower = GOVERNMENTS - {"authorities"}, lowers(doc)
    for i in indices_of(lower[1:], governments):  # the word before a word for a government
        token, noun = doc[i], doc[i + 1]
        state = _led_states().get(fold(token.text)) if token.tag_ == "NNP" else None
        if state and noun.tag_ == "NN":
            out.append((i, i + 2, state))
    return out


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """The gazetteer's country keys."""
    return frozenset(e.key for e in gazetteer() if e.cls == "Country")


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """Last words of organisation names ('Ministry', 'Parliament')."""
    return frozenset(load_json("groups.json")["organisation_heads"])


@lru_cache(maxsize=1)
def _branch_suffixes() -> tuple[str, ...]:
    words = load_json("groups.json")
    branches = set(words["armed_forces"]) | set(words["armed_forces_same"].values())
    return tuple(sorted(("-" + slug(b) for b in branches), key=len, reverse=True))


def body_state(label: str) -> str | None:
    """The state a body's name begins with ("United States Department of the Treasury", "Russian
    Foreign Ministry" -> its country key), longest name first."""
    words = label.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        state = country_names().get(fold(" ".join(words[:n])))
        if state:
            return state
    return None


def armed_forces_state(key: str) -> str | None:
    """The state whose armed forces an organisation key names ('organization:iran-navy' -> 'iran')."""
    if not key.startswith("organization:"):
        return None
    local = key.removeprefix("organization:")
    suffix = next((s for s in _branch_suffixes() if local.endswith(s)), None)
    state = local.removesuffix(suffix) if suffix else None
    return state if state in country_keys() else None


_MINISTRY = (re.compile(r"^(?P<state>.+?) (?P<portfolio>[A-Za-z ]+?) Ministry$"),  # "Chilean Foreign Ministry"
             re.compile(r"^(?:(?P<state>.+?) )?Ministry of (?:the )?(?P<portfolio>[A-Za-z ]+?)"
                        r"(?: of (?:the )?(?P<of>.+))?$"),  # "(Chilean) Ministry of Foreign Affairs (of Chile)"
             re.compile(r"^(?P<portfolio>[A-Za-z ]+?) Ministry of (?:the )?(?P<of>.+)$"),  # "Foreign Ministry of Chile"
             re.compile(r"^(?P<portfolio>[A-Za-z ]+?) Ministry$"))  # "Chile's | Justice Ministry": the possessive's state


def ministry_key(name: str, state: str | None = None) -> str | None:
    """One key for a state's ministry however it is named: 'Chilean Foreign Ministry', 'Ministry of
    Foreign Affairs of Chile', 'Foreign Ministry of Chile' -> 'organization:chile-foreign-ministry'."""
    portfolios = load_json("groups.json")["portfolios"]
    for pattern in _MINISTRY:
        match = pattern.match(name)
        if not match:
            continue
        parts = match.groupdict()
        states = [country_names().get(fold(parts[k])) for k in ("state", "of") if parts.get(k)] or [state]
        portfolio = portfolios.get(parts["portfolio"].lower())
        if portfolio and len(states) == 1 and states[0]:
            return f"organization:{states[0]}-{portfolio}-ministry"
    return None


def unowned_ministry(name: str) -> bool:
    """'the Ministry of Foreign Affairs', 'the Foreign Ministry' with no state named: every state has one."""
    portfolios = load_json("groups.json")["portfolios"]
    match = re.match(r"^(?:Ministry of (?:the )?(?P<a>[A-Za-z ]+)|(?P<b>[A-Za-z ]+) Ministry)$", name)
    return bool(match) and (match["a"] or match["b"] or "").lower() in portfolios


def body_key(name: str, state: str | None = None) -> str | None:
    """The key of a state's body, ministry or an organisation's council, however the name orders them;
    `state`: the country of a possessive before the name ("Chile's Ministry of Foreign Affairs")."""
    if state and name in organisation_heads():  # "Chile's Parliament"
        return f"organization:{state}-{slug(name)}"
    return national_body(name) or ministry_key(name, state) or governing_body(name)


def given_name_of(name: str, full_names: list[str]) -> str | None:
    """The one full name of the article that starts with this single word ("Siamak" after
    "Siamak Namazi", where father and son share the surname)."""
    if len(name.split()) != 1:
        return None
    found = {full for full in full_names if full.split()[0] == name}
    return found.pop() if len(found) == 1 else None


def national_body(name: str) -> str | None:
    """One key for a country's body however the name orders them: 'Iraqi Parliament' and
    'Parliament of Iraq' -> 'organization:iraq-parliament' (a single head word only)."""
    words = name.split()
    if len(words) == 2 and words[1] in organisation_heads():
        country, body = country_names().get(fold(words[0])), words[1]
    elif len(words) >= 3 and words[0] in organisation_heads() and words[1] == "of":
        country, body = country_names().get(fold(" ".join(words[2:]))), words[0]
    else:
        return None
    return f"organization:{country}-{slug(body)}" if country else None


# Bodies named only by their office in an organisation ("the Council of X"); named organs
# ("Security Council", "Board of Governors", "General Assembly") are organisations of their own.
_GOVERNING_BODIES = frozenset({"Council", "Board", "Secretariat"})
_ORGANISATION_ENDINGS = frozenset({"Organization", "Organisation", "Alliance", "Community", "Fund"})


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """Folded names and aliases of the gazetteer's organisations -> key."""
    return {fold(n): e.key for e in gazetteer() if e.cls == "Organization" for n in (e.label, *e.aliases)}


def governing_body(name: str) -> str | None:
    """The organisation that a body named by its office alone acts for, as event data codes it:
    'Council of the International Civil Aviation Organization' -> that organisation's key."""
    words = name.split()
    if len(words) < 3 or words[0] not in _GOVERNING_BODIES or words[1] != "of":
        return None
    rest = words[3:] if words[2].lower() == "the" else words[2:]
    known = organisation_names().get(fold(" ".join(rest)))
    if known:
        return known
    if len(rest) >= 2 and (rest[-1] in _ORGANISATION_ENDINGS or rest[-1] in organisation_heads()):
        return "organization:" + slug(" ".join(rest))
    return None


def short_form_of(name: str, org_names: dict[str, str]) -> str | None:
    """The key of the one longer organisation name of the article that `name` abbreviates: its
    initials ("PMF", "WH"; or their beginning: "LOCPG" of a name that goes on "... of the Hong Kong
    Special Administrative Region"), its first words ("Salling Group" of "Salling Group A/S") or its last
    word ("the Tribunal" of "an Arbitral Tribunal"), or its singular ("Defence Force")."""
    words = name.split()
    found = set()
    for full, key in org_names.items():
        full_words = full.split()
        if full == name + "s" and len(words) >= 2:  # "Defence Force" of "Defence Forces"
            found.add(key)
        if full == name or len(full_words) <= len(words):
            continue
        initials = "".join(w[0] for w in full_words if w[0].isupper())
        letters = name.replace("&", "")  # "MC&M"
        if (name.isupper() and (letters == initials and len(letters) <= 6 or 3 <= len(letters) <= 8
                                and initials.startswith(letters))) \
                or full_words[:len(words)] == words \
                or (len(words) == 1 and name.istitle() and full_words[-1] == name):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def one_key_per_prefix(org_names: dict[str, str]) -> dict[str, str]:
    """Organisation names that begin a longer one take its key ('Salling Group' of 'Salling Group A/S')."""
    out: dict[str, str] = {}
    for name in sorted(org_names, key=lambda n: (-len(n.split()), n)):
        words = name.split()
        longer = {out[n] for n in out if n.split()[:len(words)] == words}
        out[name] = longer.pop() if len(longer) == 1 and org_names[name].startswith("organization:") else org_names[name]
    return out
