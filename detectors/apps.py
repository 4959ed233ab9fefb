"""Apps that use a brand's name without being one of the brand's official apps."""
from __future__ import annotations

from typing import TYPE_CHECKING

from detectors.normalise.names import name_key
from detectors.types import BrandHit

if TYPE_CHECKING:
    from detectors.detector import Detector


def impersonated_brand(detector: Detector, app_name: str, developer: str, bundle_id: str, store: str) -> BrandHit | None:
    """The first brand named in the app's name whose official apps do not include this app.

    An app is official when its bundle id is one of the brand's (in any store, or the
    same store) or its developer is the brand's developer (compared case-insensitively).
    """
    hits = detector.index.find_exact_text(app_name or "")
    for hit in hits:
        brand = detector.by_name[hit.brand]
        if not _is_official_app(brand, developer, bundle_id, store):
            return hit
    return None


def _is_official_app(brand, developer: str, bundle_id: str, store: str) -> bool:
    developer_key = name_key(developer or "")
    for app in brand.official_apps:
        same_store = not store or not app.store or app.store.lower() == store.lower()
        if bundle_id and app.id.lower() == bundle_id.lower() and same_store:
            return True
        if developer_key and name_key(app.developer) == developer_key:
            return True
    return False
