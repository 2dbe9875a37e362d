"""
Sign-in for the FAB auth manager (``[fab] config_file`` points here).

Password accounts stored in the metadata database by default. Google sign-in when both
``GOOGLE_OAUTH_CLIENT_ID`` and ``GOOGLE_OAUTH_CLIENT_SECRET`` are set:

* ``AIRFLOW_OAUTH_DEFAULT_ROLE``: role given to a Google account on its first sign-in (Viewer).
* ``GOOGLE_OAUTH_ALLOWED_DOMAINS``: optional comma-separated e-mail domains allowed to sign in.

The Google client must allow the redirect URI ``https://<host>/auth/oauth-authorized/google``.
Only one of the two credentials set is a deployment mistake, so it stops the process instead of
silently falling back to passwords.
"""

from __future__ import annotations

import os
import re

from flask_appbuilder.const import AUTH_DB, AUTH_OAUTH

WTF_CSRF_ENABLED = True
WTF_CSRF_TIME_LIMIT = None

AUTH_TYPE = AUTH_DB

_client_id = os.environ.get("GOOGLE_OAUTH_CLIENT_ID", "").strip()
_client_secret = os.environ.get("GOOGLE_OAUTH_CLIENT_SECRET", "").strip()

if bool(_client_id) != bool(_client_secret):
    _missing = "GOOGLE_OAUTH_CLIENT_SECRET" if _client_id else "GOOGLE_OAUTH_CLIENT_ID"
    raise RuntimeError(
        f"Google sign-in is half configured: {_missing} is empty or unset. "
        "Set both GOOGLE_OAUTH_CLIENT_ID and GOOGLE_OAUTH_CLIENT_SECRET, "
        "or neither for password sign-in."
    )

if _client_id:
    AUTH_TYPE = AUTH_OAUTH
    AUTH_USER_REGISTRATION = True
    AUTH_USER_REGISTRATION_ROLE = os.environ.get("AIRFLOW_OAUTH_DEFAULT_ROLE", "").strip() or "Viewer"

    _google: dict = {
        "name": "google",
        "icon": "fa-google",
        "token_key": "access_token",
        "remote_app": {
            "client_id": _client_id,
            "client_secret": _client_secret,
            # FAB reads the profile from <api_base_url>userinfo.
            "api_base_url": "https://www.googleapis.com/oauth2/v2/",
            "client_kwargs": {"scope": "email profile"},
            "access_token_url": "https://oauth2.googleapis.com/token",
            "authorize_url": "https://accounts.google.com/o/oauth2/auth",
            "request_token_url": None,
        },
    }

    _domains = [
        d.strip().lstrip("@").lower()
        for d in os.environ.get("GOOGLE_OAUTH_ALLOWED_DOMAINS", "").split(",")
        if d.strip().lstrip("@")
    ]
    if _domains:
        # FAB refuses any account whose e-mail does not match one of these (searched with a "$" appended).
        _google["whitelist"] = [f"@{re.escape(d)}" for d in _domains]
        if len(_domains) == 1:
            # Only preselects the account on Google's side; the whitelist is what enforces it.
            _google["remote_app"]["authorize_params"] = {"hd": _domains[0]}

    OAUTH_PROVIDERS = [_google]
