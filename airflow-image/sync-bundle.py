"""Copies the DAG bundle (dags/, plugins/, config/) from an S3 prefix into a folder, the shared volume.

    python /opt/airflow/sync-bundle.py s3://<bucket>/bundle/ /opt/airflow/bundle

Only files whose content differs (their MD5 against the object's ETag) are copied. Each is
downloaded to a hidden temporary name beside its target, then renamed over it: a rename is atomic,
so the dag-processor, reading the folder meanwhile, sees the old file or the new one, never half
of one. Files the prefix no longer has are deleted, then folders left empty. Only the bundle's
folders are copied: the deploy keeps records of its own beside them in the prefix. Credentials
come from the task role; AWS_ENDPOINT_URL points it at an emulator.
"""

import hashlib
import os
import sys
from pathlib import Path

import boto3

TEMP_SUFFIX = ".sync-tmp"
BUNDLE_FOLDERS = ("dags", "plugins", "config")


def parse_url(url: str) -> tuple[str, str]:
    if not url.startswith("s3://") or "/" not in url[5:]:
        raise SystemExit(f"sync-bundle: {url!r} is not s3://<bucket>/<prefix>/")
    bucket, prefix = url[5:].split("/", 1)
    return bucket, prefix if not prefix or prefix.endswith("/") else prefix + "/"


def remote_files(s3, bucket: str, prefix: str) -> dict[str, str]:
    """Relative path to ETag of every object under the prefix."""
    found = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            relative = item["Key"][len(prefix):]
            if relative.split("/")[0] in BUNDLE_FOLDERS and not relative.endswith("/"):
                found[relative] = item["ETag"].strip('"')
    return found


def local_files(root: Path) -> dict[str, Path]:
    return {
        path.relative_to(root).as_posix(): path
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(TEMP_SUFFIX)
    }


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def sync(s3, bucket: str, prefix: str, root: Path) -> dict[str, list[str]]:
    remote = remote_files(s3, bucket, prefix)
    local = local_files(root)
    copied, deleted = [], []
    for relative, etag in sorted(remote.items()):
        target = root / relative
        if relative in local and md5(target) == etag:
            continue
        if not target.resolve().is_relative_to(root.resolve()):
            raise SystemExit(f"sync-bundle: object {prefix}{relative} would land outside {root}")
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}{TEMP_SUFFIX}")
        s3.download_file(bucket, prefix + relative, str(temporary))
        os.replace(temporary, target)
        copied.append(relative)
    for relative in sorted(set(local) - set(remote)):
        local[relative].unlink()
        deleted.append(relative)
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return {"copied": copied, "deleted": deleted}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        raise SystemExit("usage: sync-bundle.py s3://<bucket>/<prefix>/ <folder>")
    bucket, prefix = parse_url(argv[1])
    root = Path(argv[2])
    root.mkdir(parents=True, exist_ok=True)
    result = sync(boto3.client("s3"), bucket, prefix, root)
    print(f"sync-bundle: {len(result['copied'])} copied, {len(result['deleted'])} deleted, into {root}", flush=True)
    for relative in result["copied"]:
        print(f"  copied {relative}")
    for relative in result["deleted"]:
        print(f"  deleted {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
