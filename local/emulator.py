"""The AWS emulator (moto in server mode) as this project runs it, for jest and for `npm start`.

    python local/emulator.py -H 127.0.0.1 -p 5000     (the arguments of moto_server)

One correction to moto, made here so both launchers get it: S3 bucket policies are evaluated as
AWS evaluates them for requests over TLS.
- moto evaluates a bucket policy with no request context and ignores operators it does not know
  (Bool among them), so a statement with `"Bool": {"aws:SecureTransport": "false"}` applies to
  every request, and the usual TLS-only Deny refuses every object call.
- It also treats a statement whose condition does not hold as an explicit Deny, where AWS treats
  it as not applying.
Here the SDK's requests stand for TLS ones (aws:SecureTransport is true), Bool is evaluated, and a
statement whose condition does not hold does not apply. A Deny without a condition still denies.
"""

from __future__ import annotations

import sys
from typing import Any

# Context of every S3 request as AWS would see the SDK's (HTTPS) requests.
S3_REQUEST_CONTEXT = {"aws:SecureTransport": "true"}


class ConditionContext(dict):
    """Condition keys are case-insensitive in AWS (`aws:securetransport` names the same key)."""

    def __init__(self, values: dict[str, str]):
        super().__init__({k.lower(): v for k, v in values.items()})

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())


def bool_equals(expected: Any, actual: str) -> bool:
    wanted = expected if isinstance(expected, list) else [expected]
    return str(actual).lower() in {str(w).lower() for w in wanted}


def patch_moto() -> None:
    from moto.iam import policy_conditions
    from moto.iam.access_control import IAMPolicy, IAMPolicyStatement, PermissionResult
    from moto.s3.models import FakeBucket

    policy_conditions.CONDITION_OPERATIONS.setdefault("Bool", bool_equals)

    statement_permits = IAMPolicyStatement.is_action_permitted

    def is_action_permitted(
        self: IAMPolicyStatement,
        action: str,
        resource: str = "*",
        principal: str | None = None,
        incoming_condition_values: dict[str, str] | None = None,
    ) -> PermissionResult:
        if self._statement.get("Condition") and not self._check_conditions(incoming_condition_values):
            return PermissionResult.NEUTRAL
        return statement_permits(self, action, resource, principal, incoming_condition_values)

    def get_permission(self: FakeBucket, action: str, resource: str) -> PermissionResult:
        if self.policy is None:
            return PermissionResult.NEUTRAL
        context = ConditionContext(S3_REQUEST_CONTEXT)
        return IAMPolicy(self.policy.decode()).is_action_permitted(action, resource, None, context)

    IAMPolicyStatement.is_action_permitted = is_action_permitted  # type: ignore[method-assign]
    FakeBucket.get_permission = get_permission  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    patch_moto()
    from moto.server import main as moto_server

    moto_server(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
