#!/bin/sh
# /usr/bin/concern-logger: starts the self-contained bundle installed in /opt/concern-logger.
exec /opt/concern-logger/concern-logger "$@"
