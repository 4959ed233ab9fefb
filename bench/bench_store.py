"""Time the case store: page+finding upserts per second (first write and repeat), listing and clustering.

Usage: .venv/bin/python bench/bench_store.py [DB_URL ...]   (default: a temporary SQLite file;
add e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test to measure PostgreSQL in a scratch schema).
"""
from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import make_url  # noqa: E402

from detectors.types import Reason, Span  # noqa: E402
from takedown.clusters import list_clusters  # noqa: E402
from takedown.db import make_engine, session_factory, upgrade  # noqa: E402
from takedown.store import FindingRecord, PageRecord, list_findings, upsert_finding, upsert_page  # noqa: E402

PAGES = 2000
NUMBERS = 50  # distinct fake numbers, so clusters hold ~40 findings each
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def write_all(sessions, at: datetime) -> float:
    """Store PAGES pages with one finding each, one transaction per page (as the pipeline does)."""
    start = time.perf_counter()
    for index in range(PAGES):
        with sessions.begin() as session:
            page_id = upsert_page(session, PageRecord(
                url=f"https://bench.example/t/{index}", final_url=f"https://bench.example/t/{index}", fetched_at=at,
                http_status=200, body_sha256=f"{index:064x}", source_kind="forum", title="还呗客服电话"))
            upsert_finding(session, page_id, FindingRecord(
                brand="还呗", number=f"+6149157{index % NUMBERS:04d}", number_raw="0061 …", score=0.9, label="scam",
                seen_at=at, reasons=(Reason("phone.intl_prefix_00", 0.4, Span(1, 9), "00"),)))
    return PAGES / (time.perf_counter() - start)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def bench(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    sessions = session_factory(engine)
    first = write_all(sessions, T0)
    repeat = write_all(sessions, T0 + timedelta(days=1))
    with sessions() as session:
        listing = timed(lambda: list_findings(session))
        clusters = timed(lambda: list_clusters(session))
    engine.dispose()
    print(f"{make_url(url).get_backend_name():>10}: first write {first:7.0f} pages/s | repeat (upsert) {repeat:7.0f} pages/s"
          f" | list {PAGES} findings {listing:6.0f} ms | {NUMBERS} clusters {clusters:6.0f} ms")


def scratch_postgres(url: str):
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    return admin, schema, scoped


def main(urls: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for url in urls or [f"sqlite:///{Path(folder) / 'bench.db'}"]:
            if not url.startswith("postgresql"):
                bench(url)
                continue
            admin, schema, scoped = scratch_postgres(url)
            try:
                bench(scoped)
            finally:
                with admin.begin() as connection:
                    connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
                admin.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
