"""
Logging for every Airflow process: one JSON object per line on stdout, for CloudWatch.

Enable with both of:

    AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS=log_config.LOGGING_CONFIG
    AIRFLOW__LOGGING__JSON_LOGS=True

Airflow puts ``$AIRFLOW_HOME/config`` on ``sys.path``, which is where this file lives in the image.

In Airflow 3.3 every process logs through structlog. ``[logging] json_logs`` makes the api-server,
scheduler, dag-processor and triggerer render JSON (``timestamp``, ``level``, ``event``,
``logger``, ...); task workers always do. This module adds the rest:

* Each stdout line also gets ``message`` (a copy of ``event``) and always has ``logger``. Airflow
  has no option for extra processors, so this module hooks one into Airflow's stdout set-up: the
  core one (api-server, scheduler, dag-processor, triggerer) and the task SDK's (workers, and the
  triggerer again). Task log files (shown in the UI, uploaded to S3) keep Airflow's own format:
  the UI would print ``message`` as a duplicate of every line.
* Airflow's stock ``console`` handler is dropped. Airflow strips handler formatters and streams
  before applying the dict, so that handler (used by ``flask_appbuilder``) would print bare text
  to stderr next to the JSON line the root handler already writes.
* ``REMOTE_TASK_LOG`` / ``DEFAULT_REMOTE_CONN_ID`` are re-exported: with a custom module Airflow
  looks for them here to upload and read task logs remotely (S3 when
  ``AIRFLOW__LOGGING__REMOTE_LOGGING=True`` and ``REMOTE_BASE_LOG_FOLDER=s3://...``).
"""

from __future__ import annotations

import functools
import logging
from copy import deepcopy
from typing import Any

import structlog

from airflow.config_templates.airflow_local_settings import (
    DEFAULT_LOGGING_CONFIG,
    DEFAULT_REMOTE_CONN_ID,
    REMOTE_TASK_LOG,
)

__all__ = ["DEFAULT_REMOTE_CONN_ID", "LOGGING_CONFIG", "REMOTE_TASK_LOG"]

LOGGING_CONFIG: dict[str, Any] = deepcopy(DEFAULT_LOGGING_CONFIG)

LOGGING_CONFIG["handlers"].pop("console", None)
for _logger in LOGGING_CONFIG["loggers"].values():
    if "console" in _logger.get("handlers", ()):
        _logger["handlers"] = [h for h in _logger["handlers"] if h != "console"]
        _logger["propagate"] = True  # to the root handler Airflow installs
LOGGING_CONFIG["root"]["handlers"] = []  # Airflow replaces the root handlers anyway


def add_message(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """Copy ``event`` to ``message`` and make sure ``logger`` is set."""
    event_dict.setdefault("message", event_dict.get("event"))
    event_dict.setdefault("logger", "root")
    return event_dict


def _add_message_to_core_processors() -> None:
    # The api-server, scheduler, dag-processor and triggerer configure stdout logging through the
    # core copy of Airflow's shared logging package; it looks this function up when it runs, after
    # it has imported this module. Its processors feed both structlog and stdlib records.
    try:
        from airflow._shared.logging import structlog as shared
    except ImportError:
        return  # moved in this Airflow build; the tests notice the missing key
    original = shared.structlog_processors
    if getattr(original, "adds_message", False):
        return

    @functools.wraps(original)
    def structlog_processors(json_output: bool, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
        processors, for_stdlib, for_structlog = original(json_output, *args, **kwargs)
        if json_output:
            processors = [*processors, add_message]
        return processors, for_stdlib, for_structlog

    structlog_processors.adds_message = True  # type: ignore[attr-defined]
    shared.structlog_processors = structlog_processors


def _before_renderer(processors) -> list[Any]:
    processors = list(processors)
    if add_message in processors:
        return processors
    return [*processors[:-1], add_message, processors[-1]]  # the last one renders the line


def _add_message_to_sdk_stdout() -> None:
    # Task workers print through the task SDK's configure_logging, and so does the triggerer once
    # it starts. The same processors also write task log files, so the key is added to the global
    # structlog chain afterwards, never to the file writers. A task process sends its logs to
    # its supervisor (sending_to_supervisor), which forwards them: it is left alone too.
    try:
        import airflow.sdk.log as sdk_log
    except ImportError:
        return
    original = sdk_log.configure_logging
    if getattr(original, "adds_message", False):
        return

    @functools.wraps(original)
    def configure_logging(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        json_output = kwargs.get("json_output", args[0] if args else False)
        if json_output and not kwargs.get("sending_to_supervisor", False):
            # Structlog's chain, and the formatter of the root handler stdlib records go through.
            structlog.configure(processors=_before_renderer(structlog.get_config()["processors"]))
            for handler in logging.getLogger().handlers:
                if isinstance(handler.formatter, structlog.stdlib.ProcessorFormatter):
                    handler.formatter.processors = _before_renderer(handler.formatter.processors)
        return result

    configure_logging.adds_message = True  # type: ignore[attr-defined]
    sdk_log.configure_logging = configure_logging


_add_message_to_core_processors()
_add_message_to_sdk_stdout()
