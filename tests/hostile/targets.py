"""Forbidden targets and their spellings, shared by the SSRF tests and the hostile-web suite."""
from __future__ import annotations

# Virtual hosts the crawl resolves through SCAMSWEEP_STATIC_HOSTS; 127.0.0.1 plays the public web.
STATIC_HOSTS = {
    "public.test": "127.0.0.1", "a.test": "127.0.0.1", "b.test": "127.0.0.1", "evil.test": "127.0.0.2",
    "evil6.test": "::1", "portal.test": "93.184.215.14",
}
SSRF_SETTINGS = {"SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"], "SCAMSWEEP_STATIC_HOSTS": STATIC_HOSTS}


def forbidden_targets(port: int) -> list[str]:
    """Every spelling of a forbidden target we try; the loopback ones point at the canaries on `port`."""
    return [
        f"http://127.0.0.2:{port}/", f"http://[::1]:{port}/", f"http://localhost:{port}/",
        f"http://0.0.0.0:{port}/", f"http://2130706434:{port}/", f"http://0x7f.0.0.2:{port}/",
        f"http://0177.0.0.2:{port}/", f"http://[::ffff:127.0.0.2]:{port}/", f"http://evil.test:{port}/",
        f"http://evil6.test:{port}/", f"http://１２７．０．０．２:{port}/fullwidth", "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/", "http://10.0.0.1/", "http://172.16.0.1/",
        "http://192.168.0.1/", "http://100.64.0.1/", "http://[fc00::1]/", "http://[fe80::1]/",
        "http://portal.test:6379/", "http://portal.test:25/", "http://portal.test:5432/",
    ]
