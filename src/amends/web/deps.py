"""Typed dependencies, so handlers read as prose: ``uow: UowDep, now: Now``."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from amends.errors import Unauthorized
from amends.policy.loader import LoadedPolicy
from amends.runtime import Runtime
from amends.services.unit_of_work import UnitOfWork

_bearer = HTTPBearer(auto_error=False, description="AMENDS_API_TOKEN, when the server sets one")


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_uow(runtime: RuntimeDep) -> UnitOfWork:
    return runtime.uow()


def get_uow_factory(runtime: RuntimeDep) -> Callable[[], UnitOfWork]:
    return runtime.uow


def get_policy(runtime: RuntimeDep) -> LoadedPolicy:
    """The policy in force for this request (re-read when its file changed)."""
    return runtime.policy()


def get_now(runtime: RuntimeDep) -> datetime:
    return runtime.clock()


def get_clock(runtime: RuntimeDep) -> Callable[[], datetime]:
    return runtime.clock


def require_token(
    runtime: RuntimeDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    expected = runtime.settings.api_token
    if expected is None:
        return
    given = credentials.credentials if credentials is not None else ""
    if not secrets.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise Unauthorized("missing or wrong bearer token (Authorization: Bearer <token>)")


UowDep = Annotated[UnitOfWork, Depends(get_uow)]
UowFactoryDep = Annotated[Callable[[], UnitOfWork], Depends(get_uow_factory)]
PolicyDep = Annotated[LoadedPolicy, Depends(get_policy)]
Now = Annotated[datetime, Depends(get_now)]
ClockDep = Annotated[Callable[[], datetime], Depends(get_clock)]
