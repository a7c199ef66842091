"""Stage 4: a country's diplomatic missions named after it and where they are: "the US Embassy
in London", "the United States Embassy in Iraq", "the French Consulate". One organisation per
country, kind and place, however the country is written; the small model splits these names."""
from __future__ import annotations

from ..data import gazetteer_by_key
from ..names import slug

MISSIONS = frozenset({"Embassy", "Consulate", "Mission"})


def mission_spans(doc, gaz_spans, gaz_keys, speaker: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, key, label) of each '<country> Embassy [in|to <place>]' in a Doc, and of each
    'our Embassy in <place>' in a state's own release (`speaker`: that state's key)."""
    by_key = gazetteer_by_key()
    starts = {span.start: span for span in gaz_spans}
    heads = [(span.end, gaz_keys[(span.start, span.end)], span.start) for span in gaz_spans
             if by_key[gaz_keys[(span.start, span.end)]].cls == "Country"]
    if speaker in by_key:
        heads += [(t.i + 1, speaker, t.i + 1) for t in doc if t.lower_ == "our" and t.i + 1 < len(doc)]
    out = []
    for at, country, start in heads:
        if at >= len(doc) or doc[at].text not in MISSIONS:
            continue
        end = at + 1
        key = f"organization:{country}-{slug(doc[at].text)}"
        place = starts.get(end + 1) if end < len(doc) and doc[end].lower_ in ("in", "to") else None
        if place is not None:
            end = place.end  # "in London", "to Iraq": which mission
            key += "-" + gaz_keys[(place.start, place.end)]  # "in Baghdad" and "in Iraq": one embassy
        elif start == at:
            continue  # "our Mission" alone: which one is not said
        out.append((start, end, key, doc[start:end].text))
    return sorted(out)
