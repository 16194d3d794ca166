#!/usr/bin/env bash
# Restore a Concern Logger hub from a folder made by backup-hub.sh: the roles, then the database.
#
#   restore-hub.sh BACKUP_FOLDER
#
# The database is restored under the name it was backed up from, with its privileges, and it must not exist
# (the script never overwrites a database: drop or rename the old one first). Roles that exist already are kept
# (their passwords and settings are set again from the backup). Connects with the usual PostgreSQL settings
# (PGHOST, PGPORT, PGUSER, ~/.pgpass) as the hub's administrator. After a restore, every PC notices at its next
# sync that the hub lost what it held after the backup and sends it again: nothing is lost or doubled.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: restore-hub.sh BACKUP_FOLDER" >&2
    exit 2
fi
folder=$1
for file in hub.dump roles.sql SHA256SUMS; do
    if [ ! -f "$folder/$file" ]; then
        echo "restore-hub: $folder is not a hub backup (no $file)" >&2
        exit 1
    fi
done
if ! (cd "$folder" && sha256sum --check --quiet SHA256SUMS); then
    echo "restore-hub: the backup in $folder is damaged (its checksums differ); nothing was restored" >&2
    exit 1
fi
database=$(pg_restore --list "$folder/hub.dump" | sed -n 's/^;[[:space:]]*dbname: //p' | head -n 1)
if [ -z "$database" ]; then
    echo "restore-hub: cannot tell which database the backup holds; nothing was restored" >&2
    exit 1
fi
query() { psql --no-psqlrc --tuples-only --no-align --dbname=postgres --command="$1"; }
if [ "$(query "SELECT count(*) FROM pg_database WHERE datname = '${database//\'/\'\'}'")" != "0" ]; then
    echo "restore-hub: the database $database exists; drop or rename it first (nothing was restored)" >&2
    exit 1
fi

# Roles: an existing role (the administrator running this, or a PC's role still here) makes its CREATE ROLE
# fail; that is expected and harmless, so only those errors are let through.
errors=$(psql --no-psqlrc --quiet --dbname=postgres --file="$folder/roles.sql" 2>&1 >/dev/null || true)
unexpected=$(printf '%s\n' "$errors" | grep -v -e 'already exists' -e '^[[:space:]]*$' || true)
if [ -n "$unexpected" ]; then
    echo "restore-hub: restoring the roles failed:" >&2
    printf '%s\n' "$unexpected" >&2
    exit 1
fi
pg_restore --exit-on-error --create --dbname=postgres "$folder/hub.dump"
echo "Restored the hub database $database from $folder."
