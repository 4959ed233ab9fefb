"""Which IP addresses the crawler may connect to: only globally routable ones, judged with what they embed.

The rule is a principle, not a list: an address is refused unless `ipaddress` calls it
global *and* it is outside the ranges listed below, which name the reason for the usual
cases and close the gaps of older Pythons' `is_global` (documentation nets, NAT64 local use,
IPv4-mapped and -translated forms, multicast, the 6to4 relay anycast). An IPv6 address that
carries an IPv4 address (mapped, compatible, SIIT, NAT64, 6to4, Teredo) is refused when the
IPv4 address inside is, and the inner reason is the one reported.
"""
from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

NOT_GLOBAL = "not_global"

# Order matters only for the reason reported: the first network that holds an address names it.
FORBIDDEN_NETWORKS: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ipaddress.ip_network(net), reason)
    for net, reason in (
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "cgnat"),
        ("169.254.0.0/16", "link_local"),  # includes the cloud metadata address 169.254.169.254
        ("192.0.0.0/24", "reserved"),
        ("192.0.2.0/24", "documentation"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("192.88.99.0/24", "relay_anycast"),  # 6to4 relays (deprecated, RFC 7526)
        ("198.18.0.0/15", "reserved"),  # benchmarking
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),  # includes the broadcast address
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("::ffff:0:0/96", "ipv4_mapped"),  # never a real destination: a socket trick for IPv4
        ("::ffff:0:0:0/96", "ipv4_translated"),  # SIIT (RFC 2765)
        ("::/96", "ipv4_compatible"),  # deprecated (RFC 4291)
        ("64:ff9b:1::/48", "nat64_local"),  # local-use NAT64 (RFC 8215): a private network's translator
        ("100::/64", "discard"),
        ("2001::/32", "teredo"),
        ("2001:2::/48", "reserved"),  # benchmarking
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("5f00::/16", "reserved"),  # SRv6 SIDs
        ("fc00::/7", "unique_local"),
        ("fec0::/10", "private"),
        ("fe80::/10", "link_local"),
        ("ff00::/8", "multicast"),
    )
)

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_COMPATIBLE = ipaddress.ip_network("::/96")
_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped, -compatible, -translated (SIIT),
    NAT64 (64:ff9b::/96, and 64:ff9b:1::/48 read as a /48 prefix of RFC 6052), 6to4, and
    Teredo's server and (de-obfuscated) client.

    >>> embedded_ipv4(ipaddress.IPv6Address("64:ff9b::7f00:1"))
    [IPv4Address('127.0.0.1')]
    """
    packed = address.packed
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address in _COMPATIBLE or address in _TRANSLATED or address in _NAT64:
        return [ipaddress.IPv4Address(packed[12:])] if int(address) > 1 else []
    if address in _NAT64_LOCAL:  # RFC 6052 /48: bits 48-63, the "u" octet, then bits 72-87
        return [ipaddress.IPv4Address(packed[6:8] + packed[9:11])]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    return []


def forbidden_reason(address: IPAddress) -> str | None:
    """The reason code why `address` must never be connected to, or None when it is globally routable.

    >>> forbidden_reason(ipaddress.ip_address("::ffff:127.0.0.1"))
    'loopback'
    >>> forbidden_reason(ipaddress.ip_address("192.0.2.7"))
    'documentation'
    """
    if isinstance(address, ipaddress.IPv6Address):
        address = ipaddress.IPv6Address(int(address))  # drop any zone id ("fe80::1%eth0")
        for inner in embedded_ipv4(address):
            reason = forbidden_reason(inner)
            if reason:
                return reason
    for network, reason in FORBIDDEN_NETWORKS:
        if address.version == network.version and address in network:
            return reason
    return None if address.is_global else NOT_GLOBAL
