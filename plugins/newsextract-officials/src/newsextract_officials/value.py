"""The value of an ``official`` fact."""

from __future__ import annotations

import attrs

__all__ = ["STATUSES", "Official"]

#: The ``status`` vocabulary.
STATUSES = ("current", "former", "acting", "newly appointed", "designate")


@attrs.frozen
class Official:
    """A named person holding an office, as the article presents them.

    ``title`` is the office as written without its place ("Mayor", "Foreign
    Minister", "head of the National Security and Defense Council"), abbreviations
    spelled out ("Gov." -> "Governor"); a military or police rank held together
    with an office is joined after it with "; " ("spokesman; Major General") and
    also given alone in ``rank``. ``place`` is the country, city, region or body
    the office belongs to when the text says so ("Kyiv", "US", "Ukraine");
    ``organization`` the body named, if any. ``status`` is one of
    :data:`STATUSES`.
    """

    name: str
    title: str
    place: str | None = None
    organization: str | None = None
    status: str = "current"
    rank: str | None = None
