"""Mutated articles for fuzzing and the robustness bench, made from sentences of our own:
truncation mid-UTF-8, control characters, whitespace runs, very long tokens and sentences,
thousands of names, unbalanced quotes and brackets, Turtle and SPARQL metacharacters."""
from __future__ import annotations

import itertools
import random

SENTENCES = [
    "Norway bought two frigates from Spain on Tuesday, the defence ministry said.",
    "Portugal imposed sanctions on three banks in Malta over money laundering.",
    "\u201cWe will not accept this,\u201d Foreign Minister Tomas Varga told reporters in Vienna.",
    "Mirela Tanase met the Finnish prime minister in Oslo to discuss energy prices.",
    "Police in Lima detained the opposition leader Rafael Quispe on Friday.",
    "The European Union warned Serbia that talks could stall if the border stayed closed.",
    "Kenya\u2019s president signed a trade agreement with Ghana worth $2 billion.",
    "His officials denied the report, saying the talks would resume next week.",
]
GIVEN = ("Ana Boris Celia Dario Elena Farid Greta Hugo Ines Jonas Kira Luca Mara Nils Olga Pavel "
         "Quinn Rosa Sven Tara Ugo Vera Wim Xenia Yuri Zora").split()
SURNAMES = ("Abel Brandt Costa Dumas Ekwe Falk Gorski Haddad Ilves Juric Kovac Lind Moreau Novak Orsi "
            "Petrov Quaid Rossi Sato Toth Ulloa Vidal Weiss Xu Yilmaz Zeller").split()
META = ['"', "'", "\\", "<", ">", "{", "}", "|", "^", "`", "#", "?", "$", "@", ";", "\u201c", "\u2018", "(", "["]
CONTROL = ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\u200b", "\u202e", "\ufeff", "\r"]
SPACES = [" ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\r\n"]


def article(seed: int, sentences: int = 6) -> str:
    """A plain article: headline, then paragraphs of our sentences."""
    rng = random.Random(seed)
    picked = [rng.choice(SENTENCES) for _ in range(sentences)]
    paragraphs = [" ".join(picked[i:i + 2]) for i in range(0, len(picked), 2)]
    return "Talks in the north\n\n" + "\n\n".join(paragraphs) + "\n"


def whitespace_run(size: int = 19_000, seed: int = 0) -> str:
    """An article whose paragraph holds a run of `size` spaces, tabs and no-break spaces, as text
    scraped from HTML does (about 60 KB in UTF-8 with the default size)."""
    rng = random.Random(seed)
    run = "".join(rng.choice([" ", "\t", "\u00a0"]) for _ in range(size))
    body = " ".join(SENTENCES * 3)
    rest = "\n\n".join([body] * 18)
    return f"Talks in the north\n\n{body[:len(body) // 2]}{run}{body[len(body) // 2:]}\n\n{rest}\n"


def names(count: int) -> list[str]:
    """`count` distinct person names (given name, optional initial, surname)."""
    pairs = itertools.product(["", *"ABCDEFGHJKLMNPRSTVW"], GIVEN, SURNAMES)
    return [f"{g} {i}. {s}" if i else f"{g} {s}" for i, g, s in itertools.islice(pairs, count)]


def many_names(count: int = 6_000, per_sentence: int = 4) -> str:
    """An article whose sentences name `count` different people, `per_sentence` a sentence."""
    people = names(count)
    sentences = [f"{a} met {b}, {c} and {d} in Lisbon on Monday."
                 for a, b, c, d in zip(*[iter(people)] * per_sentence)]
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return "Meeting of many\n\n" + "\n\n".join(paragraphs) + "\n"


def _insert(rng: random.Random, text: str, piece: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + piece + text[at:]


def _truncate_mid_utf8(rng: random.Random, text: str) -> str:
    data = text.encode("utf-8")
    inside = [i for i, byte in enumerate(data) if 0x80 <= byte < 0xC0]  # inside a multi-byte character
    cut = rng.choice(inside) if inside else rng.randrange(1, len(data) + 1)
    return data[:cut].decode("utf-8", errors="replace")


MUTATIONS = {
    "truncate": _truncate_mid_utf8,
    "control": lambda rng, t: _insert(rng, t, "".join(rng.choices(CONTROL, k=rng.randint(1, 5)))),
    "whitespace": lambda rng, t: _insert(rng, t, "".join(rng.choices(SPACES, k=rng.randint(50, 3000)))),
    "long token": lambda rng, t: _insert(rng, t, " " + rng.choice("xQ-_.9") * rng.randint(200, 5000) + " "),
    "long sentence": lambda rng, t: _insert(rng, t, ", and ".join(rng.choices(SENTENCES, k=rng.randint(5, 25)))),
    "names": lambda rng, t: _insert(rng, t, " ".join(f"{n} spoke." for n in rng.sample(names(3000), rng.randint(20, 120)))),
    "quotes": lambda rng, t: _insert(rng, t, rng.choice(['"', "\u201c", "(", "[", "'", "\u00ab"]) * rng.randint(1, 30)),
    "metacharacters": lambda rng, t: _insert(rng, t, "".join(rng.choices(META, k=rng.randint(1, 40)))),
    "duplicate": lambda rng, t: t * rng.randint(2, 3),
}


def mutated(seed: int, rounds: int = 3) -> str:
    """A plain article with `rounds` mutations applied, chosen by `seed` (the same seed, the
    same text)."""
    rng = random.Random(seed)
    text = article(seed)
    for _ in range(rounds):
        text = MUTATIONS[rng.choice(sorted(MUTATIONS))](rng, text)
    return text
