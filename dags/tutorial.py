"""A first DAG built from classic operators: three Bash tasks and their dependencies."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG

with DAG(
    dag_id="tutorial",
    description="Classic operators: print the date, sleep, then render a Jinja template",
    schedule=timedelta(days=1),
    start_date=datetime(2025, 1, 1),
    catchup=False,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=5)},
    tags=["example"],
) as dag:
    dag.doc_md = __doc__

    print_date = BashOperator(task_id="print_date", bash_command="date")
    print_date.doc_md = "Prints the current date on the worker."

    sleep = BashOperator(task_id="sleep", bash_command="sleep 1", retries=3)

    # Jinja runs before the command does: {{ ds }} is the run's logical date, and
    # macros are available too.
    templated = BashOperator(
        task_id="templated",
        bash_command=textwrap.dedent(
            """\
            {% for i in range(3) %}
            echo "logical date: {{ ds }}, a week later: {{ macros.ds_add(ds, 7) }}"
            {% endfor %}
            """
        ),
    )

    print_date >> [sleep, templated]
