"""Which device the model runs on, from DEVICE: auto, cpu or cuda.

auto takes a CUDA GPU when the runtime finds one, else the CPU (said once in the
log); cuda without a GPU stops the app at start, naming the setting.
"""

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)


class DeviceUnavailable(RuntimeError):
    pass


def select_device(setting: str, gpu_present: Callable[[], bool]) -> str:
    if setting == "cpu":
        return "cpu"
    if gpu_present():
        return "cuda"
    if setting == "cuda":
        raise DeviceUnavailable(
            "DEVICE=cuda, but the model's runtime finds no CUDA GPU: "
            "set DEVICE=auto or DEVICE=cpu"
        )
    logger.info("DEVICE=auto: no CUDA GPU found, the model runs on the CPU")
    return "cpu"
