"""The local runner's stand-in for EFS: the sync task (the image's sync-bundle.py, as the deploy's
task definition runs it) fills a folder from the emulated S3 prefix, and the components' tasks
read their DAGs from that same folder. Real processes, moto's threaded server over HTTP."""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "local"))

from fargate import Host, LocalTask  # noqa: E402

BUNDLE = "/opt/airflow/bundle"
VOLUME = {
    "name": "bundle",
    "efsVolumeConfiguration": {
        "fileSystemId": "fs-0123",
        "transitEncryption": "ENABLED",
        "authorizationConfig": {"accessPointId": "fsap-0456", "iam": "DISABLED"},
    },
}


@pytest.fixture(scope="module")
def endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def host(tmp_path: Path, endpoint: str) -> Host:
    (tmp_path / "home").mkdir()
    return Host(state=tmp_path, aws_endpoint=endpoint, region="us-east-1", namespace="")


def run(task: LocalTask, seconds: float = 60) -> LocalTask:
    deadline = time.time() + seconds
    while task.status != "STOPPED" and time.time() < deadline:
        task.step()
        time.sleep(0.1)
    assert task.status == "STOPPED", f"{task.label} still {task.status}"
    return task


def sync_task(host: Host, bucket: str) -> LocalTask:
    """As actions/lib/bundle-sync.ts defines it (the image's entrypoint, its command, the volume writable)."""
    container = {
        "name": "sync",
        "command": ["python", "/opt/airflow/sync-bundle.py", f"s3://{bucket}/bundle/", BUNDLE],
        "environment": [
            {"name": "AIRFLOW_DB_REQUIRED", "value": "false"},
            {"name": "CONNECTION_CHECK_MAX_COUNT", "value": "0"},
        ],
        "mountPoints": [{"sourceVolume": "bundle", "containerPath": BUNDLE, "readOnly": False}],
    }
    return LocalTask("sync", {"containerDefinitions": [container], "volumes": [VOLUME]}, {}, host, lambda d: {}, print)


def reader_task(host: Host) -> LocalTask:
    """A component: lists its DAG folder (Airflow's setting, pointing into the volume)."""
    container = {
        "name": "reader",
        "entryPoint": ["bash", "-c"],
        "command": ['ls "$AIRFLOW__CORE__DAGS_FOLDER" > listing && cat "$AIRFLOW__CORE__DAGS_FOLDER"/*.py >> listing'],
        "environment": [{"name": "AIRFLOW__CORE__DAGS_FOLDER", "value": f"{BUNDLE}/dags"}],
        "mountPoints": [{"sourceVolume": "bundle", "containerPath": BUNDLE, "readOnly": True}],
    }
    return LocalTask("reader", {"containerDefinitions": [container], "volumes": [VOLUME]}, {}, host, lambda d: {}, print)


def test_the_sync_task_fills_the_folder_the_components_read_and_a_deleted_dag_disappears(host: Host, endpoint: str):
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                      aws_access_key_id="local", aws_secret_access_key="local")
    bucket = f"bundle-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="bundle/dags/first.py", Body="first = 1\n")
    s3.put_object(Bucket=bucket, Key="bundle/dags/second.py", Body="second = 1\n")

    assert [c.exit_code for c in run(sync_task(host, bucket)).containers] == [0]
    folder = host.state / "efs" / "fs-0123" / "fsap-0456"
    assert sorted(p.name for p in (folder / "dags").iterdir()) == ["first.py", "second.py"]
    run(reader_task(host))
    assert (host.home / "listing").read_text() == "first.py\nsecond.py\nfirst = 1\nsecond = 1\n"

    s3.put_object(Bucket=bucket, Key="bundle/dags/first.py", Body="first = 2\n")
    s3.delete_object(Bucket=bucket, Key="bundle/dags/second.py")
    run(sync_task(host, bucket))
    run(reader_task(host))
    assert (host.home / "listing").read_text() == "first.py\nfirst = 2\n"


def test_a_failed_sync_reports_its_exit_code(host: Host):
    task = run(sync_task(host, "no-such-bucket"))
    assert task.containers[0].exit_code not in (None, 0)
