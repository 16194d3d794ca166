#!/usr/bin/env bash
# Back up a Concern Logger hub: its database (pg_dump, custom format) and the database roles the PCs sign in with
# (pg_dumpall --roles-only: pg_dump alone leaves them out, and without them no PC can sign in to a restored hub).
#
#   backup-hub.sh DATABASE DESTINATION_FOLDER
#
# Connects with the usual PostgreSQL settings (PGHOST, PGPORT, PGUSER, ~/.pgpass): run it as the hub's
# administrator, e.g. `sudo -u postgres backup-hub.sh concern_logger /var/backups/concern-hub`.
# Writes DESTINATION_FOLDER/concern-hub-<database>-<UTC time>/ with hub.dump, roles.sql and SHA256SUMS, readable by
# the running user only (roles.sql holds password verifiers; hub.dump holds only ciphertext and public keys).
# Prints the folder made. Exits non-zero, leaving no folder behind, when any step fails.
set -euo pipefail
umask 077

if [ $# -ne 2 ]; then
    echo "usage: backup-hub.sh DATABASE DESTINATION_FOLDER" >&2
    exit 2
fi
database=$1
destination=$2
if [ ! -d "$destination" ]; then
    echo "backup-hub: the folder $destination does not exist" >&2
    exit 1
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
folder="$destination/concern-hub-$database-$stamp"
partial="$folder.partial"
trap 'rm -rf -- "$partial"' EXIT
mkdir -- "$partial"

# The data first, then the roles: a PC registered in between has a role and no rows, and registers its device
# again on its next sync; the other order would leave rows whose PC cannot sign in.
pg_dump --format=custom --compress=6 --file="$partial/hub.dump" --dbname="$database"
pg_dumpall --roles-only --file="$partial/roles.sql"
(cd "$partial" && sha256sum hub.dump roles.sql > SHA256SUMS)
mv -- "$partial" "$folder"
trap - EXIT
echo "$folder"
