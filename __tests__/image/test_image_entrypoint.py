"""The entrypoint wrapper, run as a script with a stand-in for the official /entrypoint."""

from urllib.parse import quote

import pytest
from sqlalchemy.engine import make_url

REQUIRED = ["AIRFLOW_DB_HOST", "AIRFLOW_DB_NAME", "AIRFLOW_DB_USER", "AIRFLOW_DB_PASSWORD"]
PASSWORD = "Pw-never-printed-7Q"
FULL = {
    "AIRFLOW_DB_HOST": "db.example.internal",
    "AIRFLOW_DB_NAME": "airflow",
    "AIRFLOW_DB_USER": "airflow_user",
    "AIRFLOW_DB_PASSWORD": PASSWORD,
}
SPECIAL = ["@", ":", "/", "?", "#", "%", "&", "+", "=", " "]


def without(*names):
    return {k: v for k, v in FULL.items() if k not in names}


def test_builds_url_with_default_port_and_hides_the_password(run_wrapper):
    run = run_wrapper(FULL, ["scheduler"])
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    assert run.url == f"postgresql+psycopg2://airflow_user:{PASSWORD}@db.example.internal:5432/airflow"
    assert "AIRFLOW_DB_PASSWORD" not in run.record["env"], "raw password must not reach the entrypoint"
    assert run.record["env"]["AIRFLOW_DB_USER"] == "airflow_user"  # the others stay


@pytest.mark.parametrize(("engine", "url"), [
    ("postgres", f"postgresql+psycopg2://airflow_user:{PASSWORD}@db.example.internal:5432/airflow"),
    ("mysql", f"mysql+mysqldb://airflow_user:{PASSWORD}@db.example.internal:3306/airflow"),
])
def test_the_url_follows_the_engine(run_wrapper, engine, url):
    run = run_wrapper({**FULL, "AIRFLOW_DB_ENGINE": engine})
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    assert run.url == url


@pytest.mark.parametrize(("port", "expected"), [("6432", 6432), ("0080", 80), ("65535", 65535)])
def test_uses_the_given_port(run_wrapper, port, expected):
    run = run_wrapper({**FULL, "AIRFLOW_DB_PORT": port})
    assert run.returncode == 0, run.stderr
    assert make_url(run.url).port == expected


def test_brackets_an_ipv6_host(run_wrapper):
    run = run_wrapper({**FULL, "AIRFLOW_DB_HOST": "fd00::5"})
    assert run.returncode == 0, run.stderr
    assert "@[fd00::5]:5432/" in run.url
    assert make_url(run.url).host == "fd00::5"


@pytest.mark.parametrize("value", [f"a{c}b" for c in SPECIAL]
                         + ["".join(SPECIAL) + "$'\"\\`!~*;|<>()[]{}^,", "üser€ 名前", "-._~AZaz09"],
                         ids=lambda v: v.encode("unicode_escape").decode())
def test_percent_encodes_user_password_and_database(run_wrapper, value):
    env = {**FULL, "AIRFLOW_DB_USER": "u" + value, "AIRFLOW_DB_PASSWORD": "p" + value,
           "AIRFLOW_DB_NAME": "d" + value}
    run = run_wrapper(env)
    assert run.returncode == 0, run.stderr
    userinfo_and_rest = run.url.removeprefix("postgresql+psycopg2://")
    # RFC 3986: everything but unreserved characters (ALPHA DIGIT - . _ ~) is %XX-encoded, per UTF-8 byte
    assert userinfo_and_rest == "{}:{}@db.example.internal:5432/{}".format(
        *(quote(env[k], safe="") for k in ("AIRFLOW_DB_USER", "AIRFLOW_DB_PASSWORD", "AIRFLOW_DB_NAME")))
    url = make_url(run.url)  # and SQLAlchemy, which Airflow uses, reads back the exact values
    assert (url.username, url.password, url.database) == ("u" + value, "p" + value, "d" + value)


@pytest.mark.parametrize("name", REQUIRED)
def test_a_missing_variable_fails_naming_it(run_wrapper, name):
    run = run_wrapper(without(name), ["scheduler"])
    assert run.returncode != 0
    assert name in run.stderr
    assert not any(other in run.stderr.split("(")[0] for other in REQUIRED if other != name)
    assert run.record is None, "the entrypoint must not run"


@pytest.mark.parametrize("name", REQUIRED)
def test_an_empty_variable_counts_as_missing(run_wrapper, name):
    run = run_wrapper({**FULL, name: ""})
    assert run.returncode != 0 and name in run.stderr and run.record is None


@pytest.mark.parametrize("env", [
    without("AIRFLOW_DB_HOST", "AIRFLOW_DB_PASSWORD"),
    {"AIRFLOW_DB_PORT": "5432"},  # only the optional one: a partial group
    {"AIRFLOW_DB_PASSWORD": PASSWORD, "AIRFLOW_DB_REQUIRED": "false"},  # partial, even when optional
    {},  # nothing at all: the database is required unless AIRFLOW_DB_REQUIRED=false
], ids=["two", "port-only", "partial-optional", "none"])
def test_several_missing_variables_are_all_named(run_wrapper, env):
    run = run_wrapper(env)
    assert run.returncode != 0 and run.record is None
    assert run.stdout == ""
    expected = [n for n in REQUIRED if n not in env]
    for name in expected:
        assert name in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, "one message naming them all"


@pytest.mark.parametrize("flag", ["false", "FALSE", "False"])
def test_workers_run_without_any_database_variable(run_wrapper, flag):
    run = run_wrapper({"AIRFLOW_DB_REQUIRED": flag}, ["python", "-m", "x"])
    assert run.returncode == 0, run.stderr
    assert run.url is None
    assert run.record["argv"] == ["python", "-m", "x"]


@pytest.mark.parametrize(("env", "message"), [
    ({**FULL, "AIRFLOW_DB_REQUIRED": "no"}, "AIRFLOW_DB_REQUIRED"),
    ({**FULL, "AIRFLOW_DB_ENGINE": "sqlite"}, "AIRFLOW_DB_ENGINE"),
    ({**FULL, "AIRFLOW_DB_PORT": "abc"}, "AIRFLOW_DB_PORT"),
    ({**FULL, "AIRFLOW_DB_PORT": "0"}, "AIRFLOW_DB_PORT"),
    ({**FULL, "AIRFLOW_DB_PORT": "65536"}, "AIRFLOW_DB_PORT"),
    ({**FULL, "AIRFLOW_DB_PORT": "99999999999999999999"}, "AIRFLOW_DB_PORT"),
])
def test_rejects_invalid_settings(run_wrapper, env, message):
    run = run_wrapper(env)
    assert run.returncode != 0 and message in run.stderr and run.record is None


def test_an_existing_url_is_left_alone(run_wrapper):
    preset = "postgresql+psycopg2://other:p%40ss@elsewhere:1234/x?sslmode=require"
    run = run_wrapper({**FULL, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": preset})
    assert run.returncode == 0, run.stderr
    assert run.url == preset
    assert "ignoring AIRFLOW_DB_" in run.stderr
    assert "AIRFLOW_DB_PASSWORD" not in run.record["env"]


@pytest.mark.parametrize("variant", ["_CMD", "_SECRET"])
def test_an_url_from_cmd_or_secret_is_not_overridden(run_wrapper, variant):
    name = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" + variant
    run = run_wrapper({name: "cat /run/secrets/db"})
    assert run.returncode == 0, run.stderr
    assert run.url is None  # a plain value would win over the _CMD/_SECRET one
    assert run.record["env"][name] == "cat /run/secrets/db"


@pytest.mark.parametrize("args", [
    [],
    ["api-server"],
    ["airflow", "db", "migrate"],
    ["bash", "-c", "echo 'two words' \"$HOME\""],
    ["-e", "--", "a b", "", "  padded  ", "*", "$HOME", "--opt=x y", "line\nbreak", "tab\there", "ü"],
], ids=["none", "one", "three", "bash-c", "hostile"])
def test_arguments_reach_the_entrypoint_unchanged(run_wrapper, args):
    run = run_wrapper(FULL, args)
    assert run.returncode == 0, run.stderr
    assert run.record["argv"] == args


def test_runs_no_external_command(run_wrapper, tmp_path):
    # With an empty PATH, any helper program (python3, sed, ...) would fail: the wrapper is pure
    # bash, so the password never lands on a command line where `ps` would show it.
    run = run_wrapper({**FULL, "AIRFLOW_DB_PASSWORD": "p@ss word%"}, ["x"], path=str(tmp_path / "empty"))
    assert run.returncode == 0, run.stderr
    assert make_url(run.url).password == "p@ss word%"


def test_tracing_from_the_environment_is_switched_off(run_wrapper):
    run = run_wrapper({**FULL, "SHELLOPTS": "xtrace"}, ["x"])  # the fixture checks the password
    assert run.returncode == 0, run.stderr
    assert "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in run.stderr
