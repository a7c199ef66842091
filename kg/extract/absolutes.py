"""Absolute clauses the parser reads as one name: in "the swap was completed, with Moscow
releasing journalist Evan Gershkovich" it hangs "Moscow" and "releasing" as modifiers of the
released person's name. The name before the gerund is who acts, the name it modifies is acted on."""
from __future__ import annotations


def _phrase_head(verb):
    """The object of 'with' whose name the gerund was parsed into ('journalist' hangs on 'Gershkovich'), else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("compound", "amod") or verb.i == 0:
        return None
    chain = [verb.head]
    while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i:
        chain.append(chain[-1].head)
    noun, before = chain[-1], verb.doc[verb.i - 1]
    if verb.head.i < verb.i or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    if before.pos_ != "PROPN" or before.head not in (*chain, verb) or before.left_edge.i <= noun.head.i:
        return None
    return noun


def absolute_subject(verb):
    """Who acts in a misparsed absolute clause ('with Moscow releasing ...': Moscow), else None."""
    return verb.doc[verb.i - 1] if _phrase_head(verb) is not None else None


def absolute_object(verb):
    """What a misparsed absolute clause acts on ('... releasing journalist Evan Gershkovich': the name), else None."""
    return _phrase_head(verb)
