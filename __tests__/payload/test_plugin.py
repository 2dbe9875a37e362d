"""plugins/hello_plugin.py, served by the application the api-server builds."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def client(airflow_in_process):
    from fastapi.testclient import TestClient

    from airflow import plugins_manager
    from airflow.api_fastapi.app import create_app, purge_cached_app

    # What `airflow api-server` serves (apps "all"), with the plugins found in [core] plugins_folder.
    assert plugins_manager.conf.get("core", "plugins_folder").endswith("/plugins")
    with TestClient(create_app(apps="all"), base_url="http://testserver") as test_client:
        yield test_client
    purge_cached_app()


def test_the_plugin_loads_from_plugins_folder(airflow_in_process):
    from airflow import plugins_manager

    info = {plugin["name"]: plugin for plugin in plugins_manager.get_plugin_info()}
    assert plugins_manager.get_import_errors() == {}
    assert [app["url_prefix"] for app in info["hello"]["fastapi_apps"]] == ["/hello"]


def test_hello_answers_plain_text(client):
    response = client.get("/hello/")
    assert response.status_code == 200
    assert response.text == "Hello, world"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("path", ["/hello", "/hello-not/"])
def test_other_paths_are_not_the_plugin(client, path):
    # The mount matches "/hello/..." only; the UI's catch-all answers the rest with its page.
    response = client.get(path)
    assert response.text != "Hello, world"
