"""The activity service: revisions, tombstones, evidence, ownership."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.errors import CdsError, NotFoundError, ValidationError
from cds_desktop.models import Activity, Evidence, Unit
from cds_desktop.profile import Profile

BASE = {"title": "Tọa đàm Ngày Chuyển đổi số", "form": "seminar", "start_date": "2024-10-01"}


def count(profile: Profile, model: type) -> int:
    with profile.database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_add_records_the_activity_for_the_own_unit(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    result = service.add(BASE | {"participants": "85"})
    view = service.get(result.activity_id)
    assert view.unit_code == "BO-VP"
    assert view.campaign_code == "CDS-2024"
    assert view.data.participants == 85
    assert view.revision == 1 and result.warnings == []


def test_every_change_raises_the_revision(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    activity_id = service.add(BASE).activity_id
    assert service.edit(activity_id, {"reach": 1000}).revision == 2
    assert service.edit(activity_id, {"title": "Tọa đàm (sửa)"}).revision == 3
    view = service.get(activity_id)
    assert (view.data.reach, view.data.title, view.revision) == (1000, "Tọa đàm (sửa)", 3)
    assert view.updated_at >= view.created_at


def test_refused_edit_changes_nothing(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    activity_id = service.add(BASE).activity_id
    with pytest.raises(ValidationError) as info:
        service.edit(activity_id, {"end_date": "2024-09-01", "reach": "-5"})
    assert info.value.fields == {"end_date", "reach"}
    view = service.get(activity_id)
    assert view.revision == 1 and view.data.reach == 0


def test_delete_leaves_a_tombstone(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    activity_id = service.add(BASE).activity_id
    assert service.delete(activity_id).revision == 2
    assert service.list_activities() == []
    [tombstone] = service.list_activities(include_deleted=True)
    assert tombstone.deleted and tombstone.revision == 2
    with pytest.raises(NotFoundError):
        service.edit(activity_id, {"reach": 1})
    with pytest.raises(NotFoundError):
        service.delete(activity_id)


def test_unknown_activity_is_named(unit_profile: Profile) -> None:
    with pytest.raises(NotFoundError, match="no activity with id 123"):
        ActivityService(unit_profile).delete("123")


def test_evidence_is_stored_once_for_many_activities(unit_profile: Profile, tmp_path: Path) -> None:
    photo = tmp_path / "Ảnh hội nghị.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    service = ActivityService(unit_profile)
    first = service.add(BASE, files=[FileInput(photo, "Toàn cảnh")])
    second = service.add(BASE | {"title": "Khác"}, files=[FileInput(photo)])
    stored = [p for p in unit_profile.paths.evidence.rglob("*") if p.is_file()]
    assert len(stored) == 1
    a, b = service.get(first.activity_id), service.get(second.activity_id)
    assert a.evidence[0].sha256 == b.evidence[0].sha256
    assert a.evidence[0].filename == "Ảnh hội nghị.jpg"
    assert a.evidence[0].media_type == "image/jpeg"
    assert a.evidence[0].caption == "Toàn cảnh"


def test_file_names_are_kept_in_nfc(unit_profile: Profile, tmp_path: Path) -> None:
    decomposed = "A\u0309nh.png"  # "Ảnh.png" as macOS writes it
    (tmp_path / decomposed).write_bytes(b"png")
    result = ActivityService(unit_profile).add(BASE, files=[FileInput(tmp_path / decomposed)])
    assert ActivityService(unit_profile).get(result.activity_id).evidence[0].filename == "Ảnh.png"


def test_links_and_removal_of_evidence(unit_profile: Profile, tmp_path: Path) -> None:
    service = ActivityService(unit_profile)
    activity_id = service.add(
        BASE, links=[LinkInput("https://bvhttdl.gov.vn/tin-1", "Tin trên cổng")]
    ).activity_id
    [link] = service.get(activity_id).evidence
    assert (link.kind, link.url, link.caption) == (
        "link",
        "https://bvhttdl.gov.vn/tin-1",
        "Tin trên cổng",
    )
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    service.edit(activity_id, {}, files=[FileInput(tmp_path / "a.pdf")], remove_evidence=[link.id])
    [remaining] = service.get(activity_id).evidence
    assert remaining.kind == "file" and remaining.filename == "a.pdf"
    assert count(unit_profile, Evidence) == 1


def test_missing_evidence_file_refuses_the_whole_change(
    unit_profile: Profile, tmp_path: Path
) -> None:
    (tmp_path / "ok.pdf").write_bytes(b"ok")
    with pytest.raises(CdsError, match=r"mất\.pdf does not exist"):
        ActivityService(unit_profile).add(
            BASE, files=[FileInput(tmp_path / "ok.pdf"), FileInput(tmp_path / "mất.pdf")]
        )
    assert count(unit_profile, Activity) == 0
    assert not any(p.is_file() for p in unit_profile.paths.evidence.rglob("*"))


def test_bad_link_refuses_before_anything_is_written(unit_profile: Profile) -> None:
    with pytest.raises(ValidationError, match="url"):
        ActivityService(unit_profile).add(BASE, links=[LinkInput("www.example")])
    assert count(unit_profile, Activity) == 0


def test_dates_outside_the_campaign_are_saved_with_a_warning(unit_profile: Profile) -> None:
    result = ActivityService(unit_profile).add(BASE | {"start_date": "2024-12-01"})
    assert result.warnings and "outside the campaign period" in result.warnings[0]
    assert count(unit_profile, Activity) == 1


def test_activities_of_other_units_cannot_be_changed(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    activity_id = service.add(BASE).activity_id
    with unit_profile.database.session() as session:
        session.add(Unit(code="SO-HNI", name="Sở Văn hóa và Thể thao Hà Nội"))
        session.flush()
        session.get_one(Activity, activity_id).unit_code = "SO-HNI"
    with pytest.raises(CdsError, match="belongs to unit SO-HNI"):
        service.edit(activity_id, {"reach": 5})
    assert service.get(activity_id).revision == 1


def test_list_filters_by_unit(unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    service.add(BASE)
    assert len(service.list_activities(unit_code="bo-vp")) == 1
    assert service.list_activities(unit_code="SO-HNI") == []
