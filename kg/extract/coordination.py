"""Coordinated and listed names: the members a group phrase names, first conjuncts the parser
buried among a second name's modifiers, and lists after a colon."""
from __future__ import annotations


def named_members(group) -> list:
    """Names a group phrase lists: 'including A, B and C', 'like A', 'such as A', or an apposition."""
    out = []
    for child in group.children:
        if child.dep_ == "prep" and (child.lower_ in ("including", "like") or (
                child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):  # "allies such as A"
            out += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            out.append(child)
    return out + [t for t in colon_list(group) if t not in out]


def buried_conjuncts(noun) -> list:
    """'UK-based retailer Tesco and Denmark-based retailer Salling Group', 'by minister A and
    minister B': the parser may hang the first of two coordinated names among the second's
    modifiers, its 'and' joined to nothing, or only to the second name's title."""
    out = []
    for t in noun.subtree:
        if t.i >= noun.i or t.pos_ != "PROPN" or t.dep_ not in ("nmod", "compound", "appos"):
            continue
        if any(c.dep_ == "conj" and c.pos_ != "NOUN" and not _bare_title(c, noun) for c in t.children):
            continue  # a real coordination of its own ("U.S. and EU officials"), not "A and Russian
            # President B", whose title the parser joins to A
        if any(c.dep_ == "cc" and c.lower_ == "and" and t.i < c.i < noun.i for c in t.children):
            out.append(t)
    return out


def _bare_title(conjunct, noun) -> bool:
    """'President A and Russian President B': the conjunct is B's title, no name of its own, and only
    B's other names stand between it and B."""
    if conjunct.ent_type_ or conjunct.i >= noun.i:
        return False
    return all(t.head.i == noun.i and t.dep_ == "compound" for t in conjunct.doc[conjunct.i + 1:noun.i])


def colon_list(group) -> list:
    """The names listed after a colon that ends the plural noun's clause: 'Three states rejected
    the plan: Poland, Hungary and Slovakia' (two names at least, and nothing but names: no verb).
    The parser may start a sentence at the list; a colon that ends the group's sentence reads on."""
    if group.tag_ != "NNS":
        return []
    sentence, doc = group.sent, group.doc
    if ":" not in sentence.text:  # most sentences have none: no walk over their words
        return []
    colon = next((t for t in sentence if t.i > group.i and t.text == ":"), None)
    if colon is None:
        return []
    end = sentence.end if colon.i < sentence.end - 1 else next(iter(doc[colon.i + 1:].sents), sentence).end
    after = doc[colon.i + 1:end]
    if any(t.pos_ in ("VERB", "AUX") or t.text == ":" for t in after):
        return []
    names = [t for t in after if t.pos_ == "PROPN" and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")]
    return names if len(names) >= 2 else []


def listed_names(noun) -> list:
    """Names of a list the parser did not coordinate: 'met with A, Title B, and Title C' parsed with B
    as an apposition of A (the list's 'and' still hangs on A), and 'met Minister A and Minister B'
    parsed as two objects of the verb, the second after an 'and' that joins nothing; 'A, B, C and D'
    parsed with B as A's apposition and C, D as B's conjuncts."""
    out = []
    joined_later = any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children
                       if any(a.dep_ == "appos" and a.i < c.i for a in noun.children))
    if joined_later and noun.ent_type_ == "PERSON":
        out += [a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"]
    if noun.pos_ == "PROPN":  # "the United Nations, Turkey, Ukraine and Russia": the list parsed as an apposition
        out += [m for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.conjuncts
                for m in (a, *a.conjuncts) if m not in out]
    if noun.dep_ == "dobj":
        for other in (c for c in noun.head.children if c.dep_ == "dobj" and c.i > noun.i and c.pos_ == "PROPN"):
            between = noun.doc[noun.i + 1:other.left_edge.i]
            if any(t.lower_ == "and" for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between):
                out.append(other)
    return out


def held_by_name(title):
    """'Spanish Secretary General for Foreign Affairs Elena Ortiz' parsed with the name as the object of
    'for': the title's holder, the name that ends the title, stands for it."""
    if title.ent_type_ == "PERSON" or title.pos_ not in ("PROPN", "NOUN"):
        return None
    if title.lower_ == "counterpart":
        return _name_after(title)
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "for"):
        name = title.doc[title.right_edge.i]
        if name.head.i == prep.i and name.dep_ == "pobj" and name.ent_type_ == "PERSON" \
                and any(t.ent_type_ != "PERSON" for t in name.doc[prep.i + 1:name.i]):  # the area's words first
            return name  # (a name right after 'for' is whom the title serves: "the envoy for Lee")
    return None


def described_name(noun):
    """'Amir Hekmati, one of five Americans released by Iran', 'X, a former Marine freed by Y': the
    description in apposition to a person's name stands for the named person ('one of' climbed first)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "among"):
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.ent_type_ != "PERSON":
        return noun.head
    return None


def _name_after(noun):
    """'his Turkish counterpart Hakan Fidan', 'his US counterpart, Joe Biden': the name right after
    the noun is who it is, though the parser may hang it elsewhere (and the state before it is not)."""
    doc = noun.doc
    at = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
    if at >= len(doc) or doc[at].ent_type_ != "PERSON" or doc[at].ent_iob_ != "B":
        return None
    end = at
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if doc[end].dep_ in ("nsubj", "nsubjpass") and noun.dep_ == "pobj":  # "during talks with his counterpart Pompeo raised": a new clause
        return None
    return doc[end]
