"""Service-backed tests skip with a reason, or fail when CI requires the services."""

import pytest

import support


def test_an_unreachable_service_skips_with_its_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(support, "reachable", lambda port: False)
    monkeypatch.delenv("FASTKIT_REQUIRE_SERVICES", raising=False)

    with pytest.raises(
        pytest.skip.Exception, match=r"PostgreSQL is not reachable on 127.0.0.1:5432"
    ):
        support.require_service("postgres")


def test_ci_turns_the_skip_into_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(support, "reachable", lambda port: False)
    monkeypatch.setenv("FASTKIT_REQUIRE_SERVICES", "1")

    with pytest.raises(pytest.fail.Exception, match="FASTKIT_REQUIRE_SERVICES=1"):
        support.require_service("mysql")


def test_a_reachable_service_lets_the_test_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(support, "reachable", lambda port: True)

    support.require_service("postgres")
