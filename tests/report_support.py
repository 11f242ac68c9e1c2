"""Test data for the report tests: a centre with merged activities of a few units."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from cds_desktop.models import Activity, Evidence, Unit
from cds_desktop.profile import Profile

# Names with the letters Liberation Serif 1.07 lacked (ạ ậ Ể Ệ Ị Ộ ự).
TITLES = (
    "Hội thảo “Ứng dụng số trong bảo tàng” — Ể Ệ Ị Ộ ự ạ ậ",
    "Tập huấn kỹ năng số cho cán bộ thư viện",
    "Bài đăng: Phổ cập hạ tầng số",
)
FORMS = ("workshop", "training", "social_post")


def seed_centre(
    profile: Profile, units: int = 3, per_unit: int = 4, reported: int | None = None
) -> list[str]:
    """Activities for the first `units` catalog units; the first `reported` have reported.

    Returns the unit codes used. Each activity has one file and one link as evidence.
    """
    reported = units if reported is None else reported
    now = dt.datetime.now(dt.UTC)
    with profile.database.session() as session:
        campaign = profile.active_campaign(session)
        rows = session.scalars(
            select(Unit).where(Unit.code != profile.identity.unit_code).order_by(Unit.sort_order)
        ).all()[:units]
        for index, unit in enumerate(rows):
            if index < reported:
                unit.last_sequence = 1
                unit.last_import_at = now
            for i in range(per_unit):
                day = campaign.start_date + dt.timedelta(days=(index * 3 + i * 7) % 40)
                activity_id = str(uuid.uuid4())
                session.add(
                    Activity(
                        id=activity_id,
                        unit_code=unit.code,
                        campaign_id=campaign.id,
                        title=f"{TITLES[i % 3]} {i + 1}",
                        form=FORMS[i % 3],
                        channels=["in_person", "social"],
                        start_date=day,
                        end_date=day + dt.timedelta(days=i % 2),
                        location="Nhà hát Lớn Hà Nội",
                        participants=100 * (i + 1),
                        reach=1500 * (i + 1),
                        topics=["digital_economy"],
                        urls=["https://bvhttdl.gov.vn/tin"],
                        revision=1,
                        deleted=False,
                        evidence=[
                            Evidence(
                                id=str(uuid.uuid4()),
                                position=1,
                                kind="file",
                                sha256="ab" * 32,
                                filename="Ảnh hội thảo.jpg",
                                media_type="image/jpeg",
                                size=123_456,
                                caption="Toàn cảnh",
                            ),
                            Evidence(
                                id=str(uuid.uuid4()),
                                position=2,
                                kind="link",
                                url="https://bvhttdl.gov.vn/anh",
                                caption="",
                            ),
                        ],
                    )
                )
        return [u.code for u in rows]
