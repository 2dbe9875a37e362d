"""The DAGs in dags/: they import cleanly, and each runs to success with dag.test()."""

from __future__ import annotations

import pytest

from conftest import REPO

EXPECTED_DAG_IDS = {"tutorial", "tutorial_taskflow_api"}


@pytest.fixture(scope="module")
def dagbag(airflow_in_process):
    from airflow.dag_processing.dagbag import DagBag

    # 3.3 dropped include_examples: example DAGs are a bundle of their own, and LOAD_EXAMPLES is off.
    return DagBag(dag_folder=str(REPO / "dags"))


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == EXPECTED_DAG_IDS


@pytest.mark.parametrize("dag_id", sorted(EXPECTED_DAG_IDS))
def test_dags_do_not_start_in_the_future_or_catch_up(dagbag, dag_id):
    from airflow.sdk import timezone

    dag = dagbag.get_dag(dag_id)
    assert dag.catchup is False
    assert dag.start_date is not None and dag.start_date <= timezone.utcnow()


def _run(dagbag, dag_id: str):
    from airflow.utils.state import DagRunState, TaskInstanceState

    run = dagbag.get_dag(dag_id).test()
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert run.state == DagRunState.SUCCESS, states
    assert set(states.values()) == {TaskInstanceState.SUCCESS}, states
    return run, states


def test_tutorial_runs_to_success(dagbag):
    from airflow.models.renderedtifields import RenderedTaskInstanceFields

    run, states = _run(dagbag, "tutorial")
    assert set(states) == {"print_date", "sleep", "templated"}
    downstream = dagbag.get_dag("tutorial").get_task("print_date").downstream_task_ids
    assert downstream == {"sleep", "templated"}

    rendered = RenderedTaskInstanceFields.get_templated_fields(run.get_task_instance("templated"))
    ds = run.logical_date.strftime("%Y-%m-%d")
    assert rendered["bash_command"].count(f'echo "logical date: {ds}, a week later: ') == 3


def test_tutorial_taskflow_api_runs_to_success_and_passes_data(dagbag):
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    run, states = _run(dagbag, "tutorial_taskflow_api")
    assert set(states) == {"extract", "transform", "load"}
    with create_session() as session:
        query = XComModel.get_many(
            run_id=run.run_id, dag_ids=run.dag_id, task_ids="transform", key="total_order_value"
        )
        values = [XComModel.deserialize_value(row) for row in session.scalars(query)]
    assert values == [1236.7]
