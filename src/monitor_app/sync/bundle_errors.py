"""The one error a bundle reader raises: why the bundle was refused, and a short detail."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from monitor_app.core.errors import MonitorError


class BundleProblem(StrEnum):
    """Why a bundle was refused; the service layer turns these into messages for people."""

    NOT_A_BUNDLE = "not_a_bundle"  # neither a bundle ZIP nor an encrypted envelope
    TRUNCATED = "truncated"  # the file ends early (an interrupted copy)
    CORRUPT = "corrupt"  # malformed structure or content
    TAMPERED = "tampered"  # authenticated content does not match (hash, size, tag)
    BAD_SIGNATURE = "bad_signature"  # missing or invalid Ed25519 signature of the manifest
    WRONG_RECIPIENT = "wrong_recipient"  # encrypted for someone else (or no key given)
    TOO_LARGE = "too_large"  # a size, count, ratio or nesting limit was exceeded
    UNSAFE_MEMBER = "unsafe_member"  # unexpected, duplicate or path-trick member name
    UNSUPPORTED_FORMAT = "unsupported_format"  # a newer format or ZIP feature we do not read
    UNREADABLE = "unreadable"  # the operating system could not read or write a file


class BundleRefused(Exception):
    """A bundle that must not be imported. `detail` is short English for logs, not for users."""

    def __init__(self, reason: BundleProblem, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail

    def __repr__(self) -> str:
        return f"BundleRefused({self.reason.value}, {self.detail!r})"


@contextmanager
def guarded() -> Iterator[None]:
    """Whatever goes wrong while reading a bundle leaves as a BundleRefused (or a cancel)."""
    try:
        yield
    except (BundleRefused, MonitorError):
        raise
    except OSError as exc:
        raise BundleRefused(BundleProblem.UNREADABLE, exc.strerror or type(exc).__name__) from exc
    except Exception as exc:  # the promise is one error type; the chain keeps the cause
        raise BundleRefused(BundleProblem.CORRUPT, f"unhandled {type(exc).__name__}") from exc
