"""`npm start`: the environment `local`, deployed into the AWS emulator, run on this machine.

1. Starts the AWS emulator (moto) and restores what earlier starts deployed into it.
2. Runs the CLI's deploy (the same bundles as the actions) for environment `local`, from the
   project folder (its dags/, plugins/ and config/ are the DAG bundle the deploy uploads).
3. Plays Fargate (fargate.py): every task started with RunTask (the deploy's bundle sync, the
   scheduler's ECS executor's), from the deploy on, and after the deploy the ECS services' tasks,
   as local processes. Everything talks to the emulator through a proxy (proxy.py) that reports
   those processes' real states, so the deploy sees its sync task's real exit code.
Ctrl-C (SIGINT) or SIGTERM stops every process it started, the emulator included.

Settings (environment): AIRFLOW_LOCAL_STATE (folder, default .airflow-local), AIRFLOW_LOCAL_PORT
(UI, default 8080), AIRFLOW_LOCAL_DB (database on 127.0.0.1:5432, default airflow_local),
AIRFLOW_LOCAL_PROJECT (folder with dags/, plugins/, config/; default the repository),
AIRFLOW_LOCAL_IMAGE (image reference deployed).
"""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import boto3
import psycopg2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fargate import REPO, Host, LocalTask, resolve_secret, stop_process_group  # noqa: E402
from proxy import AwsProxy  # noqa: E402

ENVIRONMENT = "local"
ENVIRONMENT_TAG = "airflow-fargate:environment"  # actions/lib/environment.ts
API_PORT, SCHEDULER_HEALTH_PORT = 8080, 8974
POSTGRES_IMAGE = "public.ecr.aws/docker/library/postgres:"
# A fixed seed makes the emulator's generated ids repeat when the recorded deploy is replayed.
EMULATOR_SEED = 20260101


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM: like KeyboardInterrupt, no `except Exception` on the way (boto3's
    retries, a secret lookup) may take it for an error and carry on."""


class StartFailed(Exception):
    pass


STARTED = time.time()


def say(line: str) -> None:
    print(f"local: [{time.time() - STARTED:5.1f}s] {line}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method: str, url: str, body: bytes | None = None, timeout: float = 120) -> bytes:
    with urllib.request.urlopen(urllib.request.Request(url, data=body, method=method), timeout=timeout) as reply:
        return reply.read()


def log_tail(path: Path, lines: int = 12) -> str:
    try:
        return "\n".join(line[:400] for line in path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def keep_changes_only(recording: Path) -> None:
    """Drops the recorded reads (Describe*, List*, Get*, S3 GET/HEAD): replaying them changes
    nothing, and they are most of a deploy's calls."""
    kept = []
    for line in recording.read_text().splitlines():
        entry = json.loads(line)
        headers = {k.lower(): v for k, v in entry["headers"].items()}
        body = entry.get("body") or ""
        if entry.get("body_encoded"):
            body = base64.b64decode(body).decode("utf-8", "replace")
        action = headers.get("x-amz-target", "").rsplit(".", 1)[-1]
        if not action:  # the query protocol (IAM, EC2, STS, RDS) names it in the form body
            found = re.search(r"(?:^|&)Action=(\w+)", body)
            action = found.group(1) if found else ""
        read = action.startswith(("Describe", "List", "Get")) if action else entry["method"] in ("GET", "HEAD")
        if not read:
            kept.append(line)
    recording.write_text("".join(f"{line}\n" for line in kept))


def tag_pairs(tags: list[dict[str, str]]) -> set[tuple[str, str]]:
    """ECS spells tags key/value, Cloud Map Key/Value."""
    return {(t.get("key") or t.get("Key", ""), t.get("value") or t.get("Value", "")) for t in tags}


def deployment_of(service: dict[str, Any]) -> tuple[str, str]:
    primary = next((d for d in service.get("deployments", []) if d.get("status") == "PRIMARY"), {})
    return service["taskDefinition"], primary.get("id", "")


def stop_all(tasks: list[LocalTask], reason: str) -> None:
    """SIGTERM to every running container at once, then the tasks' stops wait for them: one after
    another would add up every grace period."""
    for task in tasks:
        for c in task.containers:
            if c.status == "RUNNING" and c.process:
                try:
                    os.killpg(c.process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
    for task in tasks:
        task.stop(reason)
        # A stop that an interrupt cut short left the task STOPPING with containers still up.
        for c in task.containers:
            if c.status == "RUNNING" and c.process and c.process.poll() is None:
                stop_process_group(c.process, float(c.definition.get("stopTimeout", 30)))


class Stack:
    def __init__(self) -> None:
        self.state = Path(os.environ.get("AIRFLOW_LOCAL_STATE") or REPO / ".airflow-local").resolve()
        self.port = int(os.environ.get("AIRFLOW_LOCAL_PORT") or API_PORT)
        self.database = os.environ.get("AIRFLOW_LOCAL_DB") or "airflow_local"
        self.project = Path(os.environ.get("AIRFLOW_LOCAL_PROJECT") or REPO).resolve()
        self.image = os.environ.get("AIRFLOW_LOCAL_IMAGE") or "airflow-fargate:local"
        self.region = os.environ.get("AWS_REGION") or "us-east-1"
        self.emulator_dir = self.state / "aws-emulator"
        self.recording = self.emulator_dir / "recording.jsonl"
        self.processes: list[subprocess.Popen] = []
        self.services: dict[str, LocalTask] = {}
        self.ever_healthy: set[str] = set()
        self.failures: dict[str, int] = {}
        # Tasks started with RunTask (task ARN -> the task here, and its cluster).
        self.workers: dict[str, LocalTask] = {}
        self.worker_clusters: dict[str, str] = {}
        self.stop_requests: set[str] = set()
        self.proxy: AwsProxy | None = None
        self.emulator = ""
        self.host: Host
        self.service_definitions: dict[str, dict[str, Any]] = {}
        self.service_names: dict[str, str] = {}
        # Each service's (task definition, primary deployment id) as its running task started.
        self.deployments: dict[str, tuple[str, str]] = {}
        self.definitions: dict[str, dict[str, Any]] = {}
        self.next_poll = 0.0

    # -- the AWS side -------------------------------------------------------------------------

    def aws_env(self) -> dict[str, str]:
        """For the CLI: the emulator through the proxy, which shows the tasks' real states."""
        return {
            "AWS_ENDPOINT_URL": self.proxy.endpoint if self.proxy else self.emulator,
            "AWS_REGION": self.region,
            "AWS_ACCESS_KEY_ID": "local",
            "AWS_SECRET_ACCESS_KEY": "local",
        }

    def client(self, service: str) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.emulator,
            region_name=self.region,
            aws_access_key_id="local",
            aws_secret_access_key="local",
        )

    def start_emulator(self) -> None:
        self.emulator_dir.mkdir(parents=True, exist_ok=True)
        port = free_port()
        log = open(self.emulator_dir / "moto.log", "ab")
        env = {
            **os.environ,
            "MOTO_ECS_SERVICE_RUNNING": "1",
            "MOTO_IAM_LOAD_MANAGED_POLICIES": "true",
            "MOTO_RECORDER_FILEPATH": str(self.recording),
            "AIRFLOW_LOCAL_RUN": str(self.state),
        }
        moto = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "python"), str(REPO / "local" / "emulator.py"), "-H", "127.0.0.1", "-p", str(port)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(moto)
        self.emulator = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while True:
            try:
                http("GET", f"{self.emulator}/moto-api/data.json", timeout=5)
                break
            except OSError:
                if moto.poll() is not None or time.time() > deadline:
                    raise StartFailed(f"the AWS emulator did not start:\n{log_tail(self.emulator_dir / 'moto.log')}")
                time.sleep(0.2)
        http("POST", f"{self.emulator}/moto-api/seed?a={EMULATOR_SEED}")
        # Tasks stay RUNNING until StopTask: the processes here decide when they end.
        transition = {"model_name": "ecs::task", "transition": {"progression": "manual", "times": 10**9}}
        http("POST", f"{self.emulator}/moto-api/state-manager/set-transition", json.dumps(transition).encode())
        say(f"AWS emulator on {self.emulator} (log {self.emulator_dir / 'moto.log'})")
        if self.recording.exists() and self.recording.stat().st_size:
            began = time.time()
            http("POST", f"{self.emulator}/moto-api/recorder/replay-recording", timeout=600)
            say(f"AWS emulator: restored the first deploy ({time.time() - began:.1f}s)")

    def deploy(self) -> None:
        # Only the first deploy is recorded: replaying it restores the generated secrets (the
        # database's data is encrypted with them); later deploys are idempotent and run anyway.
        record = not (self.recording.exists() and self.recording.stat().st_size)
        if record:
            self.recording.touch(mode=0o600)  # it holds the generated secrets: owner only
            http("POST", f"{self.emulator}/moto-api/recorder/start-recording")
        say(f"deploying environment {ENVIRONMENT} (image {self.image}) into the emulator")
        log_path = self.state / "deploy.log"
        try:
            code = self.run_deploy(log_path)
        except BaseException:
            if record:  # a partial recording would restore half an environment next time
                self.recording.unlink(missing_ok=True)
            raise
        if record:
            http("POST", f"{self.emulator}/moto-api/recorder/stop-recording")
            if code == 0:
                keep_changes_only(self.recording)
        for line in log_path.read_text().splitlines():
            if line.startswith("== ") and ": done in " in line:
                say(f"deploy {line[3:]}")
        if code != 0:
            hint = f"; to start the emulator afresh, delete {self.emulator_dir} and drop database {self.database}"
            if record:
                self.recording.unlink()
                hint = ""
            raise StartFailed(f"deploy failed (log {log_path}{hint}):\n{log_tail(log_path)}")

    def run_deploy(self, log_path: Path) -> int:
        """The CLI's deploy, from the project folder. Meanwhile the tasks it starts with RunTask
        (the bundle sync, which it waits for) run here."""
        command = ["node", str(REPO / "bin" / "airflow-fargate.js"), "deploy", "--environment", ENVIRONMENT]
        with open(log_path, "wb") as log:
            deploy = subprocess.Popen(
                [*command, "--image", self.image],
                cwd=self.project,
                env={
                    # The bundle is read from GITHUB_WORKSPACE when set, else from the current folder.
                    **{k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"},
                    **self.aws_env(),
                    "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED": "true",
                },
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            self.processes.append(deploy)
            ecs = self.client("ecs")
            while deploy.poll() is None:
                self.play_run_tasks(ecs)
                time.sleep(0.25)
            return deploy.returncode

    def cluster_and_namespace(self) -> tuple[str, str]:
        """The environment's ECS cluster and Cloud Map namespace, by their environment tag (a few
        calls here; the CLI's status would take seconds to start and list everything)."""
        ecs, cloud_map = self.client("ecs"), self.client("servicediscovery")
        mine = (ENVIRONMENT_TAG, ENVIRONMENT)
        arns = ecs.list_clusters()["clusterArns"]
        clusters = ecs.describe_clusters(clusters=arns, include=["TAGS"])["clusters"] if arns else []
        cluster = next((c["clusterName"] for c in clusters if mine in tag_pairs(c.get("tags", []))), None)
        if not cluster:
            raise StartFailed(f"the deploy left no ECS cluster tagged {ENVIRONMENT_TAG}={ENVIRONMENT}")
        namespaces = cloud_map.list_namespaces()["Namespaces"]
        namespace = next(
            (
                n["Name"]
                for n in namespaces
                if mine in tag_pairs(cloud_map.list_tags_for_resource(ResourceARN=n["Arn"])["Tags"])
            ),
            "",
        )
        return cluster, namespace

    # -- playing Fargate ----------------------------------------------------------------------

    def prepare_home(self) -> None:
        """AIRFLOW_HOME as the image has it (/opt/airflow): no DAGs, plugins or config, which the
        tasks read from the volume the bundle sync fills (links an older stack made are removed)."""
        home = self.state / "home"
        home.mkdir(parents=True, exist_ok=True)
        for name in ("dags", "plugins", "config", "webserver_config.py"):
            if (home / name).is_symlink():
                (home / name).unlink()
        # Present before the components start, so none of them writes a default one concurrently.
        (home / "airflow.cfg").touch()

    def ensure_database(self) -> None:
        try:
            connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
        except psycopg2.OperationalError as err:
            raise StartFailed(
                f"no PostgreSQL lets user postgres in on 127.0.0.1:5432 ({str(err).strip()}): start one"
                " with trust authentication for local connections"
            ) from err
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.database,))
            if not cursor.fetchone():
                cursor.execute(f'CREATE DATABASE "{self.database}"')
        connection.close()

    def secrets_of(self, definition: dict[str, Any]) -> dict[str, str]:
        return {s["name"]: resolve_secret(s["valueFrom"], self) for s in definition.get("secrets", [])}

    def describe_task(self, answer: dict[str, Any]) -> dict[str, Any]:
        task = self.workers.get(answer.get("taskArn", ""))
        if task:
            return task.describe(answer)
        if answer.get("desiredStatus") == "RUNNING":
            # Not picked up yet: Fargate shows PROVISIONING, and no container has an exit code.
            answer["lastStatus"] = "PROVISIONING"
            answer.pop("startedAt", None)
            for container in answer.get("containers", []):
                container.pop("exitCode", None)
        return answer

    def request_stop(self, task: str) -> bool:
        for arn in list(self.workers):  # the proxy's thread asks while the main one adds
            if task and arn.endswith(task):
                self.stop_requests.add(arn)
                return True
        return False

    def start_services(self, cluster: str) -> None:
        ecs = self.client("ecs")
        arns = ecs.list_services(cluster=cluster)["serviceArns"]
        for service in ecs.describe_services(cluster=cluster, services=arns)["services"]:
            definition = ecs.describe_task_definition(taskDefinition=service["taskDefinition"])["taskDefinition"]
            component = service["serviceName"].removeprefix(cluster + "-")
            images = [c["image"] for c in definition["containerDefinitions"]]
            if any(i.startswith(POSTGRES_IMAGE) for i in images):
                say(f"{component}: played by the local PostgreSQL (127.0.0.1:5432, database {self.database})")
                continue
            if any("docker/library/mysql" in i for i in images):
                raise StartFailed("the local stack runs PostgreSQL only: set previewDefaults.engine to postgres")
            self.service_definitions[component] = definition
            self.service_names[component] = service["serviceName"]
            self.deployments[component] = deployment_of(service)
            self.start_service(component)

    def start_service(self, component: str) -> None:
        self.services[component] = LocalTask(
            component,
            self.service_definitions[component],
            {},
            self.host,
            self.secrets_of,
            lambda line, c=component: say(f"{c}/{line}"),
        )

    def pick_up_run_tasks(self, ecs: Any) -> None:
        """Tasks started with RunTask (the deploy's, the ECS executor's) that are not running here yet."""
        for cluster in ecs.list_clusters()["clusterArns"]:
            running = ecs.list_tasks(cluster=cluster, desiredStatus="RUNNING")["taskArns"]
            arns = [a for a in running if a not in self.workers]
            if not arns:
                continue
            for task in ecs.describe_tasks(cluster=cluster, tasks=arns)["tasks"]:
                family = task["taskDefinitionArn"].rsplit("/", 1)[-1]
                if family not in self.definitions:
                    self.definitions[family] = ecs.describe_task_definition(taskDefinition=task["taskDefinitionArn"])[
                        "taskDefinition"
                    ]
                task_id = task["taskArn"].rsplit("/", 1)[-1]
                self.worker_clusters[task["taskArn"]] = cluster
                self.workers[task["taskArn"]] = LocalTask(
                    f"tasks/{task_id}",
                    self.definitions[family],
                    task.get("overrides", {}),
                    self.host,
                    self.secrets_of,
                    lambda line, t=task_id, f=family: say(f"task {t[:8]} ({f}) {line}"),
                )

    def play_run_tasks(self, ecs: Any) -> None:
        """Picks up new RunTask tasks (once a second) and advances every one; a task that ended
        is stopped in the emulator too."""
        if time.time() >= self.next_poll:
            self.pick_up_run_tasks(ecs)
            self.next_poll = time.time() + 1
        for arn, task in self.workers.items():
            if arn in self.stop_requests:
                self.stop_requests.discard(arn)
                task.stop("Task stopped by user (StopTask)")
            was_running = task.status != "STOPPED"
            task.step()
            if was_running and task.status == "STOPPED":
                reason = (task.stop_reason or "stopped")[:255]
                ecs.stop_task(cluster=self.worker_clusters[arn], task=arn, reason=reason)

    def check_port(self) -> None:
        with socket.socket() as s:
            # As the api-server binds: connections of an earlier run waiting in TIME_WAIT do not count.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("127.0.0.1", self.port))
            except OSError as err:
                message = f"port {self.port} is in use ({err.strerror}): set AIRFLOW_LOCAL_PORT to a free one"
                raise StartFailed(message) from err

    def run(self) -> None:
        self.check_port()
        self.state.mkdir(parents=True, exist_ok=True)
        self.prepare_home()
        self.ensure_database()
        self.start_emulator()
        self.proxy = AwsProxy(self.emulator, self.describe_task, self.request_stop)
        self.proxy.start()
        ports = {API_PORT: self.port, SCHEDULER_HEALTH_PORT: free_port()}
        self.host = Host(
            state=self.state,
            aws_endpoint=self.proxy.endpoint,
            region=self.region,
            namespace="",  # the deploy makes it; the bundle sync it runs needs no service name
            ports=ports,
            database_name=self.database,
            local_settings={
                "AIRFLOW__API__PORT": str(ports[API_PORT]),
                "AIRFLOW__SCHEDULER__SCHEDULER_HEALTH_CHECK_SERVER_PORT": str(ports[SCHEDULER_HEALTH_PORT]),
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
                "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
            },
        )
        self.deploy()
        cluster, self.host.namespace = self.cluster_and_namespace()
        self.start_services(cluster)
        self.supervise(cluster)

    def supervise(self, cluster: str) -> None:
        ecs = self.client("ecs")
        up = False
        next_deployment_check = time.time() + 2
        while True:
            for component, task in list(self.services.items()):
                task.step()
                if task.healthy:
                    self.ever_healthy.add(component)
                if task.status == "STOPPED":
                    # Like ECS's deployment circuit breaker: three failed tasks before the service
                    # was ever healthy fail the start; after that the service just replaces them.
                    self.failures[component] = self.failures.get(component, 0) + 1
                    if component not in self.ever_healthy and self.failures[component] >= 3:
                        failed = next((c for c in task.containers if c.exit_code not in (None, 0)), task.containers[0])
                        raise StartFailed(
                            f"{component} stopped: {task.stop_reason}\n{log_tail(task.logs / (failed.name + '.log'))}"
                        )
                    say(f"{component}: stopped ({task.stop_reason}); the service starts a new task")
                    self.start_service(component)
            if not up and all(t.healthy for t in self.services.values()):
                up = True
                self.announce(cluster)
            self.play_run_tasks(ecs)
            if time.time() >= next_deployment_check:
                self.follow_deployments(cluster, ecs)
                next_deployment_check = time.time() + 2
            time.sleep(0.5)

    def follow_deployments(self, cluster: str, ecs: Any) -> None:
        """A new deployment of a service (another task definition, or a forced one, as when a DAG-only
        deploy restarts the components for changed plugins or config) replaces its task, as ECS does.
        The old task stops first: on one machine the new one needs its ports."""
        names = [self.service_names[c] for c in self.services]
        replaced = []
        for service in ecs.describe_services(cluster=cluster, services=names)["services"]:
            component = service["serviceName"].removeprefix(cluster + "-")
            current = deployment_of(service)
            if component not in self.services or current == self.deployments[component]:
                continue
            self.deployments[component] = current
            if current[0] != self.service_definitions[component]["taskDefinitionArn"]:
                self.service_definitions[component] = ecs.describe_task_definition(taskDefinition=current[0])[
                    "taskDefinition"
                ]
            say(f"{component}: new deployment ({current[0].rsplit('/', 1)[-1]}); replacing its task")
            replaced.append(component)
        stop_all([self.services[c] for c in replaced], "Task replaced by a new deployment (ECS service update)")
        for component in replaced:
            self.start_service(component)

    def announce(self, cluster: str) -> None:
        api = self.services.get("api-server")
        admin_user = "admin"
        if api:
            admin = next((c for c in api.containers if c.name == "admin-user"), None)
            admin_user = (admin.env if admin else {}).get("AIRFLOW_ADMIN_USERNAME", admin_user)
        url = f"http://localhost:{self.port}"
        seconds = time.time() - STARTED
        # Through the proxy: a DAG-only deploy waits for its sync task's real outcome.
        aws = " ".join(f"{k}={v}" for k, v in self.aws_env().items())
        password = f"{aws} npx airflow-fargate admin-password --environment {ENVIRONMENT}"
        dags_only = f"{aws} npx airflow-fargate deploy --environment {ENVIRONMENT} --dags-only"
        info = {
            "url": url,
            "emulator": self.emulator,
            "proxy": self.proxy.endpoint if self.proxy else "",
            "project": str(self.project),
            "cluster": cluster,
            "adminUser": admin_user,
            "seconds": seconds,
        }
        (self.state / "stack.json").write_text(json.dumps(info, indent=2))
        print(
            f"local: Airflow is up on {url} ({seconds:.1f}s after start)\n"
            f"       user {admin_user}; its password (from the emulated Secrets Manager):\n"
            f"         {password}\n"
            f"       plugin route: {url}/hello/\n"
            f"       changed DAGs go live without a restart: in {self.project}, run\n"
            f"         {dags_only}\n"
            f"       logs: {self.state / 'logs'}; task logs in the emulated S3 bucket\n"
            "       Ctrl-C stops everything.",
            flush=True,
        )

    def shutdown(self) -> None:
        tasks = [*self.workers.values(), *self.services.values()]
        running = [c for t in tasks for c in t.containers if c.status == "RUNNING" and c.process]
        if running or self.processes:
            say(f"stopping {len(running)} containers and the AWS emulator")
        stop_all(tasks, "the local stack is stopping")
        if self.proxy:
            self.proxy.stop()
        for process in self.processes:
            stop_process_group(process, 10)


def main() -> int:
    stack = Stack()

    def interrupt(signum: int, _frame: Any) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Interrupted(signal.Signals(signum).name)

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    try:
        stack.run()
        return 0
    except Interrupted:
        return 0
    except StartFailed as err:
        say(str(err))
        return 1
    finally:
        stack.shutdown()
        say("stopped")


if __name__ == "__main__":
    sys.exit(main())
