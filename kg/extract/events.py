"""Stage 6: events (who did what to whom) from trigger frames in the dependency parse.

Triggers are data (kg/data/events.json). For each trigger the frame's slots (subject,
object, possessor, modifiers, prepositions) are read from the parse, resolved to entities
(kg/refer.py) and mapped to roles. Attributes (date, money, quantity), modality and topic
links follow; events of one class told twice in a sentence merge.
"""
from __future__ import annotations

from dataclasses import replace

from .appeals import voice_appeals
from .attributes import EventDate, Money, parse_money, resolve_date
from .announced import announces_own_act
from .holders import announced_holders, detentions_by_holders, releases_by_holders
from .attribution import according_to
from .bills import carried
from .deals import agreed_sales, deal_purchases, settle_deal_roles
from .accusers import rejections_aimed_at_accusers
from .rejected import refusals_of_demands, rejections_of_owned_things, rejections_of_reports
from .deeds import aimed_at_doers, aimed_at_named_doers, aimed_at_the_lead, rejections_aimed_at_makers
from .pressure import add_included, promised_by_sayers, restricted_trade
from .drafts import CARRIERS, ENTITY_ROLES, Draft
from .contents import contents_of_told_trades
from .combine import acts_of_texts, implied_purchases, judged_deed, lend_agents, merge_drafts
from .frames import frames
from .framing import settle
from .groups import nation_of
from .lexicon import legislative_texts, lexicon, trigger_tokens
from .origins import makers_as_sources
from .model import ArticleEntities, EventMention, OfficeClaim
from .outlets import outlet_keys
from .quoted import quoted_acts
from .quotes import quote_statements, spoken_spans
from .refer import Referents
from .relays import relays
from .senses import enough_roles
from .swaps import swapped_releases
from .trades import parties_of_told_trades
from .warned import without_told_threats
from .mood import yes_no_question
from .syntax import complement_of, distance, dominates, prep_object, title_case

MODALITY_ORDER = ("Negated", "Threatened", "Proposed", "Planned")
VALUED = {"Purchase", "AgreementSigning", "Transfer", "Sanction"}


def find_events(found: ArticleEntities, offices: list[OfficeClaim]) -> tuple[EventMention, ...]:
    """Every event the article's headline and body tell (photo captions are left out)."""
    refs = Referents(found, offices)
    article = found.parsed.article
    events: list[EventMention] = []
    voice = found.voice
    outlets = outlet_keys(found)  # "Reuters reported ...": narration, no statement of the outlet's
    for index, pb in enumerate(found.parsed.blocks):
        if pb.block.kind == "caption" or (pb.block.kind == "headline" and title_case(pb.doc)):
            continue  # a Title Case headline parses as a string of names
        inside_quotes = {i for start, end in spoken_spans(pb.doc) for i in range(start, end)}
        # a name is no event: "Executive Order 13818", "the Purchase Agreement Act"
        inside_names = {i for m in found.mentions_in(index) if refs.cls(m.key) != "Group" for i in range(m.start, m.end)}
        for sentence in pb.doc.sents:
            drafts = [d for t in trigger_tokens(sentence, inside_quotes | inside_names) for d in frames(index, t, refs)]
            drafts = settle(drafts, index, sentence, refs, outlets)  # questions, conditions, outlets, voices
            found_here = _finish(drafts, sentence, pb, article.published, refs, len(events))
            evidence = ((pb.block.start + sentence.start_char, pb.block.start + sentence.end_char),)
            found_here += voice_appeals(index, sentence, voice, refs, inside_quotes, evidence)
            spoken = frozenset(e.token for e in found_here if e.cls == "Statement" and e.role("agent"))
            found_here += according_to(index, sentence, refs, outlets, inside_quotes, evidence, spoken)
            for event in found_here:
                refs.speakers.extend((index, event.token, k) for k in event.role("agent")
                                     if event.cls == "Statement" and refs.cls(k) == "Person")
            events.extend(found_here)
        for sentence, drafts in quoted_acts(index, pb, refs):
            events.extend(_finish(drafts, sentence, pb, article.published, refs, len(events)))
        spoken = {e.token for e in events if e.block == index and e.cls == "Statement" and e.role("agent")}
        # '"...," Trump warned': the warning is the Threat its verb gives, no Statement besides it
        acted = {e.token for e in events if e.block == index and e.cls in ("Threat", "Rejection")}
        events.extend(s for s in quote_statements(index, pb, refs)
                      if not relays(pb.doc[s.token], spoken) and s.token not in acted
                      and set(s.role("agent")) - outlets)  # a quoted outlet narrates
    events = releases_by_holders(detentions_by_holders(announced_holders(events, refs)))
    events = rejections_of_owned_things(aimed_at_named_doers(aimed_at_doers(events, refs), refs), refs)
    events = refusals_of_demands(rejections_of_reports(events, refs), refs)
    events = rejections_aimed_at_makers(events, refs)
    events = contents_of_told_trades(rejections_aimed_at_accusers(events, refs), refs)
    events = parties_of_told_trades(events, refs)  # "Under the deal, France will deliver the aircraft"
    events = without_told_threats(events, [pb.doc for pb in found.parsed.blocks])  # "warned X will pay": no statement too
    return tuple(_merge_in_sentence(aimed_at_the_lead(events, refs)))


def _finish(drafts: list[Draft], sentence, pb, published, refs: Referents, offset: int) -> list[EventMention]:
    """Apply requirements, nested threats, modality, attributes and topics to a sentence's drafts."""
    _, _, cues = lexicon()
    drafts = [] if not drafts or yes_no_question(sentence) else drafts  # "Would the US impose sanctions on India?" asserts none
    for draft in drafts:  # "threats of imposing sanctions": the inner event is the threat's content
        if draft.trigger.cls == "Threat":
            for inner in drafts:
                if inner.token.i != draft.token.i and complement_of(draft.token, inner.token):
                    inner.modality = "Threatened"
                    if not inner.roles.get("agent") and draft.roles.get("agent"):
                        inner.roles["agent"] = list(draft.roles["agent"])
    drafts = [d for d in drafts if not d.trigger.with_class or any(  # "five Americans, imprisoned in Iran, came home"
        o.trigger.cls == d.trigger.with_class and set(o.roles.get("target", [])) & set(d.roles.get("target", []))
        for o in drafts)]
    drafts = [d for d in drafts if not d.trigger.requires_own or all(d.roles.get(r) for r in d.trigger.requires)]
    for draft in drafts:  # "five Canadians came home": to Canada
        homes = {nation_of(k) for k in draft.roles.get("target", [])}
        if draft.trigger.home_counterpart and not draft.roles.get("counterpart") and len(homes) == 1 and None not in homes:
            draft.roles["counterpart"] = [homes.pop()]
    settle_deal_roles(drafts, refs)  # "signed a deal with Boeing to buy jets": Boeing sells
    drafts = merge_drafts(drafts + implied_purchases(drafts) + deal_purchases(drafts, refs) + agreed_sales(drafts, refs))
    drafts += swapped_releases(drafts, refs)  # after merging: a swap's two halves are two handovers
    drafts = restricted_trade(drafts)  # "controls on exports to X": no exports made
    for draft in drafts:  # "sanctioned 12 firms, including X"
        add_included(draft, refs)
    makers_as_sources(drafts, refs)  # "bought Russian S-400s": from Russia
    for draft in drafts:
        places = [k for k in draft.roles.get("place", []) if refs.cls(k) == "Country"]
        if (draft.trigger.cls == "Detention" or draft.trigger.cameo == "0841") and not draft.roles.get("agent") \
                and len(places) == 1:  # "the arrest of X in Minsk", "the release of X in Havana": the state that holds X
            draft.roles["agent"] = places
            draft.confidence -= 0.1
    lend_agents(drafts)  # "the detention of X ... and other Americans detained by Turkey"
    for draft in drafts:
        agents = set(draft.roles.get("agent", []))
        for role in ("counterpart", "target"):  # nobody is their own addressee or target
            if agents & set(draft.roles.get(role, [])):
                draft.roles[role] = [k for k in draft.roles[role] if k not in agents]
    for draft in drafts:  # "condemns the arrest of X in Minsk", "welcomes the release of X by Y": criticism
        # and praise are aimed at whoever did the deed
        if draft.trigger.cls == "Statement" and (draft.trigger.cameo or "").startswith(("11", "05")):
            deeds = [o for o in drafts if o is not draft and o.trigger.cls != "Statement" and o.roles.get("agent")
                     and judged_deed(draft.token, o.token)]
            if deeds:
                deed = min(deeds, key=lambda o: distance(draft.token, o.token))
                doers = [k for k in deed.roles["agent"] if k not in draft.roles.get("agent", [])]
                patients = set(deed.roles.get("target", []))  # praise keeps whom it names ("thanked the minister")
                if doers and (draft.trigger.cameo.startswith("11") or set(draft.roles.get("target", [])) <= patients):
                    draft.roles["target"] = doers
    voice = refs.found.voice
    promised_by_sayers(drafts, refs)  # '"X will face consequences," Chile said': the one who says it promises it
    acts_of_texts(drafts)  # "the bill, introduced by X, would impose sanctions": X's proposed sanctions
    for draft in drafts:  # "Triliance was designated ...", "X will be held to account" in a government's release
        if voice and (draft.trigger.cls == "Sanction" or draft.trigger.only_future) and not draft.roles.get("agent") \
                and voice not in draft.roles.get("target", [voice]):
            draft.roles["agent"] = [voice]
            draft.confidence -= 0.1
    kept = [d for d in drafts if all(d.roles.get(r) for r in d.trigger.requires)
            and enough_roles(d, refs)
            and (not d.trigger.official_agent or all(_official(k, refs) for k in d.roles.get("agent", [])))
            and any(d.roles.get(r) for r in ENTITY_ROLES)]
    kept = [d for d in kept if not announces_own_act(d, kept, refs)]  # "pledged to release them": the release
    for draft in kept:
        if draft.modality == "Asserted" and not draft.trigger.only_negated:
            draft.modality = _modality(draft.token, draft.trigger.cls, cues)
            if draft.trigger.intent and draft.modality == "Asserted":
                draft.modality = "Planned"  # "pledged weapons for X": promised, not yet done
        if draft.via_reference:
            draft.confidence -= 0.1
    dates = _dates(sentence, published) if kept else []  # most sentences keep no event: no date to read
    out = []
    start = pb.block.start
    evidence = ((start + sentence.start_char, start + sentence.end_char),)
    for draft in kept:
        date = _date_for(draft, dates, kept)
        value = _money_for(draft, sentence, kept)
        roles = tuple(sorted((r, k) for r, keys in draft.roles.items() for k in keys if r in ENTITY_ROLES))
        out.append(EventMention(draft.trigger.cls, draft.trigger.id, draft.block, draft.token.i, evidence, roles,
                                draft.modality, round(draft.confidence, 2), date, value, draft.quantity,
                                cameo=draft.trigger.cameo))
    for i, draft in enumerate(kept):  # topic: the nearest event inside this one's frame
        inner = [j for j, other in enumerate(kept) if other is not draft and other.token.i != draft.token.i
                 and dominates(draft.token, other.token)]
        if inner:
            j = min(inner, key=lambda j: distance(draft.token, kept[j].token))
            out[i] = replace(out[i], topics=(offset + j,))
            if draft.trigger.cls == "Legislation":  # the bill is about its purposes' item and target, the
                for j in sorted(inner, key=lambda j: distance(draft.token, kept[j].token)):  # nearest first
                    if not carried(draft.token, kept[j].token):
                        continue
                    roles = dict(out[i].roles)
                    extra = [(r, k) for r, k in out[j].roles if r in ("item", "target") and r not in roles]
                    out[i] = replace(out[i], roles=tuple(sorted(out[i].roles + tuple(extra))))
    return out


def _official(key: str, refs: Referents) -> bool:
    """A state, a body, or a person holding an office in the article."""
    return refs.cls(key) in ("Country", "Organization") or any(c.person == key for c in refs.offices)


def _negates(child, depth: int) -> bool:
    """'did not impose', 'had no plans to lift sanctions' (`child` of the trigger's chain at `depth`),
    'imposed no sanctions' (the trigger's own object)."""
    if child.dep_ == "neg":
        return depth <= 1
    if child.dep_ == "det" and child.lower_ == "no":
        return depth <= 2
    return depth == 0 and child.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
        g.dep_ == "det" and g.lower_ == "no" for g in child.children)


_COERCIVE = frozenset({"Sanction", "Detention", "Threat", "Rejection"})
_LIKELY = frozenset({"possible", "potential"})


def _shares_infinitive(verb) -> bool:
    """'urged X to join ... and take measures', 'threatened to cut gas and block the port': a bare
    verb coordinated with an infinitive is governed as it is, and so is an infinitive of purpose."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "advcl":
        return infinitive  # "take measures to impose costs": the purpose is governed as the verb it serves
    return verb.dep_ == "conj" and verb.tag_ == "VB" and (infinitive or verb.head.dep_ in ("xcomp", "pcomp"))


def _passes(prep, chain, token, cls: str, cues) -> bool:
    """The governing words above this preposition still bear on the trigger's modality."""
    if prep.lower_ in ("of", "to", "with"):
        return True
    if prep.lower_ == "in":  # "pledged $2 billion in aid", "urged X to join in condemning"
        return prep.head.ent_type_ == "MONEY" or len(chain) > 1 and chain[-2].dep_ == "pcomp"
    # "called for talks", "pushed for sanctions"; not "for a session of the Assembly" (a call that convenes a body)
    return prep.lower_ == "for" and prep.head.lemma_.lower() in cues["Proposed"] \
        and not (cls == "Meeting" and prep_object(token, "of") is not None)


def _modality(token, cls: str, cues) -> str:
    """From negation, auxiliaries and governing words: 'plans to buy', 'threat of', 'would not'."""
    found, own_texts = set(), {("Legislation", noun) for noun in legislative_texts()}  # "a bill introduced by X"
    if token.dep_ == "compound" and token.head.lemma_.lower() in CARRIERS:
        token = token.head  # "vetoed the aid package": the package carries the aid's modality
    chain = [token]
    t = token
    while (t.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "prt", "dobj", "relcl", "acomp")
           or (t.dep_ == "dep" and t.tag_ == "VB") or _shares_infinitive(t)) and t.head.i != t.i:
        if t.dep_ == "prep" and not _passes(t, chain, token, cls, cues):
            break
        t = t.head
        chain.append(t)
    for i, t in enumerate(chain):
        for child in t.children:
            if _negates(child, i):
                found.add("Negated")
            if child.dep_ == "aux" and child.lower_ in ("will", "would", "shall", "'ll") and i <= 1:
                found.add("Planned")
            if child.dep_ == "aux" and child.lower_ in ("must", "should") and i <= 1:
                found.add("Proposed")  # an obligation urged, not a fact
            if child.dep_ in ("nsubj",) and child.lemma_.lower() in cues["Proposed"] and not (cls == "Legislation" and (
                    i == 0 or child.lemma_.lower() in legislative_texts())):  # "the bill passed": passed, not proposed
                found.add("Proposed")
            if child.dep_ == "amod" and child.lemma_.lower() in cues["Threatened"] and i == 0:
                # "possible sanctions" loom; "the earliest possible meeting" is only proposed
                found.add("Threatened" if cls in _COERCIVE or child.lemma_.lower() not in _LIKELY else "Proposed")
        if i == 0:
            continue
        stem = t.lower_[:-1] if t.tag_ == "VBZ" else None  # "hopes": the model may read "hop"
        lemma = stem if stem and any(stem in c for c in cues.values()) else t.lemma_.lower()
        if lemma in cues["Negated"] and t.pos_ in ("VERB", "ADJ") and (i == 1 or i == 2 and (
                chain[1].pos_ == "NOUN" or chain[1].lemma_.lower() in lexicon()[1] and token.pos_ == "NOUN")):
            found.add("Negated")  # "refused to repatriate", "scrapped a deal to buy", "refused to hold talks"
        for modality in ("Threatened", "Proposed", "Planned"):
            if lemma in cues[modality] and modality != "Planned" and (cls, lemma) not in own_texts or (
                    modality == "Planned" and lemma in cues["Planned"] and lemma not in ("will", "would", "shall")):
                found.add(modality)
    if cls in ("Statement", "Threat", "Rejection"):  # saying and threatening are acts themselves
        found &= {"Negated"}
    return next((m for m in MODALITY_ORDER if m in found), "Asserted")


def _dates(sentence, published):
    out = []
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            date = resolve_date(ent.text, published)
            if date:
                since = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("since", "until", "by")
                out.append((ent, date, since))
    return out


def _date_for(draft: Draft, dates, drafts) -> EventDate | None:
    """A date in the trigger's own frame; else the sentence's one free date ("since" dates
    only for detentions, which last); a reporting verb's date also dates the meeting it reports."""
    owners: dict[int, list[Draft]] = {}  # date -> the frames of its nearest trigger ancestor
    for n, (ent, _, _) in enumerate(dates):
        for ancestor in ent.root.ancestors:
            holders = [d for d in drafts if ancestor.i in {d.token.i} | d.merged_tokens]
            if holders:
                owners[n] = holders
                break
    mine = [dates[n][1] for n, holders in owners.items() if any(d is draft for d in holders)]
    if mine:
        return mine[0]
    free = [(ent, date, since) for n, (ent, date, since) in enumerate(dates)
            if n not in owners or (draft.trigger.cls == "Meeting" and all(d.trigger.cls == "Statement" for d in owners[n]))]
    plain = [date for _, date, since in free if not since]
    if len(plain) == 1:
        return plain[0]
    if draft.trigger.cls == "Detention" and free:
        return min(free, key=lambda x: abs(x[0].start - draft.token.i))[1]
    return None


def _money_for(draft: Draft, sentence, drafts) -> Money | None:
    if draft.trigger.cls not in VALUED:
        return None
    for ent in sentence.ents:
        if ent.label_ == "MONEY":
            money = parse_money(ent.text)
            if money:
                return money
    return None


def _merge_in_sentence(events: list[EventMention]) -> list[EventMention]:
    """Events of one class in one sentence whose roles agree are one event told twice."""
    out: list[EventMention] = []
    index_map = {}
    told: dict[tuple, set[int]] = {}  # (class, sentence) -> events of `out`: no scan of them all per event
    for i, e in enumerate(events):
        near = sorted({j for s in e.sentences for j in told.get((e.cls, s), ())})
        j = next((j for j in near if _compatible(out[j], e)), None)
        if j is None:
            j = len(out)
            out.append(e)
        else:
            out[j] = _combine(out[j], e)
        index_map[i] = j
        for s in out[j].sentences:
            told.setdefault((e.cls, s), set()).add(j)
    return [replace(e, topics=tuple(sorted({index_map[t] for t in e.topics if index_map.get(t) != k})))
            for k, e in enumerate(out)]


def _compatible(a: EventMention, b: EventMention) -> bool:
    for role in ("agent", "counterpart", "target", "item"):
        x, y = set(a.role(role)), set(b.role(role))
        if x and y and not x & y:
            return False
    if a.quote and b.quote and a.quote != b.quote:
        return False
    return True


def _combine(a: EventMention, b: EventMention) -> EventMention:
    best = a if a.confidence >= b.confidence else b
    return replace(best, roles=tuple(sorted(set(a.roles) | set(b.roles))),
                   sentences=tuple(sorted(set(a.sentences) | set(b.sentences))),
                   date=a.date or b.date, value=a.value or b.value, quantity=a.quantity or b.quantity,
                   quote=a.quote or b.quote, topics=tuple(sorted(set(a.topics) | set(b.topics))),
                   modality=_stronger(a.modality, b.modality, best.modality))


def _stronger(a: str, b: str, best: str) -> str:
    if "Threatened" in (a, b):
        return "Threatened"
    return best
