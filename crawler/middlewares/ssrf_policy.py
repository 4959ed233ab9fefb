"""The SSRF policy as plain functions: which hosts, addresses, ports and schemes the crawler may reach.

Pure and Scrapy-free, so the resolver (the address actually connected) and the downloader
middleware (the URL of every request and redirect hop) share one decision. A refusal is a
short reason code (``loopback``, ``private``, ``port`` ...) that callers log and count.
"""
from __future__ import annotations

import ipaddress
import socket
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.middlewares.ssrf_addresses import IPAddress, IPNetwork, forbidden_reason

__all__ = ["SsrfPolicy", "forbidden_reason", "normal_name", "parse_ip_literal"]

WEB_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

# Names that reach metadata services or the local machine without ever looking like an address.
FORBIDDEN_NAMES = frozenset(
    {"localhost", "metadata", "metadata.google.internal", "metadata.goog", "instance-data",
     "instance-data.ec2.internal"}
)


def parse_ip_literal(host: str) -> tuple[IPAddress | None, bool]:
    """(address, is_odd) for a URL host: the address it denotes, and whether it is spelled oddly.

    Odd spellings are the forms a browser or libc still reads as an address though they are
    not dotted quads: ``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``.
    """
    text = normal_host_text(host)
    try:
        return ipaddress.ip_address(text.split("%", 1)[0]), text != host.strip("[]").lower()
    except ValueError:
        pass
    if text and all(part.isalnum() for part in text.split(".")) and text.split(".")[-1][:1].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text)), True
        except (OSError, UnicodeError, ValueError):
            return None, False
    return None, False


IDNA_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def normal_host_text(host: str) -> str:
    """A host as a resolver would see it after IDNA mapping: NFKC (full-width digits become ASCII),
    the ideographic and full-width full stops as dots, lower case, no brackets or trailing dot."""
    return unicodedata.normalize("NFKC", host).translate(IDNA_DOTS).strip("[]").lower().rstrip(".")


def parse_networks(entries: Iterable[str]) -> tuple[frozenset[str], tuple[IPNetwork, ...]]:
    """Split an allow list into host names and address networks (a single address is a /32 or /128)."""
    names: set[str] = set()
    networks: list[IPNetwork] = []
    for entry in entries:
        entry = str(entry).strip().lower()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
        except ValueError:
            names.add(entry.rstrip("."))
    return frozenset(names), tuple(networks)


def parse_static_address(text: str) -> tuple[IPAddress, int | None]:
    """`127.0.0.1`, `127.0.0.1:8080`, `::1` or `[::1]:8080` as (address, port or None)."""
    text = text.strip()
    if text.startswith("[") and "]:" in text:
        address, _, port = text[1:].partition("]:")
        return ipaddress.ip_address(address), _port_number(port)
    if text.count(":") == 1:
        address, _, port = text.partition(":")
        return ipaddress.ip_address(address), _port_number(port)
    return ipaddress.ip_address(text.strip("[]")), None


def _port_number(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port {port} is out of range")
    return port


@dataclass(frozen=True)
class SsrfPolicy:
    """What the crawler may connect to: everything public on a web port, plus an explicit allow list."""

    allow_names: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()
    allow_ports: frozenset[int] = frozenset({80, 443, 8080, 8443})
    static_hosts: Mapping[str, IPAddress] = field(default_factory=dict)
    # A static host may name a port too ("127.0.0.1:43123"): the connection goes there while the
    # URL keeps its default port, so URLs stay the same whatever port a local server was given.
    static_ports: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, allow_hosts: Iterable[str], allow_ports: Iterable[int],
              static_hosts: Mapping[str, str]) -> SsrfPolicy:
        """The policy from setting values; raises ValueError naming a bad static host address."""
        names, networks = parse_networks(allow_hosts)
        static: dict[str, IPAddress] = {}
        ports: dict[str, int] = {}
        for name, address in static_hosts.items():
            try:
                ip, port = parse_static_address(str(address))
            except ValueError as exc:
                raise ValueError(f"SCAMSWEEP_STATIC_HOSTS[{name!r}]: {address!r} is not an IP address "
                                 "(optionally with :port)") from exc
            static[normal_name(name)] = ip
            if port is not None:
                ports[normal_name(name)] = port
        return cls(names, networks, frozenset(int(p) for p in allow_ports), static, ports)

    def address_allowed(self, address: IPAddress) -> bool:
        return any(address.version == net.version and address in net for net in self.allow_networks)

    def connection_refusal(self, host: str, port: int, addresses: Iterable[IPAddress]) -> str | None:
        """Why a connection to `host` at these addresses must not be made, or None.

        Policy for several records (HOSTILE 29): one forbidden address refuses the whole name,
        since a name that mixes public and private records is itself a rebinding signal.
        """
        if normal_name(host) in self.allow_names:
            return None
        addresses = list(addresses)
        for address in addresses:
            reason = None if self.address_allowed(address) else forbidden_reason(address)
            if reason:
                return reason
        # Port 0 is a lookup without a port (Twisted's connectTCP path, used for HTTPS proxy tunnels):
        # the request URL's port was judged by url_refusal already.
        if port and port not in self.allow_ports and not (addresses and all(map(self.address_allowed, addresses))):
            return "port"
        return None

    def url_refusal(self, url: str) -> str | None:
        """Why a request for `url` must not be sent, judged from the URL alone (no DNS lookup)."""
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORTS.get(parts.scheme)
        except ValueError:
            return "bad_url"
        if parts.scheme not in WEB_SCHEMES:
            return "scheme"
        host = normal_name(parts.hostname or "")
        if not host:
            return "bad_url"
        if host in self.allow_names:
            return None
        address, odd = parse_ip_literal((parts.hostname or "").lower())  # before the trailing dot goes
        if odd:  # no honest link spells an address this way, whatever it denotes
            return "odd_ip_spelling"
        if address is None and (host in FORBIDDEN_NAMES or host.endswith(".localhost")):
            return "forbidden_name"
        if address is None:
            address = self.static_hosts.get(host)
        return self.connection_refusal(host, port or 0, [address] if address else [])


def normal_name(host: str) -> str:
    """A host name as compared against lists (see normal_host_text)."""
    return normal_host_text(host.strip())
