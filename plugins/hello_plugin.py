"""An api-server plugin: a FastAPI app mounted at /hello that answers GET /hello/ with plain text."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

from airflow.plugins_manager import AirflowPlugin

hello_app = FastAPI(title="Hello", docs_url=None, redoc_url=None, openapi_url=None)


@hello_app.get("/", response_class=PlainTextResponse)
def hello() -> str:
    return "Hello, world"


class HelloPlugin(AirflowPlugin):
    name = "hello"
    # The api-server mounts each app under its prefix. Prefixes starting with /api/v2, /ui,
    # /execution, /auth or /pluginsv2 are reserved and skipped.
    fastapi_apps = [{"app": hello_app, "url_prefix": "/hello", "name": "Hello, world"}]
