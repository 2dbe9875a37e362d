"""Fixtures for the image tests: run the entrypoint wrapper, and a PostgreSQL that checks passwords."""

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WRAPPER = REPO / "airflow-image" / "entrypoint-wrapper.sh"
VENV_BIN = Path(sys.executable).parent


def _clean_env(**extra: str) -> dict[str, str]:
    """A minimal environment, so AIRFLOW_* variables of the developer's shell cannot leak in."""
    env = {"PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "HOME": os.environ.get("HOME", "/tmp")}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def clean_env():
    return _clean_env


@pytest.fixture(scope="session")
def wrapper() -> Path:
    return WRAPPER


@dataclass
class WrapperRun:
    returncode: int
    stdout: str
    stderr: str
    record: dict | None  # what the stand-in entrypoint saw; None when it never ran

    @property
    def url(self) -> str | None:
        return self.record["env"].get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") if self.record else None


@pytest.fixture
def run_wrapper(tmp_path):
    """run_wrapper(env, args) runs the wrapper with `bash` and a stand-in for /entrypoint that records
    its arguments and the database variables to a file (not to stdout). Every run asserts that the
    password (when one is given) shows neither on stdout nor on stderr."""
    record_file = tmp_path / "record.json"
    standin = tmp_path / "standin-entrypoint"
    standin.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import json, os, sys
        prefixes = ("AIRFLOW_DB_", "AIRFLOW__DATABASE__")
        env = {{k: v for k, v in os.environ.items() if k.startswith(prefixes)}}
        with open({str(record_file)!r}, "w") as f:
            json.dump({{"argv": sys.argv[1:], "env": env}}, f)
        """))
    standin.chmod(0o755)

    def run(env: dict[str, str], args=(), path: str | None = None) -> WrapperRun:
        record_file.unlink(missing_ok=True)
        full_env = _clean_env(AIRFLOW_ENTRYPOINT=str(standin), **env)
        if path is not None:
            full_env["PATH"] = path
        proc = subprocess.run(["/bin/bash", str(WRAPPER), *args], env=full_env,
                              capture_output=True, text=True, timeout=30)
        password = env.get("AIRFLOW_DB_PASSWORD")
        if password:
            assert password not in proc.stdout, "password printed on stdout"
            assert password not in proc.stderr, "password printed on stderr"
        record = json.loads(record_file.read_text()) if record_file.exists() else None
        return WrapperRun(proc.returncode, proc.stdout, proc.stderr, record)

    return run


# --- a throwaway PostgreSQL cluster with scram-sha-256 authentication ----------------------------


def _pg_bin(name: str) -> str | None:
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return shutil.which(name) or next(iter(versions), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgCluster:
    host: str
    port: int
    superuser: str
    superpassword: str

    def connect(self, user=None, password=None, dbname="postgres"):
        import psycopg2

        return psycopg2.connect(host=self.host, port=self.port, dbname=dbname, connect_timeout=10,
                                user=user or self.superuser,
                                password=self.superpassword if password is None else password)

    def create_role_and_db(self, user: str, password: str, dbname: str) -> None:
        from psycopg2 import sql

        conn = self.connect()
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(user), sql.Literal(password)))
                cur.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(dbname), sql.Identifier(user)))
        finally:
            conn.close()


@pytest.fixture(scope="session")
def pg_cluster():
    """Its own cluster on a free port (the machine's PostgreSQL on 5432 trusts everyone, so it
    would prove nothing about passwords). Removed at the end of the session."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    # initdb refuses to run as root: the cluster then belongs to the "postgres" OS user.
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    base = Path(tempfile.mkdtemp(prefix="airflow-image-pg-"))
    data, pwfile = base / "data", base / "superuser-password"
    cluster = PgCluster("127.0.0.1", _free_port(), "admin", "Sup3r secret")
    pwfile.write_text(cluster.superpassword + "\n")
    if as_user:
        shutil.chown(base, "postgres")
        shutil.chown(pwfile, "postgres")

    def pg(*cmd: str) -> None:
        proc = subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, f"{cmd[0]} failed:\n{proc.stdout}\n{proc.stderr}"

    try:
        pg(initdb, "-D", str(data), "--auth=scram-sha-256", "-U", cluster.superuser,
           f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C", "--no-sync")
        options = (f"-c listen_addresses={cluster.host} -p {cluster.port} -k {base}"
                   " -c fsync=off -c full_page_writes=off")
        pg(pg_ctl, "-D", str(data), "-o", options, "-l", str(base / "server.log"), "-w", "-t", "60",
           "start")
        yield cluster
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)
