"""
Run this repository's Airflow payload (dags/, plugins/, config/) on the test bed's real Airflow.

`airflow_env()` is the one place that says how: the environment variables the image sets, with
a PostgreSQL database and an AIRFLOW_HOME of your choice. The rest are small helpers (databases,
ports, component processes) and the session fixtures the payload tests share.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from base64 import urlsafe_b64encode
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
AIRFLOW = str(VENV_BIN / "airflow")

# The machine's PostgreSQL, which trusts local connections.
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"

FAB_AUTH_MANAGER = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
JSON_LOGGING = {
    "AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS": "log_config.LOGGING_CONFIG",
    "AIRFLOW__LOGGING__JSON_LOGS": "True",
}


def airflow_env(
    home: Path,
    sql_alchemy_conn: str,
    *,
    api_port: int = 8080,
    json_logs: bool = True,
    secret: str = "local only, not for deployment",
) -> dict[str, str]:
    """
    Environment for any Airflow command on this repository's payload.

    `home` becomes AIRFLOW_HOME. Its `config` folder links to the repository's config/, because
    the image ships that folder as $AIRFLOW_HOME/config, which Airflow puts on sys.path (that is
    how `log_config` is found). Nothing is inherited from the caller's environment but the basics,
    so stray AIRFLOW_* variables of a developer's shell cannot leak in.
    """
    home.mkdir(parents=True, exist_ok=True)
    config_link = home / "config"
    if not config_link.exists():
        config_link.symlink_to(REPO / "config", target_is_directory=True)

    api_url = f"http://127.0.0.1:{api_port}"
    digest = hashlib.sha512(secret.encode()).digest()
    env = {
        "PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__AUTH_MANAGER": FAB_AUTH_MANAGER,
        "AIRFLOW__FAB__CONFIG_FILE": str(REPO / "config" / "webserver_config.py"),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sql_alchemy_conn,
        # Every component must share these three, or tokens and encrypted values stop matching.
        "AIRFLOW__CORE__FERNET_KEY": urlsafe_b64encode(digest[:32]).decode(),
        "AIRFLOW__API_AUTH__JWT_SECRET": digest.hex(),
        "AIRFLOW__API__SECRET_KEY": digest[32:].hex(),
        # Where the api-server listens, and where workers find its execution API.
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__BASE_URL": api_url,
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{api_url}/execution/",
    }
    if json_logs:
        env.update(JSON_LOGGING)
    return env


# --- databases, ports, processes ------------------------------------------------------------------


def database_url(name: str) -> str:
    return f"postgresql+psycopg2://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def pg_connect(dbname: str = "postgres"):
    import psycopg2

    conn = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=dbname, connect_timeout=10)
    conn.autocommit = True
    return conn


def _admin(statement: str) -> None:
    conn = pg_connect()
    try:
        with conn.cursor() as cur:
            cur.execute(statement)
    finally:
        conn.close()


def create_database(name: str) -> None:
    _admin(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_airflow(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([AIRFLOW, *args], env=env, capture_output=True, text=True, timeout=timeout)


class Component:
    """A long-running Airflow process (e.g. `airflow scheduler`) with its output kept in files."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], workdir: Path):
        self.name = name
        self.stopped = False
        self.stdout_path = workdir / f"{name}.stdout"
        self.stderr_path = workdir / f"{name}.stderr"
        with self.stdout_path.open("wb") as out, self.stderr_path.open("wb") as err:
            # Its own process group, so stopping it also reaches the workers it forks.
            self.process = subprocess.Popen(
                command, env=env, cwd=workdir, stdout=out, stderr=err, start_new_session=True
            )

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, grace: float = 20) -> int:
        """SIGTERM, then SIGKILL after `grace` seconds; returns the exit code."""
        if self.stopped:
            return self.process.returncode
        self.stopped = True
        if self.running():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # leftovers in the group, if any
        except ProcessLookupError:
            pass
        return self.process.wait()

    @property
    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace")

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


def wait_for(condition, timeout: float, interval: float = 1.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


# --- JSON log lines -------------------------------------------------------------------------------

LOG_KEYS = ("timestamp", "level", "logger", "message")


def json_log_lines(text: str, where: str, keys: tuple[str, ...] = LOG_KEYS) -> list[dict]:
    """Parses every non-empty line as a JSON log record with `keys`; fails listing the lines that are not."""
    records, bad = [], []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            assert isinstance(record, dict)
            assert all(isinstance(record.get(key), str) and record[key] for key in keys)
            datetime.fromisoformat(record["timestamp"])
        except (ValueError, AssertionError):
            bad.append(line)
            continue
        records.append(record)
    assert not bad, (
        f"{where}: {len(bad)} of {len(bad) + len(records)} lines are not JSON objects with "
        f"{', '.join(keys)}:\n" + "\n".join(line[:300] for line in bad[:15])
    )
    return records


# --- session fixtures -----------------------------------------------------------------------------


@dataclass
class AirflowSetup:
    home: Path
    env: dict[str, str]  # JSON logging on, as deployed
    database: str
    migrate: subprocess.CompletedProcess


@pytest.fixture(scope="session")
def airflow_setup(tmp_path_factory) -> Iterator[AirflowSetup]:
    """A fresh PostgreSQL database migrated by `airflow db migrate`; dropped at the end."""
    database = f"payload_test_{uuid.uuid4().hex[:12]}"
    try:
        create_database(database)
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"cannot create a database on PostgreSQL at {PG_HOST}:{PG_PORT}: {error}")
    try:
        home = tmp_path_factory.mktemp("airflow-home")
        env = airflow_env(home, database_url(database), api_port=free_port())
        migrate = run_airflow(env, "db", "migrate")
        output = migrate.stdout[-3000:] + migrate.stderr[-3000:]
        assert migrate.returncode == 0, f"airflow db migrate failed:\n{output}"
        yield AirflowSetup(home, env, database, migrate)
    finally:
        drop_database(database)


@pytest.fixture(scope="session")
def airflow_in_process(airflow_setup: AirflowSetup) -> Iterator[AirflowSetup]:
    """
    Points Airflow inside this pytest process at the same environment and database (with Airflow's
    default console logging). Airflow reads its configuration when first imported, so tests import
    it only after requesting this fixture.
    """
    if "airflow" in sys.modules and os.environ.get("AIRFLOW_HOME") != str(airflow_setup.home):
        pytest.fail("airflow was imported before the airflow_in_process fixture configured it")
    with pytest.MonkeyPatch.context() as patch:
        for key in [k for k in os.environ if k.startswith("AIRFLOW")]:
            patch.delenv(key)
        for key, value in airflow_setup.env.items():
            if key.startswith("AIRFLOW") and key not in JSON_LOGGING:
                patch.setenv(key, value)
        yield airflow_setup
