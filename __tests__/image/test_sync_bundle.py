"""The image's sync-bundle.py against moto in server mode (real HTTP, real boto3), into a real folder."""

import importlib.util
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "airflow-image" / "sync-bundle.py"

spec = importlib.util.spec_from_file_location("sync_bundle", SCRIPT)
sync_bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sync_bundle)


@pytest.fixture(scope="module")
def endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="test", aws_secret_access_key="test")


@pytest.fixture
def bucket(s3):
    name = f"bundle-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def put(s3, bucket, relative, body):
    s3.put_object(Bucket=bucket, Key=f"bundle/{relative}", Body=body)


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_copies_then_only_changes_and_deletes_what_the_prefix_dropped(s3, bucket, tmp_path):
    put(s3, bucket, "dags/a.py", "a = 1\n")
    put(s3, bucket, "dags/team/b.py", "b = 1\n")
    put(s3, bucket, "plugins/p.py", "p = 1\n")
    # The deploy's records sit beside the bundle's folders: not part of it.
    put(s3, bucket, ".airflow-fargate-synced", "a deploy's record")
    s3.put_object(Bucket=bucket, Key="task-logs/x.log", Body="not the bundle")
    (tmp_path / ".airflow-fargate-loaded").write_text("copied by an older sync")

    first = sync_bundle.sync(s3, bucket, "bundle/", tmp_path)
    assert first == {"copied": ["dags/a.py", "dags/team/b.py", "plugins/p.py"], "deleted": [".airflow-fargate-loaded"]}
    assert tree(tmp_path)["dags/team/b.py"] == "b = 1\n"

    assert sync_bundle.sync(s3, bucket, "bundle/", tmp_path) == {"copied": [], "deleted": []}

    put(s3, bucket, "dags/a.py", "a = 2\n")
    s3.delete_object(Bucket=bucket, Key="bundle/dags/team/b.py")
    (tmp_path / "dags" / "__pycache__").mkdir()
    (tmp_path / "dags" / "__pycache__" / "a.cpython-312.pyc").write_bytes(b"kept")
    second = sync_bundle.sync(s3, bucket, "bundle/", tmp_path)
    assert second == {"copied": ["dags/a.py"], "deleted": ["dags/team/b.py"]}
    assert tree(tmp_path) == {
        "dags/__pycache__/a.cpython-312.pyc": "kept",
        "dags/a.py": "a = 2\n",
        "plugins/p.py": "p = 1\n",
    }
    assert not (tmp_path / "dags" / "team").exists(), "a folder left empty is removed"
    assert not list(tmp_path.rglob("*.sync-tmp"))


def test_a_reader_never_sees_half_a_file(s3, bucket, tmp_path):
    versions = [(f"# version {i}\n" + "x = 1\n" * 400_000).encode() for i in range(6)]
    target = tmp_path / "dags" / "big.py"
    seen, stop = set(), threading.Event()

    def read_continuously():
        while not stop.is_set():
            if target.exists():
                seen.add(target.read_bytes())

    reader = threading.Thread(target=read_continuously)
    reader.start()
    try:
        for body in versions:
            put(s3, bucket, "dags/big.py", body)
            sync_bundle.sync(s3, bucket, "bundle/", tmp_path)
    finally:
        stop.set()
        reader.join()
    assert len(seen) > 1, "the reader ran during the syncs"
    assert seen <= set(versions), "every read saw one whole version"


def test_command_line_reports_and_refuses_a_bad_url(endpoint, s3, bucket, tmp_path):
    put(s3, bucket, "dags/a.py", "a = 1\n")
    env = {"PATH": "/usr/bin:/bin", "AWS_ENDPOINT_URL": endpoint, "AWS_REGION": "us-east-1",
           "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
    done = subprocess.run([sys.executable, str(SCRIPT), f"s3://{bucket}/bundle", str(tmp_path / "vol")],
                          env=env, capture_output=True, text=True, check=True)
    assert "1 copied, 0 deleted" in done.stdout
    assert (tmp_path / "vol" / "dags" / "a.py").read_text() == "a = 1\n"

    bad = subprocess.run([sys.executable, str(SCRIPT), "bucket/bundle", str(tmp_path / "vol")],
                         env=env, capture_output=True, text=True)
    assert bad.returncode != 0
    assert "is not s3://<bucket>/<prefix>/" in bad.stderr
