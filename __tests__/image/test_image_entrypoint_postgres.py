"""End to end: hostile user names and passwords through the wrapper, then a real `airflow db migrate`
against a PostgreSQL that checks passwords (scram-sha-256), each case in a fresh database."""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import psycopg2
import pytest

SPECIAL = {"at": "@", "colon": ":", "slash": "/", "question": "?", "hash": "#", "percent": "%",
           "ampersand": "&", "plus": "+", "equals": "=", "space": " "}
COMBINED = "".join(SPECIAL.values())
# case id -> (user, password, database). "41" after the character: a "%" left unencoded would
# decode to "A" and fail the login, rather than pass as an invalid escape.
CASES = {name: (f"user{c}41", f"Pw{c}41secret-{i:02d}", f"db_{name}") for i, (name, c) in
         enumerate(SPECIAL.items())}
CASES["combined"] = (f"u{COMBINED}41", f"P{COMBINED}41$'\"\\`!~ü-secret", f"d{COMBINED}41ü")


@pytest.fixture(scope="module")
def migrations(pg_cluster, wrapper, clean_env, tmp_path_factory):
    """Creates a role and a database per case, then runs the wrapper with `db migrate` for all cases
    (a few at a time: each is a full Airflow start). The stand-in entrypoint execs the test bed's
    `airflow`, as the official /entrypoint would. Returns case id -> CompletedProcess."""
    for user, password, dbname in CASES.values():
        pg_cluster.create_role_and_db(user, password, dbname)
    work = tmp_path_factory.mktemp("migrate")
    entrypoint = work / "entrypoint"
    entrypoint.write_text(f'#!/bin/sh\nexec "{Path(sys.executable).parent / "airflow"}" "$@"\n')
    entrypoint.chmod(0o755)

    def migrate(case):
        user, password, dbname = CASES[case]
        env = clean_env(
            AIRFLOW_ENTRYPOINT=str(entrypoint), AIRFLOW_HOME=str(work / case),
            AIRFLOW__CORE__LOAD_EXAMPLES="False",
            AIRFLOW_DB_HOST=pg_cluster.host, AIRFLOW_DB_PORT=str(pg_cluster.port),
            AIRFLOW_DB_NAME=dbname, AIRFLOW_DB_USER=user, AIRFLOW_DB_PASSWORD=password)
        return subprocess.run(["/bin/bash", str(wrapper), "db", "migrate"], env=env,
                              capture_output=True, text=True, timeout=170)

    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        return dict(zip(CASES, pool.map(migrate, CASES)))


@pytest.mark.parametrize("case", list(CASES))
def test_airflow_db_migrate_succeeds(migrations, pg_cluster, case):
    user, password, dbname = CASES[case]
    result = migrations[case]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert password not in output and quote(password, safe="") not in output, "password leaked"
    conn = pg_cluster.connect(user, password, dbname)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT version_num FROM alembic_version")
            assert cur.fetchall(), "no alembic revision stamped"
            cur.execute("SELECT to_regclass('dag_run') IS NOT NULL, to_regclass('ab_user') IS NOT NULL")
            assert cur.fetchone() == (True, True), "core or FAB tables missing"
    finally:
        conn.close()


def test_the_cluster_rejects_a_wrong_password(pg_cluster):
    user, password, dbname = "checked user", f"P{COMBINED}", "checked db"
    pg_cluster.create_role_and_db(user, password, dbname)
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        pg_cluster.connect(user, password + "x", dbname)
    pg_cluster.connect(user, password, dbname).close()  # and the right one works
