"""'He' and 'she' agree with their antecedent: given names, honorifics and gendered nouns tell
a person's gender; a person with no cue agrees with either pronoun (sentences of our own)."""
import pytest

from kg.extract.genders import person_genders

from .conftest import of_class, roles


def test_cues_give_genders_and_disagreeing_cues_give_none(found_in):
    found = found_in("Ms. Okafor met spokesman Tomas Ruiz and Anna Virtanen. Lee Dunmore, a spokeswoman, "
                     "and Mr. Pell spoke. Mrs. Jordan Hale and Ms. Hale left. Carlos Brandt, her father, came.")
    genders = {key.split(":", 1)[1]: g for key, g in person_genders(found).items()}
    assert genders.get("okafor") == "f" and genders.get("tomas-ruiz") == "m"
    assert genders.get("anna-virtanen") == "f" and genders.get("lee-dunmore") == "f"
    assert genders.get("pell") == "m" and genders.get("carlos-brandt") == "m"


@pytest.mark.parametrize("text, cls, want", [
    ("Kenyan President John Mwangi met Finnish Prime Minister Anna Virtanen in Nairobi. "
     "She said the talks had been useful.", "Statement", {"agent": "anna-virtanen"}),
    ("Anna Virtanen welcomed John Mwangi to Helsinki. He said the visit was a success.",
     "Statement", {"agent": "john-mwangi"}),
    ("Senator Mary Collins criticised Defence Secretary Peter Hale on Tuesday. "
     "He rejected the criticism.", "Rejection", {"agent": "peter-hale"}),
    ("Mr. Okoro, the trade minister, met Ms. Adeyemi on Friday. She accused him of blocking the deal.",
     "Statement", {"agent": "adeyemi", "target": "okoro"}),
])
def test_a_pronoun_takes_the_latest_person_who_agrees(events_of, text, cls, want):
    events = [e for e in of_class(events_of(text), cls) if e.rule != "quote"]
    got = {role: {k.split(":", 1)[-1] for k in keys} for role, keys in roles(events[-1]).items()}
    assert all(want[role] in got.get(role, set()) for role in want), got


def test_without_a_cue_either_person_may_be_the_antecedent(events_of):
    statement, = of_class(events_of("Foreign Minister Jordan Blake met Trade Minister Taylor Grant on Friday. "
                                    "She said the talks went well."), "Statement")
    assert roles(statement)["agent"] <= {"person:jordan-blake", "person:taylor-grant"}
    assert roles(statement)["agent"]
