"""A DAG the local stack's test deletes with a DAG-only deploy: it must then turn stale."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import dag, task


@dag(schedule=None, start_date=datetime(2025, 1, 1), catchup=False)
def local_deleted_by_dags_only():
    @task
    def nothing() -> None:
        pass

    nothing()


local_deleted_by_dags_only()
