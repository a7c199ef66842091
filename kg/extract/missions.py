"""Stage 4: a country's diplomatic missions named after it and where they are: "the US Embassy
in London", "the United States Embassy in Iraq", "the French Consulate". One organisation per
country, kind and place, however the country is written; the small model splits these names."""
from __future__ import annotations

from ..data import gazetteer_by_key
from ..names import slug

MISSIONS = frozenset({"Embassy", "Consulate", "Mission"})


def mission_spans(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str, str]]:
    """(start, end, key, label) of each '<country> Embassy [in|to <place>]' in a Doc."""
    by_key = gazetteer_by_key()
    starts = {span.start: span for span in gaz_spans}
    out = []
    for span in gaz_spans:
        country = gaz_keys[(span.start, span.end)]
        if by_key[country].cls != "Country" or span.end >= len(doc) or doc[span.end].text not in MISSIONS:
            continue
        end = span.end + 1
        key = f"organization:{country}-{slug(doc[span.end].text)}"
        place = starts.get(end + 1) if end < len(doc) and doc[end].lower_ in ("in", "to") else None
        if place is not None:
            end = place.end  # "in London", "to Iraq": which mission
            key += "-" + gaz_keys[(place.start, place.end)]  # "in Baghdad" and "in Iraq": one embassy
        out.append((span.start, end, key, doc[span.start:end].text))
    return out
