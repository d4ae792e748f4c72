"""Every refusal and every bundle outcome reason has words in both languages."""

import re
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.messages import describe, has_message
from monitor_app.services.sync_messages import describe_reason
from monitor_app.sync.bundle_errors import BundleProblem

SERVICES = Path(__file__).resolve().parents[2] / "src" / "monitor_app" / "services"


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_a_message_in_both_languages(code: ErrorCode) -> None:
    assert has_message(code)
    spanish, english = describe(MonitorError(code), "es"), describe(MonitorError(code), "en")
    assert spanish and english and spanish != english


def _service_reasons() -> set[str]:
    source = (SERVICES / "sync_import.py").read_text(encoding="utf-8")
    return set(re.findall(r'_Decision\(Outcome\.\w+, "(\w+)"', source))


def test_every_outcome_reason_has_words() -> None:
    reasons = {p.value for p in BundleProblem} | _service_reasons()
    assert len(reasons) > 15
    for reason in reasons:
        assert describe_reason(reason, "es") != reason, reason
        assert describe_reason(reason, "en") != describe_reason(reason, "es"), reason
