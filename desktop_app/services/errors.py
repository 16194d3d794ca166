"""Errors a person can act on; each message is one plain sentence."""

from desktop_app.errors import ServiceError as ServiceError  # defined below every layer (config raises it too)


class SignInRefused(ServiceError):
    """Wrong username or password, or a disabled account."""


class NotPermitted(ServiceError):
    """The signed-in account does not hold the keys (or role) this needs."""


class NotFound(ServiceError):
    """The pupil, entry or account named does not exist in this store."""
