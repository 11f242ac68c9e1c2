"""Every field rule of SPEC §3.1: each refusal names its field."""

from __future__ import annotations

import datetime as dt

import pytest

from cds_desktop.errors import ValidationError
from cds_desktop.validation import (
    period_warnings,
    validate_activity,
    validate_link,
    validate_unit,
)

GOOD = {"title": "Hội thảo chuyển đổi số", "form": "workshop", "start_date": "2024-10-10"}


def refused_fields(**changes: object) -> set[str]:
    with pytest.raises(ValidationError) as info:
        validate_activity(GOOD | changes)
    return info.value.fields


def test_minimal_activity_is_accepted_with_defaults() -> None:
    data = validate_activity(GOOD)
    assert data.title == "Hội thảo chuyển đổi số"
    assert data.form == "workshop"
    assert data.start_date == dt.date(2024, 10, 10)
    assert data.end_date == data.start_date
    assert (data.participants, data.reach, data.urls) == (0, 0, [])


@pytest.mark.parametrize("title", ["", "   ", None])
def test_title_is_required(title: object) -> None:
    assert refused_fields(title=title) == {"title"}


def test_title_length_is_limited() -> None:
    assert refused_fields(title="x" * 501) == {"title"}


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "Ho\u0302\u0323i tha\u0309o"  # "Hội thảo" with combining marks
    assert validate_activity(GOOD | {"title": decomposed}).title == "Hội thảo"


@pytest.mark.parametrize("form", ["", "webinar", None, 3])
def test_form_must_come_from_the_list(form: object) -> None:
    assert refused_fields(form=form) == {"form"}


@pytest.mark.parametrize("form", ["Hội thảo", "hội thảo", "WORKSHOP", "Workshop"])
def test_form_may_be_given_by_label(form: str) -> None:
    assert validate_activity(GOOD | {"form": form}).form == "workshop"


@pytest.mark.parametrize("start", ["", None, "2024-02-30", "10.10.2024", "tomorrow"])
def test_start_date_must_be_a_date(start: object) -> None:
    assert refused_fields(start_date=start) == {"start_date"}


def test_vietnamese_date_format_is_accepted() -> None:
    assert validate_activity(GOOD | {"start_date": "05/10/2024"}).start_date == dt.date(2024, 10, 5)


def test_end_date_not_before_start() -> None:
    assert refused_fields(end_date="2024-10-09") == {"end_date"}
    ok = validate_activity(GOOD | {"end_date": dt.date(2024, 10, 12)})
    assert ok.end_date == dt.date(2024, 10, 12)


@pytest.mark.parametrize("value", ["-3", -1, "1.5", 2.5, "12a", True, "1e3"])
@pytest.mark.parametrize("name", ["participants", "reach"])
def test_numbers_are_whole_and_not_negative(name: str, value: object) -> None:
    assert refused_fields(**{name: value}) == {name}


@pytest.mark.parametrize(("value", "expected"), [("120", 120), (120, 120), (3.0, 3), ("", 0)])
def test_whole_numbers_from_text_cells_and_widgets(value: object, expected: int) -> None:
    assert validate_activity(GOOD | {"participants": value}).participants == expected


@pytest.mark.parametrize(
    "url",
    ["bvhttdl.gov.vn", "ftp://bvhttdl.gov.vn/x", "https://", "http://exa mple.vn", "https:/x"],
)
def test_urls_must_be_web_addresses(url: str) -> None:
    assert refused_fields(urls=[url]) == {"urls"}


def test_urls_are_kept_in_order_without_duplicates() -> None:
    urls = ["https://bvhttdl.gov.vn/a", "http://baovanhoa.vn/b", "https://bvhttdl.gov.vn/a"]
    assert validate_activity(GOOD | {"urls": urls}).urls == urls[:2]


def test_channels_and_topics_come_from_their_lists() -> None:
    data = validate_activity(GOOD | {"channels": ["social", "Báo chí"], "topics": ["ai"]})
    assert data.channels == ["social", "press"]
    assert data.topics == ["ai"]
    assert refused_fields(channels=["fax"]) == {"channels"}
    assert refused_fields(topics=["quantum"]) == {"topics"}


def test_every_bad_field_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        validate_activity({"title": "", "form": "x", "start_date": "x", "participants": "-1"})
    assert info.value.fields == {"title", "form", "start_date", "participants"}
    assert "participants: '-1' is not a whole number ≥ 0" in str(info.value)


def test_link_evidence_needs_a_web_address() -> None:
    assert validate_link(" https://bvhttdl.gov.vn/tin ") == "https://bvhttdl.gov.vn/tin"
    with pytest.raises(ValidationError, match="url"):
        validate_link("not a url")


@pytest.mark.parametrize(
    ("code", "name"), [("", "Tên"), ("A", "Tên"), ("SỞ-HN", "Tên"), ("X1", "")]
)
def test_unit_code_and_name_are_checked(code: str, name: str) -> None:
    with pytest.raises(ValidationError):
        validate_unit(code, name)


def test_unit_code_is_upper_cased() -> None:
    assert validate_unit(" so-hni ", "Sở Văn hóa và Thể thao Hà Nội") == (
        "SO-HNI",
        "Sở Văn hóa và Thể thao Hà Nội",
    )


def test_dates_outside_the_campaign_give_a_warning_not_a_refusal() -> None:
    data = validate_activity(GOOD | {"start_date": "2024-11-05"})
    warnings = period_warnings(data, dt.date(2024, 9, 15), dt.date(2024, 10, 31))
    assert warnings == [
        "start date 05/11/2024 is outside the campaign period 15/09/2024–31/10/2024"
    ]
    assert (
        period_warnings(validate_activity(GOOD), dt.date(2024, 9, 15), dt.date(2024, 10, 31)) == []
    )
