from kg.extract.offices import find_offices


def claims(found):
    return {(c.person, c.title, c.of) for c in find_offices(found)}


def test_title_before_name_with_adjective_or_possessive(found_in):
    found = found_in("French Foreign Minister Jean-Yves Le Drian met the EU's High Representative Josep Borrell.")
    assert claims(found) >= {("person:jean-yves-le-drian", "Foreign Minister", "france"),
                             ("person:josep-borrell", "High Representative", "european-union")}


def test_apposition_after_the_name(found_in):
    found = found_in("Antonio Guterres, the UN's secretary-general, warned of famine.")
    assert ("person:antonio-guterres", "Secretary General", "united-nations") in claims(found)


def test_title_with_of_complement(found_in):
    found = found_in("British Ambassador to Iran Rob Macaire was detained briefly.")
    assert ("person:rob-macaire", "Ambassador", "united-kingdom") in claims(found)


def test_confirmed_as_names_the_subject(found_in):
    found = found_in("Days after being confirmed as Japan's new foreign minister, Taro Kono flew to Seoul.")
    assert ("person:taro-kono", "Foreign Minister", "japan") in claims(found)


def test_no_office_without_a_named_holder(found_in):
    assert claims(found_in("The president of the club said the prime minister was absent.")) == set()
