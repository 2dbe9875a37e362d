"""config/webserver_config.py: password sign-in by default, Google sign-in from the environment."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import textwrap
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from flask_appbuilder.const import AUTH_DB, AUTH_OAUTH

from conftest import JSON_LOGGING, REPO

CONFIG_FILE = REPO / "config" / "webserver_config.py"
OAUTH_VARS = (
    "GOOGLE_OAUTH_CLIENT_ID",
    "GOOGLE_OAUTH_CLIENT_SECRET",
    "AIRFLOW_OAUTH_DEFAULT_ROLE",
    "GOOGLE_OAUTH_ALLOWED_DOMAINS",
)
CLIENT_ID = "1234-test.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-not-a-real-secret"


@pytest.fixture
def load_config(monkeypatch):
    """Executes the config file as a new module with exactly the given OAuth variables set."""

    def load(**env: str):
        for name in OAUTH_VARS:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        spec = importlib.util.spec_from_file_location(f"webserver_config_{uuid.uuid4().hex}", CONFIG_FILE)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


def test_password_sign_in_by_default(load_config):
    config = load_config()
    assert config.AUTH_TYPE == AUTH_DB
    assert not hasattr(config, "OAUTH_PROVIDERS")
    assert not getattr(config, "AUTH_USER_REGISTRATION", False)


def test_empty_values_count_as_unset(load_config):
    config = load_config(GOOGLE_OAUTH_CLIENT_ID="", GOOGLE_OAUTH_CLIENT_SECRET="  ")
    assert config.AUTH_TYPE == AUTH_DB


def test_google_sign_in_when_both_credentials_are_set(load_config):
    config = load_config(GOOGLE_OAUTH_CLIENT_ID=CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET=CLIENT_SECRET)
    assert config.AUTH_TYPE == AUTH_OAUTH
    assert config.AUTH_USER_REGISTRATION is True
    assert config.AUTH_USER_REGISTRATION_ROLE == "Viewer"
    [google] = config.OAUTH_PROVIDERS
    assert google["name"] == "google"
    assert google["remote_app"]["client_id"] == CLIENT_ID
    assert google["remote_app"]["client_secret"] == CLIENT_SECRET
    assert "whitelist" not in google


def test_registration_role_comes_from_the_environment(load_config):
    config = load_config(
        GOOGLE_OAUTH_CLIENT_ID=CLIENT_ID,
        GOOGLE_OAUTH_CLIENT_SECRET=CLIENT_SECRET,
        AIRFLOW_OAUTH_DEFAULT_ROLE="Op",
    )
    assert config.AUTH_USER_REGISTRATION_ROLE == "Op"


def test_allowed_domains_restrict_the_e_mail_addresses(load_config):
    config = load_config(
        GOOGLE_OAUTH_CLIENT_ID=CLIENT_ID,
        GOOGLE_OAUTH_CLIENT_SECRET=CLIENT_SECRET,
        GOOGLE_OAUTH_ALLOWED_DOMAINS="Example.com",
    )
    [google] = config.OAUTH_PROVIDERS
    assert google["remote_app"]["authorize_params"] == {"hd": "example.com"}

    # Flask-AppBuilder's check: re.search(entry + "$", email) for some entry.
    def allowed(email: str) -> bool:
        return any(re.search(entry + "$", email) for entry in google["whitelist"])

    assert allowed("ada@example.com")
    assert not allowed("ada@example.com.evil.org")
    assert not allowed("ada@notexample.com")
    assert not allowed("ada@exampleXcom")


def test_several_allowed_domains(load_config):
    config = load_config(
        GOOGLE_OAUTH_CLIENT_ID=CLIENT_ID,
        GOOGLE_OAUTH_CLIENT_SECRET=CLIENT_SECRET,
        GOOGLE_OAUTH_ALLOWED_DOMAINS="example.com, @example.org",
    )
    [google] = config.OAUTH_PROVIDERS
    assert google["whitelist"] == [r"@example\.com", r"@example\.org"]
    assert "authorize_params" not in google["remote_app"]  # Google's hint takes a single domain


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ("GOOGLE_OAUTH_CLIENT_ID", "GOOGLE_OAUTH_CLIENT_SECRET"),
        ("GOOGLE_OAUTH_CLIENT_SECRET", "GOOGLE_OAUTH_CLIENT_ID"),
    ],
)
def test_half_configured_google_sign_in_fails_loudly(load_config, present, missing):
    with pytest.raises(RuntimeError, match=missing) as error:
        load_config(**{present: CLIENT_SECRET})
    assert CLIENT_SECRET not in str(error.value)


# What the api-server builds from the file: run in a fresh process, since Flask-AppBuilder
# keeps state per process.
SIGN_IN_PROBE = textwrap.dedent(
    """
    import json, sys
    from fastapi.testclient import TestClient
    from airflow.api_fastapi.app import create_app

    with TestClient(create_app(apps="all"), base_url="http://testserver") as client:
        login = client.get("/auth/login/google", follow_redirects=False)
    with open(sys.argv[1], "w") as out:
        json.dump({"status": login.status_code, "location": login.headers.get("location", "")}, out)
    """
)


@pytest.mark.skipif(
    importlib.util.find_spec("authlib") is None,
    reason="Authlib is missing: Flask-AppBuilder needs it for OAuth (apache-airflow-providers-fab[oauth])",
)
def test_the_api_server_sends_google_sign_in_to_google(airflow_setup, tmp_path):
    env = {k: v for k, v in airflow_setup.env.items() if k not in JSON_LOGGING}
    env.update(
        GOOGLE_OAUTH_CLIENT_ID=CLIENT_ID,
        GOOGLE_OAUTH_CLIENT_SECRET=CLIENT_SECRET,
        GOOGLE_OAUTH_ALLOWED_DOMAINS="example.com",
    )
    result_file = tmp_path / "login.json"
    probe = subprocess.run(
        [sys.executable, "-c", SIGN_IN_PROBE, str(result_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stdout[-3000:] + probe.stderr[-3000:]
    login = json.loads(result_file.read_text())

    assert login["status"] == 302
    target = urlsplit(login["location"])
    assert (target.scheme, target.netloc, target.path) == ("https", "accounts.google.com", "/o/oauth2/auth")
    query = parse_qs(target.query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == ["http://testserver/auth/oauth-authorized/google"]
    assert query["hd"] == ["example.com"]
    assert CLIENT_SECRET not in login["location"]
