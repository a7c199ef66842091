"""Roles that need more than the trigger's own slots, on sentences of our own: coordinated nouns,
object pronouns, support verbs, votes, short names of organisations."""
import pytest

from .conftest import of_class, roles


def test_coordinated_nouns_share_their_of_phrase(events_of):
    events = events_of("Canada condemned the raid and the subsequent seizure and detention of activist Maria Lopez in Caracas.")
    detention, = of_class(events, "Detention")
    assert roles(detention) == {"agent": {"venezuela"}, "target": {"person:maria-lopez"}, "place": {"venezuela"}}


def test_an_object_pronoun_refers_back_inside_its_sentence(events_of):
    sanction, = of_class(events_of(
        "In 2015, the British government listed Ahmed Karim as a terrorist and imposed sanctions on him."), "Sanction")
    assert roles(sanction) == {"agent": {"united-kingdom"}, "target": {"person:ahmed-karim"}}


def test_an_object_pronoun_is_not_its_own_clauses_subject(events_of):
    events = events_of("Anna Berg said on Monday that Tom Hall had insulted her.")
    assert {k for e in events for r, k in e.roles if r == "target"} == {"person:tom-hall"}


@pytest.mark.parametrize("verb", ["removed", "reimposed", "tightened"])
def test_support_verbs_of_sanctions_give_their_agent(events_of, verb):
    sanction, = of_class(events_of(f"The European Union {verb} sanctions on Belarus."), "Sanction")
    assert roles(sanction) == {"agent": {"european-union"}, "target": {"belarus"}}


def test_a_finite_verb_hung_on_an_infinitive_has_the_governing_subject(events_of):
    events = events_of("Minister Ana Silva urged the bank to reconsider and spoke with Governor Luis Prado about the loan.")
    meeting, = of_class(events, "Meeting")
    assert roles(meeting) == {"agent": {"person:ana-silva"}, "counterpart": {"person:luis-prado"}}


def test_a_vote_for_a_resolution_is_legislation_aimed_at_its_subject(events_of):
    law, = of_class(events_of("The Senate voted in support of a resolution condemning Russia's aggression."), "Legislation")
    assert roles(law) == {"agent": {"united-states-senate"}, "target": {"russia"}}


def test_voting_to_demand_is_legislation_not_a_statement(events_of):
    events = events_of("The Senate voted to demand that Iran free the sailors.")
    assert [e.cls for e in events if e.cls != "Transfer"] == ["Legislation"]
    assert roles(events[0])["target"] == {"iran"}


def test_who_sponsors_a_resolution_is_not_its_target(events_of):
    events = events_of("France introduced a resolution sponsored by Germany and Italy.")
    assert all("target" not in roles(e) for e in of_class(events, "Legislation"))


def test_the_council_is_the_council_named_last(events_of):
    text = ("The UN Security Council met on Monday. On Friday the UN Human Rights Council held a debate.\n\n"
            "The Council voted to condemn Russia.")
    law, = of_class(events_of(text), "Legislation")
    assert roles(law) == {"agent": {"un-human-rights-council"}, "target": {"russia"}}


@pytest.mark.parametrize("text", ["Reuters reported the talks had failed.",
                                  "The daily newspaper El Mercurio revealed the talks had failed.",
                                  "The Santiago Times said the talks had failed."])
def test_a_news_outlet_reporting_makes_no_statement(events_of, text):
    assert of_class(events_of(text), "Statement") == []


def test_a_state_reporting_makes_a_statement(events_of):
    statement, = of_class(events_of("Chile reported the talks had failed."), "Statement")
    assert roles(statement) == {"agent": {"chile"}}


def test_calling_something_a_name_is_a_statement_about_its_owner(events_of):
    statement, = of_class(events_of("France described Russia's decision as a mistake."), "Statement")
    assert roles(statement) == {"agent": {"france"}, "target": {"russia"}}
    assert of_class(events_of("Spain called the meeting."), "Statement") == []  # no complement: no characterisation


def test_troops_a_statement_is_aimed_at_stand_for_their_country(events_of):
    statement, = of_class(events_of("The Chilean government recommended that US troops leave the country."), "Statement")
    assert roles(statement)["target"] == {"group:united-states-troops", "united-states"}


def test_a_recipient_parsed_onto_the_last_object_is_the_verbs(events_of):
    events = events_of("Canada will continue to provide military training, humanitarian aid, and economic support to Ukraine.")
    transfer, = of_class(events, "Transfer")
    assert roles(transfer) == {"agent": {"canada"}, "target": {"ukraine"}}
    assert of_class(events, "Statement") == []  # announcing its own aid is the aid


def test_a_release_nobody_makes_is_made_by_the_holder(events_of):
    text = "Belarusian police arrested the journalist Ivan Petrov on Sunday.\n\nCanada demanded his immediate release."
    transfer, = of_class(events_of(text), "Transfer")
    assert roles(transfer) == {"agent": {"belarus"}, "target": {"person:ivan-petrov"}}
    assert transfer.modality == "Proposed"


def test_every_act_of_a_series_called_for_is_the_addressees(events_of):
    events = events_of("We urge Iran to allow a fair trial, immediately release all foreign detainees, and end the crackdown.")
    transfer, = of_class(events, "Transfer")
    assert roles(transfer) == {"agent": {"iran"}, "target": {"group:foreign-detainees"}}
    assert transfer.modality == "Proposed"


def test_an_infinitive_after_an_object_is_done_by_the_subject(events_of):
    transfer, = of_class(events_of("Japan approved a package to deliver helmets to Ukraine."), "Transfer")
    assert roles(transfer) == {"agent": {"japan"}, "target": {"ukraine"}}


def test_a_regime_named_after_its_leader_is_his_state(events_of):
    text = ("Canada urged President Mendez and the Bolivian government to free the prisoners. "
            "Canada condemned the Mendez regime's arrests of journalists.")
    detention, = of_class(events_of(text), "Detention")
    assert roles(detention)["agent"] == {"bolivia"}


def test_a_sanction_nobody_imposes_in_a_release_is_the_governments(events_of):
    text = "Designations\n\nAcme Shipping Ltd. was designated on Monday for shipping oil. Zimbabwe sanctions remain."
    release = events_of(text, publisher="U.S. Department of State")
    assert {tuple(sorted(e.roles)) for e in of_class(release, "Sanction")} == {
        (("agent", "united-states"), ("target", "organization:acme-shipping-ltd")),
        (("agent", "united-states"), ("target", "zimbabwe"))}
    news = events_of(text)  # a newspaper says nothing about who designated
    assert not [e for e in of_class(news, "Sanction") if "united-states" in e.role("agent")]


def test_welcoming_a_leader_for_talks_is_hosting_not_praise(events_of):
    events = events_of("Prime Minister Ana Silva welcomed President Luis Prado of Chile for talks in Lisbon.")
    meeting, = of_class(events, "Meeting")
    assert roles(meeting)["agent"] == {"person:ana-silva"} and roles(meeting)["counterpart"] == {"person:luis-prado"}
    assert of_class(events, "Statement") == []
    assert of_class(events_of("Portugal welcomed the decision of Chile."), "Meeting") == []


def test_a_count_parsed_as_a_preposition_is_still_the_object(events_of):
    text = "Russian authorities have detained and deported between 9,000 and 1.2 million Ukrainian citizens."
    events = events_of(text)
    assert {e.cls for e in events} == {"Detention", "Transfer"}
    assert all("group:ukraine-people" in e.role("target") for e in events)


def test_holding_a_leader_and_others_responsible_accuses_the_leader(events_of):
    text = "Canada holds President Mendez and those complicit in these actions responsible for their safety."
    statement, = of_class(events_of(text), "Statement")
    assert "person:mendez" in statement.role("target")


def test_calling_for_a_state_to_act_is_aimed_at_that_state(events_of):
    events = events_of("Canada stands with its allies in calling for Iran to release the sailors.")
    assert any("iran" in e.role("target") for e in of_class(events, "Statement"))


def test_praise_for_actions_taken_by_a_party_is_aimed_at_it(events_of):
    statement, = of_class(events_of("Japan appreciates the coordinated actions taken today by Canada."), "Statement")
    assert roles(statement) == {"agent": {"japan"}, "target": {"canada"}}


def test_regarding_a_deed_as_something_is_a_statement_about_its_doer(events_of):
    statement, = of_class(events_of("France regards Russia's decision as a mistake."), "Statement")
    assert roles(statement) == {"agent": {"france"}, "target": {"russia"}}


def test_a_pronoun_that_does_not_speak_is_not_the_last_speaker(events_of):
    text = ("Minister Ana Silva said talks had failed.\n\n"
            "The rebels captured the engineer Tomas Berg in May. He was released by the rebels on Friday.")
    transfer, = of_class(events_of(text), "Transfer")
    assert "person:tomas-berg" in transfer.role("target")


def test_a_newspaper_the_model_takes_for_a_person_is_still_an_outlet(events_of):
    assert of_class(events_of("Gazeta Prawna reports the talks had failed."), "Statement") == []


def test_opposition_that_modifies_a_noun_is_no_rejection(events_of):
    assert of_class(events_of("Canada sanctioned the Syrian opposition group Jaysh al-Nasr."), "Rejection") == []
    rejection, = of_class(events_of("Syria's opposition to the plan is clear."), "Rejection")
    assert rejection.role("agent") == ["syria"]


def test_the_embassy_is_the_embassy_named_before(events_of):
    text = "Police wrote to the US Embassy in London about the case. The embassy declined the request."
    rejection, = of_class(events_of(text), "Rejection")
    assert rejection.role("agent") == ["organization:united-states-embassy-united-kingdom"]


def test_the_members_named_after_such_as_are_the_slot(events_of):
    statement, = of_class(events_of("Canada has been urging allies such as Norway to restrict the airline."), "Statement")
    assert roles(statement) == {"agent": {"canada"}, "target": {"norway"}}


def test_whom_one_thanks_for_doing_something_did_it(events_of):
    transfer, = of_class(events_of("Japan thanked the Polish government for providing tanks to Ukraine."), "Transfer")
    assert roles(transfer) == {"agent": {"poland"}, "target": {"ukraine"}}


def test_who_one_speaks_to_in_an_interview_is_the_counterpart(events_of):
    statement, = of_class(events_of("In an interview with Radio Free Asia, Japan said the talks had failed."), "Statement")
    assert statement.role("counterpart") and statement.role("agent") == ["japan"]


def test_continuing_to_act_is_no_statement(events_of):
    assert of_class(events_of("Japan will continue to use its export rules to limit chip sales."), "Statement") == []


def test_a_warning_inside_a_quote_is_the_speakers_threat(events_of):
    text = 'Peru protested to Chile.\n\n"We warn the Chileans that our patience is over," Minister Ana Silva said.'
    threat, = of_class(events_of(text), "Threat")
    assert roles(threat)["agent"] == {"person:ana-silva"} and "chile" in roles(threat)["target"]
    assert of_class(events_of('"They warn us every week," Minister Ana Silva said.'), "Threat") == []


def test_a_bodys_vote_is_legislation_and_an_election_is_not(events_of):
    law, = of_class(events_of("A Security Council vote on Friday called for a ceasefire."), "Legislation")
    assert law.role("agent") == ["un-security-council"]
    assert of_class(events_of("The presidential vote was delayed."), "Legislation") == []


def test_a_spokesperson_for_a_government_speaks_for_its_state(events_of):
    statement, = of_class(events_of("The spokesperson for the Dutch government strongly condemned the attack."), "Statement")
    assert statement.role("agent") == ["netherlands"]


def test_a_deal_to_make_a_product_is_its_purchase_by_the_other_signer(events_of):
    events = events_of("Airbus signed a deal with Chile to build six Airbus A400M aircraft.")
    purchase, = of_class(events, "Purchase")
    assert roles(purchase) == {"agent": {"chile"}, "counterpart": {"airbus"}, "item": {"product:airbus-a400m"}}
    assert of_class(events, "AgreementSigning")


@pytest.mark.parametrize("text, target", [
    ("Peru announced new restrictions on flights to Cuba.", "cuba"),
    ("Canada imposed a ban on trade with Iran.", "iran"),
    ("Japan will limit exports from North Korea.", "north-korea"),
    ("Canada imposed export controls on Norland Robotics.", "organization:norland-robotics"),  # pressure.py; curbs, quotas
    ("Chile imposed quotas on Peruvian copper.", "peru"),
    ("Brazil imposed new curbs on Argentina.", "argentina"),
])
def test_sanctions_on_flights_trade_or_exports_target_the_state_they_concern(events_of, text, target):
    sanction, = of_class(events_of(text), "Sanction")
    assert target in sanction.role("target")


def test_a_group_with_a_long_of_phrase_is_named_up_to_its_noun(events_of):
    text = "Canada imposed sanctions against key members of the Mendez regime associated with ongoing abuses of human rights."
    sanction, = of_class(events_of(text), "Sanction")
    assert sanction.role("target") == ["group:key-members-of-the-mendez-regime"]


def test_who_is_subject_to_detentions_in_a_state_is_held_by_it(events_of):
    text = "Canada raised several cases of Canadian citizens subject to arbitrary detentions in Iran."
    detention, = of_class(events_of(text), "Detention")
    assert detention.role("agent") == ["iran"] and detention.role("target")


def test_a_subject_the_parser_hangs_on_an_auxiliary_is_the_verbs(events_of):
    text = ("Foreign Minister Ana Silva said the airline is a threat. "
            "The US has been encouraging allies such as Norway to restrict the airline's operations.")
    appeal = [e for e in of_class(events_of(text), "Statement") if e.cameo == "020"]
    assert [roles(e) for e in appeal] == [{"agent": {"united-states"}, "target": {"norway"}}]


@pytest.mark.parametrize("text, target", [
    ("Japan was disappointed by Peru's decision.", "peru"),
    ("Chile is deeply concerned by the arrest of activists in Venezuela.", "venezuela"),
])
def test_being_concerned_by_a_deed_is_criticism_of_its_doer(events_of, text, target):
    statement, = of_class(events_of(text), "Statement")
    assert statement.role("target") == [target]


def test_a_matter_that_concerns_a_state_is_no_statement(events_of):
    assert of_class(events_of("The dispute concerns Peru."), "Statement") == []


def test_a_concern_told_to_someone_is_the_telling_not_a_second_statement(events_of):
    events = events_of("Minister Ana Silva told her Peruvian counterpart that Chile was seriously concerned over Peru's decision.")
    assert len(of_class(events, "Statement")) == 1


def test_a_text_rejecting_something_is_its_authors_rejection(events_of):
    text = "Last year an Arbitral Tribunal delivered a unanimous decision firmly rejecting China's maritime claims."
    rejection, = of_class(events_of(text), "Rejection")
    assert roles(rejection) == {"agent": {"organization:arbitral-tribunal"}, "target": {"china"}}


def test_companies_a_state_sanctions_do_their_own_supplying(events_of):
    events = events_of("Canada sanctioned two companies supplying weapons to Yemen.")
    assert not [e for e in of_class(events, "Transfer") if "canada" in e.role("agent")]
    statement, = of_class(events_of("Canada issued a statement condemning Iran's missile tests."), "Statement")
    assert roles(statement) == {"agent": {"canada"}, "target": {"iran"}}


def test_a_regime_named_after_a_leader_with_no_office_in_the_article_is_the_leaders(events_of):
    detention, = of_class(events_of("The Duarte regime has detained the student leader Ana Ruiz."), "Detention")
    assert roles(detention)["agent"] == {"person:duarte"}


def test_coordinated_nouns_share_their_possessor_and_a_regime_does_its_own_deeds(events_of):
    events = events_of("Canada condemned the Duarte regime's harassment and arbitrary detention of journalists.")
    detention, = of_class(events, "Detention")
    assert roles(detention)["agent"] == {"person:duarte"}
    statement, = of_class(events, "Statement")
    assert roles(statement) == {"agent": {"canada"}, "target": {"person:duarte"}}


@pytest.mark.parametrize("text, target", [
    ("Peru will face serious consequences if it buys the jets, Chile said.", "peru"),
    ("Chile will hold Peru accountable for the attack.", "peru"),
])
def test_a_promise_of_punishment_is_a_threat(events_of, text, target):
    threat, = of_class(events_of(text), "Threat")
    assert roles(threat)["target"] == {target} and threat.modality == "Asserted"
    assert not of_class(events_of(text), "Statement") or "hold" not in text  # "hold accountable" is no accusation too


def test_a_negated_promise_is_an_asserted_threat_of_the_releases_government(events_of):
    threat, = of_class(events_of("We will not tolerate attacks on our ships.", publisher="Government of Canada"), "Threat")
    assert roles(threat)["agent"] == {"canada"} and threat.modality == "Asserted"


@pytest.mark.parametrize("text", [
    "Peru faced serious consequences last year.",  # a report, not a promise
    "Police held the men responsible for the riot.",
    "The ministry was held responsible for the losses last year.",
    "The minister did not tolerate dissent.",
])
def test_reports_of_past_punishment_are_no_threats(events_of, text):
    assert not of_class(events_of(text, publisher="Government of Canada"), "Threat")


def test_quoted_words_are_about_their_first_subject_that_is_an_actor(events_of):
    statement, = of_class(events_of('As Maria Lopez stated after the vote, “Chile cannot veto the treaty.”'), "Statement")
    assert roles(statement) == {"agent": {"person:maria-lopez"}, "target": {"chile"}}
    statement, = of_class(events_of('As Maria Lopez stated after the vote, “We will never accept it.”'), "Statement")
    assert "target" not in roles(statement)  # the speaker's own side is no target


def test_judging_the_deed_the_headline_tells_is_aimed_at_its_doer(events_of):
    events = events_of("Peru announces withdrawal from the treaty\n\nChile criticized the decision on Monday.")
    statement, = [e for e in of_class(events, "Statement") if "chile" in roles(e)["agent"]]
    assert roles(statement)["target"] == {"peru"}
    # a headline with no clause, or a deed with a doer of its own: nothing is guessed
    events = events_of("Withdrawal from the treaty\n\nChile criticized the decision on Monday.")
    assert "target" not in roles(of_class(events, "Statement")[0])
    events = events_of("Peru announces withdrawal from the treaty\n\nChile criticized the Bolivian decision.")
    assert roles([e for e in of_class(events, "Statement") if "chile" in roles(e)["agent"]][0])["target"] == {"bolivia"}


def test_a_bare_title_refers_to_the_one_holder_of_a_title_containing_it(events_of):
    events = events_of("Secretary of State Jane Fuller met Chilean Foreign Minister Tomas Arden. "
                       "During their meeting, the Secretary and the Minister signed a trade agreement.")
    signing, = of_class(events, "AgreementSigning")
    assert roles(signing) == {"agent": {"person:jane-fuller"}, "counterpart": {"person:tomas-arden"}}


def test_the_country_a_person_is_held_in_holds_him_before_a_neighbouring_detainer(events_of):
    events = events_of("Chile detained Maria Lopez, and Tom Hall was detained in Peru.")
    held = {next(iter(roles(e)["target"])): roles(e)["agent"] for e in of_class(events, "Detention")}
    assert held == {"person:maria-lopez": {"chile"}, "person:tom-hall": {"peru"}}


def test_a_detention_nobody_is_said_to_make_is_the_articles_detainers(events_of):
    events = events_of("China detained Tom Hall in May. Canada condemns the sentence imposed against Tom Hall.")
    assert [roles(e)["agent"] for e in of_class(events, "Detention")] == [{"china"}, {"china"}]
    statement, = of_class(events, "Statement")  # criticism of the deed is aimed at its doer, once known
    assert roles(statement) == {"agent": {"canada"}, "target": {"china"}}


def test_an_object_the_parser_leaves_hanging_after_adverbs_is_the_verbs(events_of):
    events = events_of("Canada joins its allies in calling for Peru to release, immediately and unconditionally, "
                       "Chilean citizens Maria Lopez and Tom Hall.")
    release, = of_class(events, "Transfer")
    assert roles(release) == {"agent": {"peru"}, "target": {"person:maria-lopez", "person:tom-hall"}}


def test_they_is_the_body_named_before_never_the_releases_we(events_of):
    events = events_of("We are ensuring that the Peruvian government keeps its word. They have announced elections. "
                       "Today they are releasing ten political prisoners.", publisher="The White House")
    release, = of_class(events, "Transfer")
    assert roles(release)["agent"] == {"peru"}


def test_they_after_plural_people_are_those_people(events_of):
    events = events_of("Peru jailed the editor. Hundreds of protesters remain in jail because they criticized Peru.")
    criticism, = of_class(events, "Statement")
    assert roles(criticism)["target"] == {"peru"} and "peru" not in roles(criticism)["agent"]


def test_their_after_coordinated_subjects_names_no_one_of_them(events_of):
    meeting, = of_class(events_of("Chile and the Peruvian Armed Forces held their first conference on Monday."), "Meeting")
    assert roles(meeting) == {"agent": {"chile"}, "counterpart": {"organization:peru-military", "peru"}}


def test_wording_attributed_inside_another_event_is_no_statement(events_of):
    events = events_of('Three senators introduced a bill to block arms sales to Peru, over what they described as '
                       'the Peruvian government’s "reckless path".')
    assert not of_class(events, "Statement")
    assert of_class(events, "Legislation")


def test_a_first_person_rejection_inside_a_quote_is_the_speakers(events_of):
    events = events_of('Maria Lopez, the foreign minister of Peru, responded via Twitter: '
                       '"I strongly reject the new Chilean blockade measure that bans flights to Peru."')
    rejection, = of_class(events, "Rejection")
    assert roles(rejection) == {"agent": {"person:maria-lopez"}, "target": {"chile"}}


def test_rejecting_the_request_is_aimed_at_whoever_made_it(events_of):
    events = events_of("Police chief Tom Hall asked the Chilean Embassy to waive her immunity. "
                       "The embassy declined the request.")
    rejection, = of_class(events, "Rejection")
    assert roles(rejection) == {"agent": {"organization:chile-embassy"}, "target": {"person:tom-hall"}}
    events = events_of("Chile and Peru introduced a resolution on the war. Bolivia vetoed the resolution.")
    veto, = of_class(events, "Rejection")
    assert roles(veto)["target"] == {"chile", "peru"}


def test_a_purchase_needs_a_buyer_and_what_or_whom_from(events_of):
    purchase, = of_class(events_of("The loan will enable Chile's purchase of additional U.S. defense equipment."), "Purchase")
    assert roles(purchase) == {"agent": {"chile"}, "counterpart": {"united-states"}}
    assert not of_class(events_of("Chile announced the purchase of a house."), "Purchase")


def test_a_name_parsed_into_a_titles_complement_is_the_titles_holder(events_of):
    statement, = of_class(events_of('President of Ukraine Oleh Marchenko said, "We expect answers from Iran."'), "Statement")
    assert roles(statement)["agent"] == {"person:oleh-marchenko"}
    assert not of_class(events_of("Canada is sanctioning an advisor and daughter of Tomas Arden."), "Sanction")


def test_warning_someone_to_act_is_advice_and_warning_of_consequences_a_threat(events_of):
    events = events_of("Chile issued a notice warning Peruvian officials to avoid the area.")
    assert not of_class(events, "Threat") and of_class(events, "Statement")
    threat, = of_class(events_of("Chile warned Peru of serious consequences."), "Threat")
    assert roles(threat) == {"agent": {"chile"}, "target": {"peru"}}


@pytest.mark.parametrize("text", ["Canada gave special thanks to Chile for its help.", "Canada is grateful to Chile for its help.",
                                  "Canada expressed its gratitude to Chile."])
def test_thanks_and_gratitude_are_praise_of_whom_they_go_to(events_of, text):
    praise, = of_class(events_of(text), "Statement")
    assert praise.cameo == "051" and roles(praise)["agent"] == {"canada"} and "chile" in roles(praise)["target"]


def test_a_promise_to_take_appropriate_action_is_a_threat(events_of):
    threat, = of_class(events_of("Chile will take all necessary measures against Peru."), "Threat")
    assert roles(threat) == {"agent": {"chile"}, "target": {"peru"}}
    threat, = of_class(events_of("We will continue to watch closely and take appropriate action if needed.",
                                 publisher="Government of Canada"), "Threat")
    assert roles(threat)["agent"] == {"canada"}
    for text in ("Chile will take steps to protect civilians.", "Chile took appropriate action last year."):
        assert not of_class(events_of(text), "Threat"), text


def test_their_detention_after_coordinated_subjects_holds_them_all(events_of):
    events = events_of("China detained Tom Hall in May. Mr. Hall and Mr. Ruiz have not received protections "
                       "during their arbitrary detention.")
    assert {"person:tom-hall", "person:ruiz"} in [roles(e)["target"] for e in of_class(events, "Detention")]


def test_citing_a_deed_as_a_reason_is_a_statement_about_its_doer_and_denying_an_accusation_aims_at_its_maker(events_of):
    statement, = of_class(events_of("In the letter, Maria Lopez cited the Peruvian government's repression as her reason."),
                          "Statement")
    assert roles(statement)["target"] == {"peru"}
    events = events_of("Maria Lopez said Peru shot the plane down. For days Peru denied the accusation.")
    denial, = of_class(events, "Rejection")
    assert roles(denial) == {"agent": {"peru"}, "target": {"person:maria-lopez"}}


def test_a_speakers_own_state_is_not_what_his_words_are_about(events_of):
    statement, = of_class(events_of('Chilean Foreign Minister Maria Lopez said, "Chile deeply regrets the accident."'),
                          "Statement")
    assert "chile" not in roles(statement).get("target", set())


def test_the_of_of_remind_is_the_verbs_not_the_groups(events_of):
    statement, = of_class(events_of("Chile reminded Peruvian citizens of the risks of travel."), "Statement")
    assert roles(statement)["counterpart"] == {"group:peru-people"}


def test_stressing_the_need_for_someone_to_act_is_aimed_at_them(events_of):
    statement, = of_class(events_of("Ambassador Tom Hall underscored the need for Peru’s leaders to prepare elections."),
                          "Statement")
    assert roles(statement)["target"] == {"group:peru-leaders", "peru"}  # leaders act for their state


def test_reporting_abuses_by_someone_is_about_them(events_of):
    statement, = of_class(events_of("Eyewitnesses and survivors report threats and torture by Peruvian security forces."),
                          "Statement")
    assert "group:peru-security-forces" in roles(statement)["target"]
    statement, = of_class(events_of("Chile emphasized the requirement of approval by the United Nations."), "Statement")
    assert "united-nations" not in roles(statement).get("target", set())


@pytest.mark.parametrize("text", ["If Peru invades the islands, Chile will retaliate against Peru.",
                                  "Chile will retaliate against Peru if its ships are attacked."])
def test_harm_promised_on_a_condition_is_a_threat(events_of, text):
    threat, = of_class(events_of(text), "Threat")
    assert roles(threat) == {"agent": {"chile"}, "target": {"peru"}}


def test_a_first_person_conditional_threat_in_a_quote_after_defended_is_the_speakers(events_of):
    events = events_of('Maria Lopez defended her decision, "If Peru does anything unwise, I will destroy the economy of Peru."')
    threat, = of_class(events, "Threat")
    assert roles(threat) == {"agent": {"person:maria-lopez"}, "target": {"peru"}}
    assert not of_class(events_of("Chile retaliated against Peru last year."), "Threat")


def test_the_statement_said_is_said_by_whoever_issued_it(events_of):
    events = events_of("Maria Lopez issued a statement on Sunday. The statement also said Chilean troops had defeated the rebels.")
    assert [roles(e)["agent"] for e in of_class(events, "Statement")] == [{"person:maria-lopez"}] * 2
    # a speaker's own troops may be what she speaks about; her own state is not
    events = events_of("Chilean President Maria Lopez said Chilean troops had defeated the rebels.")
    assert "chile" not in roles(of_class(events, "Statement")[0]).get("target", set())


def test_demanding_a_release_is_aimed_at_the_holder(events_of):
    events = events_of("Belarus arrested Tom Hall on Sunday. We demand his immediate release.", publisher="The White House")
    demand, = of_class(events, "Statement")
    assert roles(demand)["target"] == {"belarus", "person:tom-hall"}


def test_being_supportive_of_someones_effort_is_praise_of_them(events_of):
    praise, = of_class(events_of("Canada is supportive of President Tomas Arden's commitment to diplomacy."), "Statement")
    assert praise.cameo == "051" and roles(praise) == {"agent": {"canada"}, "target": {"person:tomas-arden"}}


def test_coming_home_after_detention_is_a_release_and_coming_home_alone_no_event(events_of):
    events = events_of("Tom Hall, who was detained in Peru, returned home on Monday.")
    release, = of_class(events, "Transfer")
    assert roles(release) == {"agent": {"peru"}, "target": {"person:tom-hall"}}
    assert not of_class(events_of("The Chilean minister Tom Hall came home from the summit."), "Transfer")


def test_a_regime_named_after_a_leader_with_no_office_is_the_state_the_article_is_about(events_of):
    text = ("Arrests in Moldova\n\nThe Duarte regime has detained 300 students in Moldova since March. "
            "Canada condemned the arrests in Moldova.")
    detention, = of_class(events_of(text), "Detention")
    assert roles(detention)["agent"] == {"moldova"}


def test_nationals_who_come_home_are_received_by_their_country(events_of):
    transfer, = of_class(events_of("Today, six Canadians who were held in Iran are finally coming home."), "Transfer")
    found = roles(transfer)
    assert (found["agent"], found["counterpart"]) == ({"iran"}, {"canada"})


def test_a_participle_before_its_noun_is_not_done_by_the_sentence_subject(events_of):
    text = "In 2016, Ali Karimi was arrested after traveling to Iran to help free his son, wrongfully detained Canadian citizen Omid Karimi."
    detentions = [roles(d) for d in of_class(events_of(text), "Detention")]
    assert {"person:ali-karimi"} in [found.get("target") for found in detentions]  # his own arrest
    assert all("person:ali-karimi" not in found.get("agent", set()) for found in detentions)


def test_a_state_asking_for_its_citizens_is_aimed_at_their_holder(events_of):
    events = events_of("Kenya demanded the release of its citizens held in Uganda.")
    transfer, = of_class(events, "Transfer")
    assert roles(transfer) == {"agent": {"uganda"}, "target": {"group:kenya-people"}}
    statement, = of_class(events, "Statement")
    assert "uganda" in roles(statement)["target"]


def test_both_sides_are_the_two_countries_the_article_is_about(events_of):
    text = ("Border clash\n\nChile and Peru traded accusations over the border. Chile blamed Peru for the clash. "
            "Peru blamed Chile. Canada called on both sides to show restraint.")
    appeal = [e for e in of_class(events_of(text), "Statement") if roles(e).get("agent") == {"canada"}]
    assert appeal and roles(appeal[0])["target"] == {"chile", "peru"}


def test_a_bare_title_in_a_release_is_its_government(events_of):
    text = "We support Chile. The Secretary reaffirmed support for Chile's sovereignty."
    statements = of_class(events_of(text, publisher="U.S. Department of State"), "Statement")
    assert [roles(s)["agent"] for s in statements if "reaffirmed" in text[s.sentences[0][0]:s.sentences[0][1]]] \
        == [{"united-states"}]
    assert not of_class(events_of("The Secretary reaffirmed support for Chile's sovereignty."), "Statement")


def test_whoever_is_asked_to_release_people_holds_them(events_of):
    text = ("Arrest\n\nMaria Gonzalez was detained on May 3. "
            "Canada called on President Garcia and the Peruvian government to release Maria Gonzalez.")
    detention, = of_class(events_of(text), "Detention")
    assert roles(detention) == {"agent": {"person:garcia", "peru"}, "target": {"person:maria-gonzalez"}}


def test_they_who_are_held_are_people_not_the_state_named_before(events_of):
    text = "Protest\n\nChile is not holding any Bolivian students. They are all being held by the Peruvian army."
    held = [roles(d) for d in of_class(events_of(text), "Detention") if d.modality == "Asserted"]
    assert held == [{"agent": {"organization:peru-military", "peru"}, "target": {"group:bolivia-students"}}]


@pytest.mark.parametrize("text", [
    "Ban\n\nGermany banned Iranian airline Kish Air on Monday. The airline transports weapons to Syria, Canada said.",
    "Ban\n\nGermany banned Kish Air, an Iranian airline, on Monday. The airline transports weapons to Syria, Canada said.",
])
def test_the_noun_a_name_was_introduced_with_refers_to_it(events_of, text):
    statement, = of_class(events_of(text), "Statement")
    assert roles(statement) == {"agent": {"canada"}, "target": {"organization:kish-air"}}


def test_a_name_parsed_as_a_second_object_is_the_object(events_of):
    text = ("The U.S. Treasury is sanctioning an advisor and daughter of Carlos Mendez and Rosa Vidal, "
            "Ana Maria Mendez Vidal, who is also the coordinator of the National Commission.")
    sanction, = of_class(events_of(text, publisher="U.S. Department of State"), "Sanction")
    assert [k.endswith("mendez-vidal") for k in roles(sanction)["target"]] == [True]


def test_a_decision_by_someone_to_act_is_theirs_not_the_speakers(events_of):
    events = events_of("Chile welcomed the decision by the Government of Peru to free the detained sailors.")
    freed, = of_class(events, "Transfer")
    assert roles(freed)["agent"] == {"peru"}


def test_a_release_nobody_makes_is_by_the_one_detentions_holders(events_of):
    events = events_of("The tanker, which was seized by Peruvian forces in July, was released on Friday.")
    released, = of_class(events, "Transfer")
    assert roles(released)["agent"] == {"peru", "group:peru-forces"}


def test_a_states_armed_forces_act_for_the_state(events_of):
    seized, = of_class(events_of("The Chilean navy seized a Peruvian trawler on Monday."), "Detention")
    assert roles(seized)["agent"] == {"organization:chile-navy", "chile"}


@pytest.mark.parametrize("text, cls, agent", [
    ("Maria Lopez was arrested and jailed by Chilean police.", "Detention", {"chile"}),
    ("Three Peruvian journalists were detained and deported by Chile.", "Transfer", {"chile"}),
    ("Three Peruvian journalists were detained and deported by Chile.", "Detention", {"chile"}),
    ("Carlos Mendez was detained by Chile and later freed.", "Transfer", {"chile"}),  # by his holder
    ("Ten Peruvian sailors were threatened or taken hostage by pirates.", "Detention", {"group:pirates"}),
])
def test_coordinated_passives_share_their_subject_and_by_phrase(events_of, text, cls, agent):
    event, = of_class(events_of(text), cls)
    assert {k.rsplit("-", 1)[0] if k.startswith("group:") else k for k in roles(event)["agent"]} == agent  # no scope
    assert roles(event)["target"] and not roles(event)["target"] & agent


def test_a_relative_pronoun_is_no_subject_beside_the_real_one(events_of):
    events = events_of("Kenya holds hundreds of detained smugglers which, the minister said, "
                       "African nations have refused to accept.")
    refusal, = of_class(events, "Rejection")
    assert roles(refusal)["agent"] == {"group:african-nations"}


def test_what_a_bill_would_do_is_done_by_who_brings_it_and_aims_the_bill(events_of):
    events = events_of("The bill, introduced by Senator Carlos Mendez, would impose sanctions on Bolivian officials.")
    bill, = of_class(events, "Legislation")
    sanction, = of_class(events, "Sanction")
    assert roles(sanction)["agent"] == {"person:carlos-mendez"} and sanction.modality == "Proposed"
    assert "bolivia" in roles(bill)["target"]


def test_a_headline_joins_its_subjects_with_a_comma(events_of):
    signing, = of_class(events_of("Ghana, Togo sign border treaty in Lome"), "AgreementSigning")
    assert roles(signing)["agent"] == {"ghana"} and roles(signing)["counterpart"] == {"togo"}


def test_a_demand_and_the_speech_it_demands_are_two_acts(events_of):
    # the demand's makers are nobody the graph names; the demanded disclosure is no demand of Chile's
    events = events_of("The protesters demanded that Chile disclose its mining contracts.")
    assert not [e for e in of_class(events, "Statement") if e.rule == "demand"]
    events = events_of("Peru demanded that Chile disclose its mining contracts.")
    demand, = [e for e in of_class(events, "Statement") if e.rule == "demand"]
    assert roles(demand)["agent"] == {"peru"} and roles(demand)["target"] == {"chile"}


def test_they_who_are_held_are_never_the_captors(events_of):
    events = events_of("Chilean authorities arrested the reporter Omar Reza and his brother, Ali Reza. "
                       "Their family believes they are being held in Santiago.")
    targets = set().union(*(roles(e).get("target", set()) for e in of_class(events, "Detention")))
    assert targets and not [k for k in targets if "authorities" in k]
