"""Every pattern file's own examples, run through the classes the pipeline uses."""
from __future__ import annotations

import pytest

from extractor import patterns
from extractor.normalize import normalize
from extractor.references import find_references

FILES = sorted(p.stem for p in patterns.patterns_dir().glob("*.yaml"))


def test_every_pattern_file_is_covered():
    known = {f"{kind}{suffix}" for kind in ("indices", "components", "values", "cues", "agencies")
             for suffix in ("", "_en")} | {"references"}
    assert set(FILES) <= known, f"a pattern file without examples run here: {set(FILES) - known}"


def _norm(text: str) -> str:
    return normalize(text).text


LANGUAGES = ("vi", "en")


def _examples(names):
    return [pytest.param(language, example, id=f"{language}-{example['text'][:40]}")
            for language in LANGUAGES for example in names(language).examples]


@pytest.mark.parametrize("language,example", _examples(patterns.index_names))
def test_index_examples(language, example):
    assert patterns.index_names(language).match(_norm(example["text"])) == example["expect"]


@pytest.mark.parametrize("language,example", _examples(patterns.component_names))
def test_component_examples(language, example):
    names = patterns.component_names(language)
    found = names.match(_norm(example["text"]), example.get("index", "PAR_INDEX"))
    assert (".".join(found) if found else None) == example["expect"]


def test_a_part_named_by_another_index_only_while_the_text_is_on_its_whole():
    names = patterns.component_names()
    assert names.part_named_as_index("PAR_INDEX", "impact", "SIPAS") == "survey_citizens"
    assert names.part_named_as_index("PAR_INDEX", None, "SIPAS") is None
    assert names.part_named_as_index("PAPI", "impact", "SIPAS") is None


@pytest.mark.parametrize("language,example", _examples(patterns.agency_names))
def test_agency_examples(language, example):
    assert patterns.agency_names(language).match(_norm(example["text"])) == example["expect"]


@pytest.mark.parametrize("example", patterns.agency_names().branches["examples"], ids=lambda e: e["text"][:40])
def test_branch_examples(example):
    """The offices one agency keeps in several provinces, named by a list of places after its kind."""
    from extractor.branches import find_branches
    from extractor.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = _norm(example["text"])
    found = find_branches(text, gazetteer.find_mentions(text), gazetteer)
    assert [branch.name for branch in found] == example["expect"]


def _rule_sets():
    return [rules(language) for language in LANGUAGES for rules in (patterns.value_rules, patterns.cue_rules)]


def _rule_examples():
    for rule_set in _rule_sets():
        for rule in rule_set.rules:
            for polarity in ("positive", "negative"):
                for example in rule.examples.get(polarity, []):
                    if isinstance(example, str):
                        example = {"text": example}
                    yield pytest.param(rule, polarity, example, id=f"{rule.name}-{polarity}-{example['text'][:30]}")


@pytest.mark.parametrize("rule,polarity,example", list(_rule_examples()))
def test_rule_examples(rule, polarity, example):
    found = list(rule.finditer(_norm(example["text"])))
    if polarity == "negative":
        assert not found, f"{rule.name} should not match: {found}"
        return
    assert found, f"{rule.name} should match {example['text']!r}"
    for name, value in (example.get("expect") or {}).items():
        assert found[0].fields.get(name) == value, (name, found[0].fields)


@pytest.mark.parametrize("example", patterns.load_yaml("references")["examples"], ids=lambda e: e["text"][:40])
def test_reference_examples(example):
    found = find_references(_norm(example["text"]))
    got = [{k: getattr(r, k) for k in e} for r, e in zip(found, example["expect"])]
    assert len(found) == len(example["expect"])
    assert got == example["expect"]


@pytest.mark.parametrize("rule", [r for rs in _rule_sets() for r in rs.rules if r.needs], ids=lambda r: r.name)
def test_needs_words_are_in_every_positive_example(rule):
    """A rule's `needs` only passes over clauses it could not match: every example it
    matches holds one of the words."""
    for example in rule.examples.get("positive", []):
        text = example if isinstance(example, str) else example["text"]
        low = _norm(text).lower()
        assert any(word in low for word in rule.needs), (rule.name, text)
        assert list(rule.finditer(_norm(text))), (rule.name, text)


@pytest.mark.parametrize("pattern,text", [
    (r"\b(?:(?:chỉ số )?năng lực|pci|(?:mức|tỷ) lệ)\b", "về chỉ số năng lực và pci, tỷ lệ"),
    (r"(?:a|b)?c+d", "xxacd bcd cd ccd"),
    (r"x*", "abc"),  # can match the empty string: left as it is
    (r"[^a]b", "cb ab"),  # a negated class: left as it is
    (r"(?<!vẫn )(?<!đã )(?:duy trì|giữ vững)(?!\s+được)", "vẫn duy trì, sẽ duy trì, giữ vững được, giữ vững"),
    (r"(?=\d)(?:\d+|ab)", "ab 12 x3"),  # look-arounds are zero-width: the letters after them count
])
def test_first_letters_lookahead_finds_the_same(pattern, text):
    import re as std_re

    plain = [m.span() for m in std_re.finditer(pattern, text)]
    faster = [m.span() for m in std_re.finditer(patterns.with_first_letters(pattern), text)]
    assert faster == plain


def test_needs_words_that_share_a_word_are_each_found():
    """The one scan for `needs` words does not overlap: "last year's" after "last year" must still count."""
    from extractor.patterns import _overlap_in_part, value_rules
    assert _overlap_in_part("last year", "year's")
    assert not _overlap_in_part("above", "over")  # no text holds "abover"
    found = value_rules("en").find("a score of 61.72 compared with last year's 61.36")
    assert any(m.rule == "baseline_last_year" and m.fields["num"] == 61.36 for m in found)


def test_index_and_component_names_compile_for_the_standard_re():
    """Both name sets are run over every whole text: a look-behind of varying width (which only
    `regex` reads) would make every document's name search slower by half."""
    import re

    from extractor.patterns import component_names, index_names

    for language in ("vi", "en"):
        assert isinstance(index_names(language).lowered, re.Pattern), language
        assert isinstance(component_names(language)._any_lowered, re.Pattern), language
