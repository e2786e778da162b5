"""The address guard: which IP addresses the fetcher may connect to, and the DNS lookups that
find them (``AddressGuard.resolve``). ``monitor.fetch`` sends each request to the address the
guard checked; nothing else here touches the network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

from monitor.errors import AddressRefusedError, TransientFetchError

Resolver = Callable[[str, int], Sequence[str]]

# Networks refused by default, each with the reason a person reads in the error.
_REFUSED: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.ip_network(cidr), reason)
    for cidr, reason in (
        ("0.0.0.0/8", "unspecified address"),
        ("127.0.0.0/8", "loopback"),
        ("10.0.0.0/8", "private network"),
        ("172.16.0.0/12", "private network"),
        ("192.168.0.0/16", "private network"),
        ("169.254.0.0/16", "link-local or cloud metadata"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("192.0.0.0/24", "IETF protocol assignments"),
        ("192.0.2.0/24", "documentation network"),
        ("198.18.0.0/15", "benchmarking network"),
        ("198.51.100.0/24", "documentation network"),
        ("203.0.113.0/24", "documentation network"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified address"),
        ("::1/128", "loopback"),
        ("fc00::/7", "private network"),
        ("fe80::/10", "link-local"),
        ("ff00::/8", "multicast"),
        ("64:ff9b:1::/48", "local NAT64"),
        ("100::/64", "discard prefix"),
        ("2001:db8::/32", "documentation network"),
    )
)


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class AddressGuard:
    """Decides which IP addresses the fetcher may connect to.

    Loopback, private, link-local (cloud metadata), CGNAT, multicast, reserved and unspecified
    addresses are refused, in IPv4 and IPv6 (IPv4-mapped and 6to4 forms included), unless one
    of ``allowed`` (CIDR strings, e.g. ``["127.0.0.1/32"]``) covers the address.
    ``resolver`` replaces ``getaddrinfo`` (tests).
    """

    def __init__(self, allowed: Sequence[str] = (), *, resolver: Resolver | None = None) -> None:
        self._allowed = tuple(ipaddress.ip_network(cidr, strict=False) for cidr in allowed)
        self._resolver: Resolver = resolver or _system_resolver
        self._answers: dict[tuple[str, int], tuple[str, ...]] = {}
        self._verdicts: dict[str, str | None] = {}  # ip -> refusal: every request asks again

    def refusal(self, ip: str) -> str | None:
        """Why ``ip`` is refused, or None when it is allowed."""
        try:
            return self._verdicts[ip]
        except KeyError:
            pass
        verdict = self._refusal(ip)
        if len(self._verdicts) < 65_536:
            self._verdicts[ip] = verdict
        return verdict

    def _refusal(self, ip: str) -> str | None:
        try:
            addr = ipaddress.ip_address(ip.split("%", 1)[0])
        except ValueError:
            return "not an IP address"
        if any(addr in net for net in self._allowed if net.version == addr.version):
            return None
        if isinstance(addr, ipaddress.IPv6Address):
            embedded = addr.ipv4_mapped or addr.sixtofour
            if embedded is None and addr in _NAT64:
                embedded = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
            if embedded is not None:
                inner = self._refusal(str(embedded))
                return None if inner is None else f"{inner}, IPv4 inside IPv6"
        for net, reason in _REFUSED:
            if net.version == addr.version and addr in net:
                return reason
        if addr.is_reserved or addr.is_multicast or addr.is_unspecified:
            return "reserved"
        return None

    def is_allowed(self, ip: str) -> bool:
        """True when the fetcher may connect to ``ip``."""
        return self.refusal(ip) is None

    def resolve(self, host: str, port: int, *, url: str | None = None) -> str:
        """The first allowed address of ``host``; raises ``AddressRefusedError`` when none is.

        An IP literal is checked without a lookup. A name's answer is kept for the guard's
        life (one run), so a feed host polled many times costs one lookup, and every request
        to it connects to the address that was checked.
        """
        where = url or host
        bare = host.strip("[]")
        addresses = self._answers.get((bare, port))
        if addresses is None:
            if is_ip_literal(bare):
                addresses = (bare,)
            else:
                try:
                    addresses = tuple(self._resolver(bare, port))
                except (OSError, UnicodeError) as exc:
                    raise TransientFetchError(where, f"DNS lookup of {host} failed") from exc
            if addresses:
                self._answers[(bare, port)] = addresses
        refused: list[str] = []
        for ip in addresses:
            reason = self.refusal(ip)
            if reason is None:
                return ip
            refused.append(f"{ip} ({reason})")
        if not refused:
            raise TransientFetchError(where, f"DNS lookup of {host} found no address")
        raise AddressRefusedError(where, f"address guard refused {', '.join(refused[:3])}")


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_ip_literal(host: str) -> bool:
    """True when ``host`` is an IP address (IPv6 in brackets or not), not a name."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
