"""One error tree: every error amends raises on purpose has a stable ``code`` and an HTTP status.

Clients branch on ``code``, never on the message. The web layer renders any ``AmendsError`` as
``{"code": ..., "message": ..., "details": ...}`` with ``http_status``; the CLI prints the message
and exits non-zero.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AmendsError(Exception):
    """Base of every deliberate amends error."""

    code: ClassVar[str] = "amends_error"
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return body


class InvalidInput(AmendsError):
    """The request or file could not be read at all (not a single bad row: see ``InvalidItems``)."""

    code = "invalid_input"
    http_status = 400


class InvalidItems(AmendsError):
    """Some items of a batch were malformed; ``details`` lists each one. The good items landed."""

    code = "invalid_items"
    http_status = 422


class NotFound(AmendsError):
    code = "not_found"
    http_status = 404


class CustomerNotFound(NotFound):
    code = "customer_not_found"


class Unauthorized(AmendsError):
    code = "unauthorized"
    http_status = 401


class MissingExtra(AmendsError, ImportError):
    """An optional part of amends needs packages that are not installed (e.g. ``amends[ml]``)."""

    code = "missing_extra"
    http_status = 501

    def __init__(self, message: str, *, details: Any = None) -> None:
        AmendsError.__init__(self, message, details=details)


class StoreNotReady(AmendsError):
    """The database has no schema, or an older one than this code expects."""

    code = "store_not_ready"
    http_status = 503


class CaseNotFound(NotFound):
    code = "case_not_found"


class OfferNotFound(NotFound):
    """No remedy offer (or approval request) with that id on that case."""

    code = "offer_not_found"


class PromiseNotFound(NotFound):
    code = "promise_not_found"


class PolicyInvalid(AmendsError):
    """A policy file failed validation; ``details`` lists ``{line, path, message}`` per problem."""

    code = "policy_invalid"
    http_status = 422


class IllegalTransition(AmendsError):
    """A case cannot take that action in its status; ``details`` names the actions it can take."""

    code = "illegal_transition"
    http_status = 409


class NotPermitted(AmendsError):
    """The acting agent's role may not do this (e.g. approve a remedy above its own limit)."""

    code = "not_permitted"
    http_status = 403


class UnknownRemedy(AmendsError):
    """A remedy that is not in the policy's catalogue, or an amount the catalogue does not allow."""

    code = "unknown_remedy"
    http_status = 422


ALL_ERRORS: tuple[type[AmendsError], ...] = (
    AmendsError,
    InvalidInput,
    InvalidItems,
    NotFound,
    CustomerNotFound,
    Unauthorized,
    MissingExtra,
    StoreNotReady,
    CaseNotFound,
    OfferNotFound,
    PromiseNotFound,
    PolicyInvalid,
    IllegalTransition,
    NotPermitted,
    UnknownRemedy,
)
