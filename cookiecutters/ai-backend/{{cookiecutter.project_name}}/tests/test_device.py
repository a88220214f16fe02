"""DEVICE=auto|cpu|cuda, tested with the GPU probe replaced (no GPU where these run)."""

import logging

import pytest

from app.core.config import Settings
from app.ml import runtime
from app.ml.device import DeviceUnavailable, select_device
from tests.conftest import ClientFactory


def gpu() -> bool:
    return True


def no_gpu() -> bool:
    return False


def probe_never_called() -> bool:
    raise AssertionError("DEVICE=cpu needs no probe")


def test_auto_takes_the_gpu_when_there_is_one() -> None:
    assert select_device("auto", gpu) == "cuda"


def test_auto_falls_back_to_the_cpu_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="app.ml.device"):
        assert select_device("auto", no_gpu) == "cpu"

    assert [r.getMessage() for r in caplog.records] == [
        "DEVICE=auto: no CUDA GPU found, the model runs on the CPU"
    ]


def test_cpu_is_the_cpu_whatever_is_installed() -> None:
    assert select_device("cpu", probe_never_called) == "cpu"


def test_cuda_is_taken_when_present_and_refused_when_not() -> None:
    assert select_device("cuda", gpu) == "cuda"
    with pytest.raises(DeviceUnavailable, match="DEVICE=cuda"):
        select_device("cuda", no_gpu)


async def test_the_app_does_not_start_on_a_missing_gpu(
    make_client: ClientFactory, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime, "gpu_present", no_gpu)

    with pytest.raises(DeviceUnavailable, match="DEVICE=cuda"):
        async with make_client(settings.model_copy(update={"device": "cuda"})):
            pass


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="device"):
        Settings(device="tpu")
    with pytest.raises(ValueError, match="inference_threads"):
        Settings(inference_threads=0)
