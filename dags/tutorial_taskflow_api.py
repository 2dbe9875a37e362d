"""Extract, transform and load with the TaskFlow API: return values travel between tasks as XComs."""

from __future__ import annotations

import json
from datetime import datetime

from airflow.sdk import dag, task


@dag(
    schedule=None,
    start_date=datetime(2025, 1, 1),
    catchup=False,
    tags=["example"],
)
def tutorial_taskflow_api():
    @task
    def extract() -> dict[str, float]:
        # Stands in for reading from an API or a file.
        order_data = '{"1001": 301.27, "1002": 433.21, "1003": 502.22}'
        return json.loads(order_data)

    @task(multiple_outputs=True)
    def transform(orders: dict[str, float]) -> dict[str, float]:
        return {"total_order_value": round(sum(orders.values()), 2)}

    @task
    def load(total_order_value: float) -> None:
        print(f"Total order value is: {total_order_value:.2f}")

    order_summary = transform(extract())
    load(order_summary["total_order_value"])


tutorial_taskflow_api()
