"""A DAG whose only task fails: the local stack's test checks that Airflow reports it failed."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import dag, task


@dag(schedule=None, start_date=datetime(2025, 1, 1), catchup=False)
def local_failing_task():
    @task(retries=0)
    def fail_on_purpose() -> None:
        raise RuntimeError("this task fails on purpose")

    fail_on_purpose()


local_failing_task()
