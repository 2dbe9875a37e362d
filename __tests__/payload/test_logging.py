"""
config/log_config.py: what each Airflow process prints (what CloudWatch receives) is JSON lines.

One small deployment runs as in production, with the logging configuration and S3 remote logging
on (S3 is a moto server): the api-server, dag-processor, scheduler (LocalExecutor) and triggerer
run together until the scheduler has run the `tutorial` DAG. Then, with the api-server still up,
a task runs the way the ECS executor runs it: `python -m airflow.sdk.execution_time.execute_workload
--json-string <workload>`, without database credentials. Every line each of them printed, on
stdout or stderr, must be a JSON object with timestamp, level, logger and message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import httpx
import pytest

from conftest import AIRFLOW, VENV_BIN, Component, free_port, json_log_lines, wait_for

COMPONENTS = ("api-server", "dag-processor", "scheduler", "triggerer")
# A line each component logs once it really runs: proof that its own output was checked.
STARTED = {
    "api-server": "Application startup complete.",
    "dag-processor": "Starting the Dag Processor Job",
    "scheduler": "Starting the scheduler",
    "triggerer": "Starting the triggerer",
}


BUCKET = "airflow-logs"
NO_REMOTE_TASK_LOG = "does not expose a REMOTE_TASK_LOG"  # Airflow's warning when it is missing


@dataclass
class Deployment:
    components: dict[str, Component]
    hello: httpx.Response
    worker: subprocess.CompletedProcess
    worker_task_state: str
    worker_log_key: str
    s3_logs: dict[str, str]  # key in BUCKET -> content


def _unpause(dag_id: str) -> bool:
    from sqlalchemy import update

    from airflow.models.dag import DagModel
    from airflow.utils.session import create_session

    with create_session() as session:
        statement = update(DagModel).where(DagModel.dag_id == dag_id).values(is_paused=False)
        return session.execute(statement).rowcount == 1


def _scheduled_run_state(dag_id: str) -> str | None:
    from sqlalchemy import select

    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.types import DagRunType

    with create_session() as session:
        query = select(DagRun.state).where(DagRun.dag_id == dag_id, DagRun.run_type == DagRunType.SCHEDULED)
        return session.scalars(query).first()


def _queue_task(dag_id: str, task_id: str):
    """Triggers a run and queues one of its tasks as the scheduler would; returns (workload, ti id)."""
    from sqlalchemy import select

    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.executors.executor_loader import ExecutorLoader
    from airflow.executors.workloads import ExecuteTask
    from airflow.models.taskinstance import TaskInstance as TI
    from airflow.utils.session import create_session
    from airflow.utils.state import TaskInstanceState
    from airflow.utils.types import DagRunTriggeredByType

    with create_session() as session:
        run = trigger_dag(dag_id, triggered_by=DagRunTriggeredByType.TEST, session=session)
        query = select(TI).where(TI.dag_id == dag_id, TI.run_id == run.run_id, TI.task_id == task_id)
        ti = session.scalars(query).one()
        ti.state = TaskInstanceState.QUEUED
        ti.try_number += 1
        session.flush()
        # The executor's own token generator: the secret, audience and issuer of production.
        generator = ExecutorLoader.get_default_executor().jwt_generator
        return ExecuteTask.make(ti, generator=generator), ti.id


def _task_state(ti_id) -> str:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        return session.get(TaskInstance, ti_id).state


def _s3(endpoint: str):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )


def _reachable(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture(scope="module")
def deployment(airflow_setup, airflow_in_process, tmp_path_factory) -> Deployment:
    workdir = tmp_path_factory.mktemp("deployment")
    s3_port = free_port()
    s3_endpoint = f"http://127.0.0.1:{s3_port}"
    env = {
        **airflow_setup.env,
        "AIRFLOW__CORE__PARALLELISM": "2",  # LocalExecutor forks this many workers
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        # Remote task logs as deployed; there the connection has no keys and the task role signs.
        "AIRFLOW__LOGGING__REMOTE_LOGGING": "True",
        "AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER": f"s3://{BUCKET}/logs",
        "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID": "aws_logs",
        "AIRFLOW_CONN_AWS_LOGS": json.dumps(
            {"conn_type": "aws", "extra": {"endpoint_url": s3_endpoint, "region_name": "us-east-1"}}
        ),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    api = env["AIRFLOW__API__BASE_URL"]
    moto_server = [str(VENV_BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(s3_port)]
    components: dict[str, Component] = {"s3": Component("s3", moto_server, {}, workdir)}
    try:
        wait_for(lambda: _reachable(s3_endpoint), timeout=30, interval=0.3, what="the S3 emulator")
        _s3(s3_endpoint).create_bucket(Bucket=BUCKET)

        for name in COMPONENTS:
            components[name] = Component(name, [AIRFLOW, name], env, workdir)

        def healthy() -> bool:
            for component in components.values():
                assert component.running(), (
                    f"{component.name} exited:\n{component.stdout[-3000:]}{component.stderr[-3000:]}"
                )
            return _reachable(f"{api}/api/v2/monitor/health")

        wait_for(healthy, timeout=120, what="the api-server")
        hello = httpx.get(f"{api}/hello/", timeout=10)

        # The dag-processor registers the DAG (unless another test did); the scheduler then runs
        # it once, as it is due.
        wait_for(lambda: _unpause("tutorial"), timeout=90, what="the dag-processor to register `tutorial`")
        wait_for(
            lambda: healthy() and _scheduled_run_state("tutorial") in ("success", "failed"),
            timeout=150,
            interval=2,
            what="the scheduler to run `tutorial`",
        )
        assert _scheduled_run_state("tutorial") == "success", components["scheduler"].stdout[-5000:]
        for name in ("scheduler", "dag-processor", "triggerer"):
            components[name].stop()

        # An ECS task's command, and no database credentials.
        workload, ti_id = _queue_task("tutorial_taskflow_api", "extract")
        worker = subprocess.run(
            [
                sys.executable,
                "-m",
                "airflow.sdk.execution_time.execute_workload",
                "--json-string",
                workload.model_dump_json(),
            ],
            env={k: v for k, v in env.items() if k != "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"},
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=180,
        )
        (workdir / "worker.stdout").write_text(worker.stdout)
        (workdir / "worker.stderr").write_text(worker.stderr)

        s3 = _s3(s3_endpoint)
        keys = [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
        return Deployment(
            components={name: components[name] for name in COMPONENTS},
            hello=hello,
            worker=worker,
            worker_task_state=_task_state(ti_id),
            worker_log_key=f"logs/{workload.log_path}",
            s3_logs={key: s3.get_object(Bucket=BUCKET, Key=key)["Body"].read().decode() for key in keys},
        )
    finally:
        for component in components.values():
            component.stop()


def test_the_api_server_serves_the_plugin(deployment):
    assert deployment.hello.status_code == 200
    assert deployment.hello.text == "Hello, world"


@pytest.mark.parametrize("name", COMPONENTS)
def test_component_output_is_json_lines(deployment, name):
    component = deployment.components[name]
    records = json_log_lines(component.stdout, f"{name} stdout")
    records += json_log_lines(component.stderr, f"{name} stderr")
    messages = [record["message"] for record in records]
    assert STARTED[name] in messages
    assert all(record["message"] == record["event"] for record in records)


def test_worker_runs_the_task(deployment):
    worker = deployment.worker
    assert worker.returncode == 0, worker.stdout[-5000:] + worker.stderr[-3000:]
    assert deployment.worker_task_state == "success"


def test_worker_output_is_json_lines(deployment):
    worker = deployment.worker
    records = json_log_lines(worker.stdout, "worker stdout") + json_log_lines(worker.stderr, "worker stderr")
    # The task's own lines are among them: the supervisor forwards them to stdout.
    messages = [record["message"] for record in records]
    assert "Done. Returned value was: {'1001': 301.27, '1002': 433.21, '1003': 502.22}" in messages
    assert "Executing workload" in messages


def test_task_logs_reach_s3_in_airflows_own_format(deployment):
    logs = deployment.s3_logs
    assert deployment.worker_log_key in logs, sorted(logs)
    for task_id in ("print_date", "sleep", "templated"):  # run by the scheduler's LocalExecutor
        assert any("dag_id=tutorial/" in key and f"/task_id={task_id}/" in key for key in logs), sorted(logs)
    for key, content in logs.items():
        # The UI reads these files; it prints unknown keys, so they get no "message" copy.
        records = json_log_lines(content, key, keys=("timestamp", "level", "event"))
        assert records
        assert not any("message" in record for record in records)
    assert "Done. Returned value was" in logs[deployment.worker_log_key]


def test_remote_logging_finds_the_modules_remote_task_log(deployment):
    # Airflow warns when a custom logging module lacks REMOTE_TASK_LOG while remote logging is on.
    outputs = [c.stdout + c.stderr for c in deployment.components.values()]
    outputs.append(deployment.worker.stdout + deployment.worker.stderr)
    assert not any(NO_REMOTE_TASK_LOG in output for output in outputs)


def test_db_migrate_output_is_json_lines(airflow_setup):
    records = json_log_lines(airflow_setup.migrate.stdout, "db migrate stdout")
    json_log_lines(airflow_setup.migrate.stderr, "db migrate stderr")
    assert "Database migration done!" in [record["message"] for record in records]


@pytest.mark.parametrize(
    "line",
    [
        "2026-01-01T00:00:00Z [info     ] plain console output",
        '{"timestamp": "2026-01-01T00:00:00Z", "level": "info", "event": "no message", "logger": "x"}',
        '{"timestamp": "yesterday", "level": "info", "message": "m", "logger": "x"}',
        '["not", "an", "object"]',
    ],
)
def test_the_line_check_rejects_other_output(line):
    good = '{"timestamp": "2026-01-01T00:00:00Z", "level": "info", "message": "m", "logger": "x"}'
    assert len(json_log_lines(good, "good")) == 1
    with pytest.raises(AssertionError, match="1 of 2 lines"):
        json_log_lines(f"{good}\n{line}\n", "mixed")
