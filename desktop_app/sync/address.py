"""The hub's address: a PostgreSQL URL with no password in it (passwords and TLS files come from libpq's own files)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DRIVER = "postgresql+psycopg"
_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
# libpq settings a URL must never carry: secrets belong in the password file (PGPASSFILE, ~/.pgpass), a service
# file (PGSERVICEFILE) or key files named by sslkey/sslcert, never in a command line or a stored setting.
_SECRET_PARAMETERS = {"password", "sslpassword"}
NO_PASSWORD = (
    "The hub address must not contain a password: put it in this PC's PostgreSQL password file "
    "(PGPASSFILE or ~/.pgpass) or a service file instead."
)


class HubAddressError(ValueError):
    """The text is not a hub address this app will use; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class HubTls:
    """How a connection checks the hub's certificate (see sync/tls.py).

    `root_cert`: the certificate authority file IT chose (the machine configuration, or --hub-ca): it wins over the
    address's own sslrootcert. `enrolled_root_cert`: the one this PC keeps from its enrolment file, used when
    neither names one. `allow_insecure`: a weaker sslmode than verify-full that the address names may be used.
    """

    root_cert: str | None = None
    enrolled_root_cert: str | None = None
    allow_insecure: bool = False


@dataclass(frozen=True, slots=True)
class HubAddress:
    """A hub's PostgreSQL address. `url` drives SQLAlchemy; `text` is the same address as people write it; `tls` is
    how this PC checks the hub's certificate (it is not part of the address's text)."""

    url: URL
    tls: HubTls = HubTls()

    @property
    def text(self) -> str:
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    @property
    def role(self) -> str:
        return self.url.username or ""

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def place(self) -> str:
        """Where the hub is, in words: 'database hub on server:5432'."""
        query = self.url.query
        host = self.url.host or str(query.get("host") or "") or "this computer"
        port = self.url.port or query.get("port")
        if "service" in query:
            return f"service {query['service']}"
        return f"database {self.database or '(default)'} on {host}" + (f":{port}" if port else "")

    @property
    def display(self) -> str:
        """Where the hub is and who this PC is there: 'database hub on server:5432 as role'."""
        return self.place + (f" as {self.role}" if self.role else "")

    def with_role(self, role: str) -> HubAddress:
        """The same hub, connecting as another database role (the school's application role)."""
        return replace(self, url=self.url.set(username=role))

    def with_tls(self, tls: HubTls) -> HubAddress:
        """The same hub, checked as `tls` says."""
        return replace(self, tls=tls)

    def __str__(self) -> str:
        return self.text


def parse_hub_address(text: str) -> HubAddress:
    """A hub address from `postgresql://ROLE@HOST[:PORT]/DATABASE[?sslmode=...&service=...]`; refuses passwords."""
    text = text.strip()
    if not text:
        raise HubAddressError("No hub address was given.")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number ("postgresql://:")
        # The text is not echoed: it might hold a password.
        raise HubAddressError("The hub address is not in the form postgresql://ROLE@HOST/DATABASE.") from exc
    if url.drivername not in _SCHEMES:
        raise HubAddressError(f"A hub address starts with postgresql://, not {url.drivername}://.")
    if url.password is not None or _SECRET_PARAMETERS & {key.lower() for key in url.query}:
        raise HubAddressError(NO_PASSWORD)
    return HubAddress(url.set(drivername=DRIVER))
