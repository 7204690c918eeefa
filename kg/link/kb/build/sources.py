"""The KB build's inputs: source names, their licences, the files hashed into the KB header."""

from __future__ import annotations

DR5HN = "dr5hn-countries-states-cities"
RIGOUR = "opensanctions-rigour"
CODES = "datasets-country-codes"
MLEDOZE = "mledoze-countries"
UMPIRSKY = "umpirsky-country-list"
COUNTRYNAMES = "opensanctions-countrynames"
NATIONALITY = "sourcecode911-i18n-nationality"
CLDR = "cldr"

LICENCES = {
    DR5HN: "ODbL-1.0",
    RIGOUR: "MIT",
    CODES: "ODC-PDDL-1.0",
    MLEDOZE: "ODbL-1.0",
    UMPIRSKY: "MIT (names from Unicode CLDR, Unicode License)",
    COUNTRYNAMES: "MIT",
    NATIONALITY: "MIT",
    CLDR: "Unicode-3.0",
}

#: Input files whose sha256 is recorded in the KB header (provenance of a build).
INPUT_FILES = (
    f"{DR5HN}/countries.json",
    f"{DR5HN}/states.csv",
    f"{DR5HN}/cities_extract.tsv",
    f"{CODES}/country-codes.csv",
    f"{MLEDOZE}/countries.json",
    f"{UMPIRSKY}/ar.country.json",
    f"{UMPIRSKY}/en.country.json",
    f"{COUNTRYNAMES}/data.yaml",
    f"{NATIONALITY}/ar.json",
)

ATTRIBUTION = (
    "Contains information from countries-states-cities-database (dr5hn) and mledoze/countries, "
    "made available under the Open Database License (ODbL) v1.0; this KB is a derivative "
    "database offered under the ODbL v1.0. Also uses opensanctions/rigour, "
    "opensanctions/countrynames, umpirsky/country-list, sourcecode911/i18n-nationality (MIT), "
    "datasets/country-codes (PDDL) and Unicode CLDR (Unicode License v3)."
)


class BuildError(RuntimeError):
    """The sources contain something the build has no documented rule for."""
