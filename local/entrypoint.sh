#!/usr/bin/env bash
# Stands in for the official image's /entrypoint when the local runner starts a container: our
# entrypoint wrapper (airflow-image/entrypoint-wrapper.sh) execs this with the container's command.
# Like the official one it waits for the metadata database (CONNECTION_CHECK_MAX_COUNT tries,
# CONNECTION_CHECK_SLEEP_TIME apart; 0 skips the wait), execs `bash`/`python` commands as they are
# and runs anything else as `airflow <args>` (a leading `airflow` is dropped first). The wait opens one SQLAlchemy connection instead of
# `airflow db check`, which would start all of Airflow once more per container.
set -euo pipefail

if [[ -n ${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:-} ]] && ((${CONNECTION_CHECK_MAX_COUNT:-20} > 0)); then
  python - <<'PY'
import os, sys, time
from sqlalchemy import create_engine, text

tries = int(os.environ.get("CONNECTION_CHECK_MAX_COUNT", "20"))
pause = float(os.environ.get("CONNECTION_CHECK_SLEEP_TIME", "3"))
engine = create_engine(os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
for attempt in range(1, tries + 1):
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        sys.exit(0)
    except Exception as err:  # the message names the host, never the password
        print(f"entrypoint: database not reachable ({attempt}/{tries}): {type(err).__name__}", file=sys.stderr)
        time.sleep(pause)
sys.exit("entrypoint: the metadata database did not answer")
PY
fi

if [[ ${1:-} == airflow ]]; then shift; fi
case ${1:-} in
  bash | python) exec "$@" ;;
  *) exec airflow "$@" ;;
esac
