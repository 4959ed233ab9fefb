"""`scamsweep crawl`: run spiders against the real sources with the project's settings."""
from __future__ import annotations

import click

from cli.options import config_option, db_option, db_url, evidence_dir, evidence_option
from crawler.config import config_path, load_brands
from crawler.distributed import check_redis, distributed_settings
from crawler.errors import ExitStatus, UserError
from crawler.run import project_settings, run_spiders


def parse_setting_pairs(pairs: tuple[str, ...]) -> dict[str, str]:
    """`-s NAME=VALUE` options as a dict; a pair without '=' is a usage error."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UserError(f"setting {pair!r} is not NAME=VALUE", status=ExitStatus.USAGE)
        settings[name] = value
    return settings


@click.command("crawl")
@click.argument("spiders", nargs=-1, required=True)
@config_option
@db_option
@evidence_option
@click.option("-s", "--set", "pairs", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--redis", "redis_url", envvar="SCAMSWEEP_REDIS_URL", metavar="URL",
              help="Share the request queue and duplicate filter with other workers through Redis (env SCAMSWEEP_REDIS_URL).")
def command(spiders: tuple[str, ...], config: str | None, db: str | None, evidence: str | None, pairs: tuple[str, ...],
            redis_url: str | None) -> None:
    """Crawl with SPIDERS (see `scrapy list`), detect, capture evidence and store findings."""
    from takedown.db import upgrade

    brand_book = config_path(config)
    load_brands(brand_book)
    if redis_url:
        check_redis(redis_url)
    url = db_url(db)
    upgrade(url)
    settings = project_settings({
        "SCAMSWEEP_CONFIG": str(brand_book),
        "SCAMSWEEP_DB_URL": url,
        "SCAMSWEEP_EVIDENCE_DIR": evidence_dir(evidence),
        **(distributed_settings(redis_url) if redis_url else {}),
        **parse_setting_pairs(pairs),
    })
    stats = run_spiders(spiders, settings)
    for name, spider_stats in stats.items():
        click.echo(f"{name}: {spider_stats.get('item_scraped_count', 0)} pages, "
                   f"finished: {spider_stats.get('finish_reason', 'unknown')}")
