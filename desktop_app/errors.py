"""The error a person can act on, below every layer: the services raise it, and so does the machine configuration."""


class ServiceError(Exception):
    """A user action that cannot be done as asked; the message says why in one plain sentence. Named for the services,
    which raise nearly all of them (their kinds are in `services.errors`); `config.ConfigError` is one too, so that
    the window and the command line show a bad configuration file as they show any other refusal."""
