"""Static checks of the image definition (there is no Docker engine here to build it)."""

import json
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
IMAGE_DIR = REPO / "airflow-image"
DOCKERFILE = IMAGE_DIR / "Dockerfile"
WRAPPER = IMAGE_DIR / "entrypoint-wrapper.sh"
BIN = Path(sys.executable).parent
SECRET_NAME = re.compile(
    r"PASSW|PWD|SECRET|TOKEN|API_?KEY|ACCESS_KEY|PRIVATE|FERNET|CREDENTIAL|SQL_ALCHEMY_CONN|_CONN\b",
    re.IGNORECASE)


def instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction; comments dropped, continuation lines joined."""
    result, pending = [], ""
    for line in text.splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        keyword, _, args = (pending + line).strip().partition(" ")
        result.append((keyword.upper(), args.strip()))
        pending = ""
    return result


def assignments(keyword: str, args: str) -> list[tuple[str, str | None]]:
    """The (name, value) pairs an ENV or ARG instruction sets; value None for an ARG without default."""
    tokens = shlex.split(args)
    if keyword == "ENV" and tokens and "=" not in tokens[0]:  # legacy form: ENV NAME value words
        return [(tokens[0], " ".join(tokens[1:]))]
    return [(t.partition("=")[0], t.partition("=")[2] if "=" in t else None) for t in tokens]


def secret_assignments(text: str) -> list[str]:
    found = []
    for keyword, args in instructions(text):
        if keyword in ("ENV", "ARG"):
            for name, value in assignments(keyword, args):
                if value and (SECRET_NAME.search(name) or re.search(r"://[^/\s]*:[^/\s]*@", value)):
                    found.append(f"{keyword} {name}")
    return found


def lint(cmd: list[str]) -> subprocess.CompletedProcess:
    if not Path(cmd[0]).exists():
        pytest.fail(f"{cmd[0]} missing: run `bash scripts/setup-python.sh`")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_hadolint_is_clean():
    result = lint([str(BIN / "hadolint"), "--no-color", "--failure-threshold", "style", str(DOCKERFILE)])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_hadolint_ignores_carry_a_reason():
    lines = DOCKERFILE.read_text().splitlines()
    for i, line in enumerate(lines):
        if "hadolint ignore" in line:
            assert i > 0 and lines[i - 1].lstrip().startswith("#") and "hadolint" not in lines[i - 1], \
                f"line {i + 1}: explain the ignore in a comment just above it"


def test_shellcheck_is_clean():
    result = lint([str(BIN / "shellcheck"), "--norc", "--severity=style", str(WRAPPER)])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_base_image_matches_the_test_bed_airflow():
    steps = instructions(DOCKERFILE.read_text())
    froms = [args for keyword, args in steps if keyword == "FROM"]
    assert len(froms) == 1, "expected a single-stage build"
    defaults = {}
    for keyword, args in steps[:[k for k, _ in steps].index("FROM")]:
        if keyword == "ARG":
            defaults.update(assignments(keyword, args))
    image = re.sub(r"\$\{?(\w+)\}?", lambda m: defaults.get(m.group(1)) or m.group(0), froms[0].split()[0])
    match = re.fullmatch(r"apache/airflow:(\d+\.\d+\.\d+)-python(\d+\.\d+)", image)
    assert match, f"FROM resolves to {image!r}, expected apache/airflow:<version>-python<x.y>"
    lock = (REPO / "requirements-dev.lock").read_text()
    pinned = re.search(r"^apache-airflow==(\S+)", lock, re.MULTILINE)
    assert pinned and match.group(1) == pinned.group(1), "image and test bed Airflow versions differ"


def test_image_requirements_are_pinned_and_locked():
    lock = set((REPO / "requirements-dev.lock").read_text().split())
    for line in (IMAGE_DIR / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            assert re.fullmatch(r"[\w.\[\],-]+==[\w.+-]+", line), f"not pinned exactly: {line}"
            name, version = line.split("==")
            name = re.sub(r"\[.*\]", "", name).lower()  # the lock lists extras' packages separately
            assert f"{name}=={version}" in lock, \
                f"{line} differs from requirements-dev.lock (re-run scripts/lock-python.sh)"


def test_no_secret_is_baked_in():
    assert secret_assignments(DOCKERFILE.read_text()) == []


def test_the_secret_check_catches_secrets():
    sample = textwrap.dedent("""\
        ARG GITHUB_TOKEN
        ARG API_KEY=abc
        ENV AIRFLOW__CORE__FERNET_KEY somekey
        ENV A=1 DB_PASSWORD="p w" \\
            AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql://u:p@h/db
        ENV MIRROR_URL=https://user:pass@mirror.example.com/simple
        ENV AIRFLOW_HOME=/opt/airflow
        """)
    assert secret_assignments(sample) == ["ARG API_KEY", "ENV AIRFLOW__CORE__FERNET_KEY", "ENV DB_PASSWORD",
                                          "ENV AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "ENV MIRROR_URL"]


def test_entrypoint_is_the_wrapper_under_dumb_init():
    steps = instructions(DOCKERFILE.read_text())
    entrypoint = [json.loads(args) for keyword, args in steps if keyword == "ENTRYPOINT"]
    assert len(entrypoint) == 1 and entrypoint[0][:2] == ["/usr/bin/dumb-init", "--"]
    wrapper_path = entrypoint[0][2]
    copies = [args.split() for keyword, args in steps if keyword == "COPY"]
    assert any(a[-2:] == ["airflow-image/entrypoint-wrapper.sh", wrapper_path] for a in copies)
    keywords = [k for k, _ in steps]
    assert "CMD" in keywords[keywords.index("ENTRYPOINT"):], "ENTRYPOINT resets CMD: restate it"
    users = [args for keyword, args in steps if keyword == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0"), "must not run as root"


def test_dockerignore_lets_through_exactly_what_is_copied():
    patterns = [line.strip() for line in (IMAGE_DIR / "Dockerfile.dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert patterns[0] == "*", "allow-list: start by excluding everything"
    allowed = {p[1:].rstrip("/") for p in patterns if p.startswith("!")}
    sources = set()
    for keyword, args in instructions(DOCKERFILE.read_text()):
        if keyword == "COPY":
            parts = [a for a in args.split() if not a.startswith("--")]
            sources.update(s.rstrip("/") for s in parts[:-1])
    for source in sources:
        assert any(source == a or source.startswith(a + "/") for a in allowed), \
            f"COPY {source} is excluded by Dockerfile.dockerignore"
    assert allowed <= sources, f"allowed but never copied: {allowed - sources}"


def test_every_copied_path_exists():
    for keyword, args in instructions(DOCKERFILE.read_text()):
        if keyword == "COPY":
            for source in [a for a in args.split() if not a.startswith("--")][:-1]:
                assert (REPO / source).exists(), f"COPY {source}: not in the repository"


def test_the_dag_bundle_is_not_in_the_image():
    """dags/, plugins/ and config/ come from the environment's volume: a DAG change needs no new image."""
    steps = instructions(DOCKERFILE.read_text())
    sources = [s for keyword, args in steps if keyword == "COPY"
               for s in [a for a in args.split() if not a.startswith("--")][:-1]]
    assert [s for s in sources if s.split("/")[0] in ("dags", "plugins", "config")] == []
    copies = [args.split() for keyword, args in steps if keyword == "COPY"]
    assert any(a[-2:] == ["airflow-image/sync-bundle.py", "/opt/airflow/sync-bundle.py"] for a in copies)
