"""Plays Fargate on this machine: an ECS task's containers become local processes.

Each container starts the way ECS starts it from the task definition: the image's entrypoint (our
wrapper) with the container's command (or the RunTask override), the definition's environment,
`secrets` resolved from Secrets Manager (or SSM) by their valueFrom, `dependsOn` conditions
honoured, health checks run, and the task stopped when an essential container exits. What cannot
be the same on one machine is mapped (see Host): Cloud Map names become 127.0.0.1, the image's
paths the repository's, an EFS volume a folder under the state folder (every task mounting the same
file system and access point shares it), the database container the local PostgreSQL.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
# The image's ENTRYPOINT (airflow-image/Dockerfile) without dumb-init: the runner reaps its children.
IMAGE_ENTRYPOINT = ["/opt/airflow/entrypoint-wrapper.sh"]
IMAGE_FILES = {
    "/opt/airflow/entrypoint-wrapper.sh": str(REPO / "airflow-image" / "entrypoint-wrapper.sh"),
    "/opt/airflow/sync-bundle.py": str(REPO / "airflow-image" / "sync-bundle.py"),
}


@dataclass
class Host:
    """How the environment's addresses, paths and database map onto this machine."""

    state: Path
    aws_endpoint: str
    region: str
    namespace: str
    ports: dict[int, int] = field(default_factory=dict)
    database_name: str = "airflow_local"
    database_user: str = "postgres"
    # Airflow settings that keep this stack's extra ports clear of other ones on the machine.
    local_settings: dict[str, str] = field(default_factory=dict)

    @property
    def home(self) -> Path:
        return self.state / "home"

    def efs_folder(self, volume: dict[str, Any]) -> Path | None:
        """The local folder standing in for a task definition volume's EFS file system."""
        efs = volume.get("efsVolumeConfiguration")
        if not efs:
            return None
        access_point = (efs.get("authorizationConfig") or {}).get("accessPointId") or "root"
        folder = self.state / "efs" / efs["fileSystemId"] / access_point
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def mounts(self, task_definition: dict[str, Any], container: dict[str, Any]) -> dict[str, str]:
        """A container's EFS mount points: container path -> local folder."""
        volumes = {v["name"]: self.efs_folder(v) for v in task_definition.get("volumes", [])}
        return {
            m["containerPath"]: str(volumes[m["sourceVolume"]])
            for m in container.get("mountPoints", [])
            if volumes.get(m["sourceVolume"])
        }

    def rewrite(self, value: str, mounts: dict[str, str] | None = None) -> str:
        """An environment value or argument as it must read here."""

        def port(found: str | None) -> str:
            return f":{self.ports.get(int(found), int(found))}" if found else ""

        if self.namespace:
            value = re.sub(
                rf"\b[a-z0-9-]+\.{re.escape(self.namespace)}(?::(\d+))?",
                lambda m: "127.0.0.1" + port(m.group(1)),
                value,
            )
        value = re.sub(r"\blocalhost:(\d+)", lambda m: "localhost" + port(m.group(1)), value)
        for image_path, local_path in IMAGE_FILES.items():
            value = value.replace(image_path, local_path)
        for container_path, local_path in sorted((mounts or {}).items(), key=lambda m: -len(m[0])):
            value = re.sub(rf"{re.escape(container_path)}(?=/|$|[,:;\s])", lambda _: local_path, value)
        return value


class SecretError(Exception):
    """A valueFrom that cannot be resolved: ECS stops such a task before it starts."""


def split_value_from(value_from: str) -> tuple[str, str, str | None, str | None, str | None]:
    """(service, id, json key, version stage, version id) of an ECS `secrets` valueFrom."""
    parts = value_from.split(":")
    if len(parts) >= 7 and parts[2] == "secretsmanager":
        extra = parts[7:] + [""] * 3
        return "secretsmanager", ":".join(parts[:7]), extra[0] or None, extra[1] or None, extra[2] or None
    if len(parts) >= 6 and parts[2] == "ssm":
        return "ssm", parts[5].removeprefix("parameter"), None, None, None
    raise SecretError(f"valueFrom {value_from!r} is neither a Secrets Manager nor an SSM parameter ARN")


def resolve_secret(value_from: str, clients: Any) -> str:
    service, ident, key, stage, version = split_value_from(value_from)
    try:
        if service == "ssm":
            return clients.client("ssm").get_parameter(Name=ident, WithDecryption=True)["Parameter"]["Value"]
        args: dict[str, str] = {"SecretId": ident}
        if stage:
            args["VersionStage"] = stage
        if version:
            args["VersionId"] = version
        text = clients.client("secretsmanager").get_secret_value(**args)["SecretString"]
    except Exception as err:
        raise SecretError(f"unable to retrieve secret {ident}: {err}") from err
    if key is None:
        return text
    try:
        value = json.loads(text)[key]
    except (ValueError, KeyError, TypeError) as err:
        raise SecretError(f"secret {ident} has no JSON key {key!r}") from err
    return value if isinstance(value, str) else json.dumps(value)


def container_environment(
    definition: dict[str, Any],
    override: dict[str, Any],
    secrets: dict[str, str],
    host: Host,
    mounts: dict[str, str] | None = None,
) -> dict[str, str]:
    """The environment a container's process gets: nothing of this shell's, as in a container."""
    env = {
        "PATH": f"{REPO / '.venv' / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "LANG": "C.UTF-8",
        "AIRFLOW_HOME": str(host.home),
        "AIRFLOW_ENTRYPOINT": str(REPO / "local" / "entrypoint.sh"),
        # The task role's stand-in: any key works with the emulator, which the proxy fronts.
        "AWS_ENDPOINT_URL": host.aws_endpoint,
        "AWS_REGION": host.region,
        "AWS_DEFAULT_REGION": host.region,
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        # Marks every process of this stack (tests look for it; never read by Airflow).
        "AIRFLOW_LOCAL_RUN": str(host.state),
    }
    for pair in definition.get("environment", []) + override.get("environment", []):
        env[pair["name"]] = pair["value"]
    env.update(secrets)
    database_host = env.get("AIRFLOW_DB_HOST", "")
    if host.namespace and database_host.endswith("." + host.namespace):
        # The database container is played by the local PostgreSQL (trust authentication).
        env["AIRFLOW_DB_NAME"] = host.database_name
        env["AIRFLOW_DB_USER"] = host.database_user
    env.update(host.local_settings)
    return {name: host.rewrite(value, mounts) for name, value in env.items()}


def container_command(
    definition: dict[str, Any], override: dict[str, Any], host: Host, mounts: dict[str, str] | None = None
) -> list[str]:
    command = override.get("command") or definition.get("command") or []
    return [host.rewrite(arg, mounts) for arg in (definition.get("entryPoint") or IMAGE_ENTRYPOINT) + command]


def stop_process_group(process: subprocess.Popen, grace: float) -> None:
    """SIGTERM to the process and all it spawned, SIGKILL after `grace` seconds (docker stop)."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; its group may still hold children (api-server workers).
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return


@dataclass
class HealthState:
    status: str = "UNKNOWN"
    failures: int = 0
    next_at: float = 0.0
    check: subprocess.Popen | None = None
    check_started: float = 0.0


class LocalContainer:
    def __init__(self, definition: dict[str, Any], override: dict[str, Any]):
        self.definition = definition
        self.override = override
        self.name: str = definition["name"]
        self.essential: bool = definition.get("essential", True)
        self.status = "PENDING"  # PENDING -> RUNNING -> STOPPED
        self.exit_code: int | None = None
        self.reason: str | None = None
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0
        self.env: dict[str, str] = {}
        self.health = HealthState()

    def state(self) -> dict[str, Any]:
        """What ECS's DescribeTasks says about this container."""
        answer: dict[str, Any] = {"name": self.name, "lastStatus": self.status}
        if self.exit_code is not None:
            answer["exitCode"] = self.exit_code
        if self.reason:
            answer["reason"] = self.reason
        if self.definition.get("healthCheck"):
            answer["healthStatus"] = self.health.status
        return answer


class LocalTask:
    """One ECS task: its containers, started in dependency order, stopped together."""

    def __init__(
        self,
        label: str,
        task_definition: dict[str, Any],
        overrides: dict[str, Any],
        host: Host,
        secrets_of: Callable[[dict[str, Any]], dict[str, str]],
        report: Callable[[str], None],
    ):
        self.label = label
        self.host = host
        self.report = report
        self.secrets_of = secrets_of
        by_name = {o.get("name"): o for o in overrides.get("containerOverrides", [])}
        definitions = task_definition["containerDefinitions"]
        self.containers = [LocalContainer(d, by_name.get(d["name"], {})) for d in definitions]
        self.mounts = {d["name"]: host.mounts(task_definition, d) for d in definitions}
        self.status = "PENDING"  # PENDING -> RUNNING -> STOPPED (when every container has stopped)
        self.stop_reason: str | None = None
        self.stop_code: str | None = None
        self.started_at: float | None = None
        self.stopped_at: float | None = None
        self.logs = host.state / "logs" / label
        self.logs.mkdir(parents=True, exist_ok=True)

    def container(self, name: str) -> LocalContainer:
        return next(c for c in self.containers if c.name == name)

    @property
    def healthy(self) -> bool:
        """Every running essential container with a health check reports HEALTHY."""
        main = [c for c in self.containers if c.essential]
        return bool(main) and all(
            c.status == "RUNNING" and (not c.definition.get("healthCheck") or c.health.status == "HEALTHY")
            for c in main
        )

    def _dependency(self, condition: str, dependency: LocalContainer) -> str:
        """'met', 'wait' or 'never' for one dependsOn entry."""
        if condition == "START":
            return "wait" if dependency.status == "PENDING" else "met"
        if condition == "COMPLETE":
            return "met" if dependency.status == "STOPPED" else "wait"
        if condition == "SUCCESS":
            if dependency.status != "STOPPED":
                return "wait"
            return "met" if dependency.exit_code == 0 else "never"
        if condition == "HEALTHY":
            if dependency.health.status == "HEALTHY":
                return "met"
            return "never" if dependency.status == "STOPPED" or dependency.health.status == "UNHEALTHY" else "wait"
        return "never"

    def step(self) -> None:
        """Advances the task: starts what may start, notices exits, runs due health checks."""
        if self.status == "STOPPED":
            return
        for c in self.containers:
            if c.status == "RUNNING" and c.process and c.process.poll() is not None:
                self._exited(c, c.process.returncode)
        if self.status != "STOPPING":
            for c in self.containers:
                if c.status != "PENDING":
                    continue
                verdicts = [
                    self._dependency(d["condition"], self.container(d["containerName"]))
                    for d in c.definition.get("dependsOn", [])
                ]
                if "never" in verdicts:
                    c.status, c.reason = "STOPPED", "a container it depends on did not meet its condition"
                    self.report(f"{c.name}: not started ({c.reason})")
                    if c.essential:
                        reason = f"Essential container {c.name} could not start: dependency failed"
                        self.stop(reason, "TaskFailedToStart")
                elif all(v == "met" for v in verdicts):
                    self._start(c)
        for c in self.containers:
            self._health(c)
        if all(c.status == "STOPPED" for c in self.containers):
            self.status, self.stopped_at = "STOPPED", time.time()

    def _start(self, c: LocalContainer) -> None:
        if self.status == "PENDING":
            try:
                resolved = {each.name: self.secrets_of(each.definition) for each in self.containers}
            except SecretError as err:
                for other in self.containers:
                    other.status = "STOPPED"
                self.status, self.stopped_at = "STOPPED", time.time()
                self.stop_code, self.stop_reason = "TaskFailedToStart", f"ResourceInitializationError: {err}"
                self.report(f"not started: {self.stop_reason}")
                return
            for container in self.containers:
                container.env = container_environment(
                    container.definition,
                    container.override,
                    resolved[container.name],
                    self.host,
                    self.mounts[container.name],
                )
            self.status, self.started_at = "RUNNING", time.time()
        command = container_command(c.definition, c.override, self.host, self.mounts[c.name])
        with open(self.logs / f"{c.name}.log", "ab") as log:
            c.process = subprocess.Popen(
                command,
                env=c.env,
                cwd=self.host.home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        c.status, c.started_at = "RUNNING", time.time()
        c.health.next_at = c.started_at + 2
        self.report(f"{c.name}: started (log {self.logs / (c.name + '.log')})")

    def _exited(self, c: LocalContainer, code: int) -> None:
        c.status, c.exit_code = "STOPPED", code if code >= 0 else 128 - code
        if c.health.check:
            stop_process_group(c.health.check, 0)
            c.health.check = None
        # The process is gone; anything it left in its group goes with it, as with a container.
        try:
            os.killpg(c.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
        except ProcessLookupError:
            pass
        self.report(f"{c.name}: exited with code {c.exit_code}")
        if c.essential and self.status != "STOPPING":
            self.stop(f"Essential container in task exited ({c.name}, code {c.exit_code})", "EssentialContainerExited")

    def _health(self, c: LocalContainer) -> None:
        check = c.definition.get("healthCheck")
        h = c.health
        if not check or c.status != "RUNNING":
            return
        now = time.time()
        if h.check is not None:
            if h.check.poll() is None and now - h.check_started < check.get("timeout", 5):
                return
            if h.check.poll() is None:
                stop_process_group(h.check, 0)
            ok = h.check.returncode == 0
            h.check = None
            in_start_period = now - c.started_at < check.get("startPeriod", 0)
            if ok:
                h.failures = 0
                if h.status != "HEALTHY":
                    self.report(f"{c.name}: healthy")
                h.status = "HEALTHY"
            elif not in_start_period:
                h.failures += 1
                if h.failures >= check.get("retries", 3) and h.status != "UNHEALTHY":
                    h.status = "UNHEALTHY"
                    self.report(f"{c.name}: unhealthy")
            # Until it is first healthy, check often so the state shows up quickly.
            h.next_at = now + (check.get("interval", 30) if h.status == "HEALTHY" else 2)
            return
        if now < h.next_at:
            return
        command = check["command"]
        argv = ["bash", "-c", command[1]] if command[0] == "CMD-SHELL" else command[1:]
        h.check = subprocess.Popen(
            [self.host.rewrite(a) for a in argv],
            env=c.env,
            cwd=self.host.home,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        h.check_started = now

    def stop(self, reason: str, code: str = "UserInitiated") -> None:
        """Stops every running container (SIGTERM, then SIGKILL after its stopTimeout)."""
        if self.status in ("STOPPING", "STOPPED"):
            return
        self.stop_reason, self.stop_code = reason, code
        self.status = "STOPPING" if self.status == "RUNNING" else "STOPPED"
        if self.status == "STOPPED":
            self.stopped_at = time.time()
        for c in self.containers:
            if c.status == "PENDING":
                c.status = "STOPPED"
            elif c.status == "RUNNING" and c.process:
                stop_process_group(c.process, float(c.definition.get("stopTimeout", 30)))
                self._exited(c, c.process.returncode)
            if c.health.check:
                stop_process_group(c.health.check, 0)
                c.health.check = None
        self.step()

    def describe(self, answer: dict[str, Any]) -> dict[str, Any]:
        """Patches the emulator's DescribeTasks entry with what really happened here."""
        last = {"PENDING": "PROVISIONING", "STOPPING": "DEACTIVATING"}.get(self.status, self.status)
        answer["lastStatus"] = last
        answer["desiredStatus"] = "STOPPED" if self.status in ("STOPPING", "STOPPED") else "RUNNING"
        if self.started_at:
            answer["startedAt"] = self.started_at
        else:
            answer.pop("startedAt", None)
        if self.status == "STOPPED":
            answer["stoppedAt"] = self.stopped_at
            answer["stopCode"] = self.stop_code
            answer["stoppedReason"] = self.stop_reason
        emulated = {c.get("name"): c for c in answer.get("containers", [])}
        answer["containers"] = []
        for c in self.containers:
            merged = {**emulated.get(c.name, {}), **c.state()}
            if c.exit_code is None:
                merged.pop("exitCode", None)  # the emulator's constant 0 is no outcome
            answer["containers"].append(merged)
        return answer
