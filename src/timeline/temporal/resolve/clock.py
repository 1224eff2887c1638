"""Parts of the day and clock times on a day: ``下午3点`` is 15:00, ``晚上12点`` the next 00:00."""

from __future__ import annotations

from datetime import timedelta

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import midnight
from ..phrases import Clock
from .context import DAY, Context, Resolved, day_value

__all__ = ["apply_time"]


def apply_time(base: Resolved | None, pod_word: str | None, clock: Clock | None,
                ctx: Context) -> Resolved:
    """Put a part of day and/or a clock time on ``base`` (a day, or None for 'unknown day')."""
    day = base.day if base else None
    anchor = base.anchor if base else "none"
    warnings = list(base.warnings) if base else []
    # the date part as far as it is known: 1月30日下午 without a DCT is XXXX-01-30TAF
    prefix = base.value if base and (day or base.granularity == "day") else "XXXX-XX-XX"
    pod = lx.PARTS_OF_DAY.get(pod_word) if pod_word else None
    if clock is None:
        assert pod is not None
        if pod_word == "午夜" and day:  # 午夜 alone is the midnight that ends the day
            day = day + DAY
            prefix = day_value(day)
        r = Resolved(TimeType.TIME, f"{prefix}T{pod.token}", granularity="part_of_day",
                     anchor=anchor, warnings=warnings, day=day)
        if day:
            r.year, r.month = day.year, day.month
        if pod_word == "午夜" and day:
            r.start, r.end = midnight(day), midnight(day) + timedelta(hours=1)
        elif day:
            r.start = midnight(day) + timedelta(hours=pod.start)
            r.end = midnight(day) + timedelta(hours=pod.end)
        return r
    hour = clock.hour
    if pod is not None and not clock.explicit_24h:
        afternoon = pod.token in lx.POD_PM and hour < 12
        evening = pod.token == "EV" or (pod.token == "NI" and pod.start >= 12)
        midnight_word = evening and hour == 12  # 晚上12点, 深夜12点: the next day's 00:00
        after_noon = pod.token == "MI" and hour < 6  # 中午1点 is 13:00
        late_night = pod.token == "NI" and pod.start >= 12 and 6 <= hour < 12  # 深夜11点;
        # 半夜1点 is 01:00
        if evening and hour == 0:  # 晚上0点
            hour = 24
        elif afternoon or midnight_word or after_noon or late_night:
            hour += 12
        elif pod.token == "NI" and pod.start == 0 and hour == 12:
            hour = 0
    boundary = hour == 24
    if day is not None and hour == 24:
        day, hour = day + DAY, 0
        prefix = day_value(day)
    elif hour == 24:
        hour = 0
    text = f"{hour:02d}:{clock.minute:02d}"
    if clock.precision == "second":
        text += f":{clock.second:02d}"
    step = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1),
            "second": timedelta(seconds=1)}[clock.precision]
    r = Resolved(TimeType.TIME, f"{prefix}T{text}", granularity=clock.precision, anchor=anchor,
                 warnings=warnings, day=day, mod="APPROX" if clock.approx else None,
                 boundary=boundary)
    if day is not None:
        r.year, r.month = day.year, day.month  # the day's year, for a range's second end
        r.start = midnight(day) + timedelta(hours=hour, minutes=clock.minute,
                                            seconds=clock.second)
        r.end = r.start + step
    return r

