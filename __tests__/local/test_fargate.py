"""The local runner's Fargate rules with real processes (small bash containers, no Airflow)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "local"))

from fargate import Host, LocalTask, SecretError, container_environment, split_value_from  # noqa: E402
from proxy import patch_tasks  # noqa: E402

NAMESPACE = "airflow-local.airflow.internal"
SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow-fargate/airflow-local/database-AbCdEf"


@pytest.fixture
def host(tmp_path: Path) -> Host:
    (tmp_path / "home").mkdir()
    return Host(
        state=tmp_path, aws_endpoint="http://127.0.0.1:1", region="us-east-1", namespace=NAMESPACE, ports={8080: 18080}
    )


def shell(name: str, script: str, **extra) -> dict:
    return {"name": name, "entryPoint": ["bash", "-c"], "command": [script], **extra}


def after_init(main_script: str, init_script: str) -> list[dict]:
    """A main container that needs its init container to succeed, as our task definitions have it."""
    return [
        shell("main", main_script, dependsOn=[{"containerName": "init", "condition": "SUCCESS"}]),
        shell("init", init_script, essential=False),
    ]


def run(task: LocalTask, seconds: float = 20) -> LocalTask:
    deadline = time.time() + seconds
    while task.status != "STOPPED" and time.time() < deadline:
        task.step()
        time.sleep(0.1)
    return task


def new_task(host: Host, containers: list[dict], secrets: dict | None = None) -> tuple[LocalTask, list[str]]:
    said: list[str] = []
    task = LocalTask("t", {"containerDefinitions": containers}, {}, host, lambda d: secrets or {}, said.append)
    return task, said


def test_value_from_names_the_secret_and_json_key_the_way_ecs_reads_it():
    assert split_value_from(f"{SECRET}:password::") == ("secretsmanager", SECRET, "password", None, None)
    assert split_value_from(SECRET) == ("secretsmanager", SECRET, None, None, None)
    assert split_value_from("arn:aws:ssm:us-east-1:123456789012:parameter/team/token")[:2] == ("ssm", "/team/token")
    with pytest.raises(SecretError, match="not-an-arn"):
        split_value_from("not-an-arn")


def test_cloud_map_names_ports_and_image_paths_map_to_this_machine(host: Host):
    assert host.rewrite(f"http://api-server.{NAMESPACE}:8080/execution/") == "http://127.0.0.1:18080/execution/"
    check = "curl --fail http://localhost:8080/api/v2/monitor/health; /opt/airflow/entrypoint-wrapper.sh airflow"
    assert host.rewrite(check) == (
        f"curl --fail http://localhost:18080/api/v2/monitor/health; {REPO}/airflow-image/entrypoint-wrapper.sh airflow"
    )


def test_a_container_gets_its_definition_not_this_shell_and_the_local_database(host: Host, monkeypatch):
    monkeypatch.setenv("LEAKED_FROM_THE_SHELL", "1")
    definition = {
        "environment": [{"name": "AIRFLOW_DB_HOST", "value": f"database.{NAMESPACE}"}, {"name": "A", "value": "1"}]
    }
    env = container_environment(definition, {"environment": [{"name": "A", "value": "2"}]}, {"S": "secret"}, host)
    assert "LEAKED_FROM_THE_SHELL" not in env
    assert env["A"] == "2"  # the RunTask override wins
    assert env["S"] == "secret"
    assert (env["AIRFLOW_DB_HOST"], env["AIRFLOW_DB_NAME"], env["AIRFLOW_DB_USER"]) == (
        "127.0.0.1",
        "airflow_local",
        "postgres",
    )


def test_the_main_container_waits_for_its_init_container_and_the_task_reports_real_exit_codes(host: Host):
    task, said = new_task(host, after_init("test -f init-ran && exit 7", "touch init-ran"))
    run(task)
    assert [c.exit_code for c in task.containers] == [7, 0]
    assert said.index("init: exited with code 0") < said.index("main: started (log %s)" % (task.logs / "main.log"))
    answer = task.describe({"taskArn": "arn", "lastStatus": "RUNNING", "containers": [{"name": "main", "exitCode": 0}]})
    assert answer["lastStatus"] == answer["desiredStatus"] == "STOPPED"
    assert answer["stopCode"] == "EssentialContainerExited"
    assert [c.get("exitCode") for c in answer["containers"]] == [7, 0]


def test_a_failed_init_container_keeps_the_main_one_from_starting(host: Host):
    task, _ = new_task(host, after_init("sleep 30", "exit 1"))
    run(task)
    assert task.container("main").process is None
    assert task.stop_code == "TaskFailedToStart"


def test_an_essential_container_exiting_stops_the_others(host: Host):
    task, _ = new_task(host, [shell("main", "sleep 0.5"), shell("sidecar", "sleep 60", essential=False)])
    began = time.time()
    run(task)
    assert time.time() - began < 15
    assert task.container("sidecar").exit_code == 143  # SIGTERM, as `docker stop` sends


def test_while_running_describe_tasks_shows_no_exit_code_whatever_the_emulator_says(host: Host):
    task, _ = new_task(host, [shell("main", "sleep 30")])
    task.step()
    body = b'{"tasks": [{"taskArn": "arn", "lastStatus": "RUNNING", "containers": [{"name": "main", "exitCode": 0}]}]}'
    patched = patch_tasks(body, task.describe)
    task.stop("test over")
    assert b'"exitCode"' not in patched
    assert b'"lastStatus": "RUNNING"' in patched
