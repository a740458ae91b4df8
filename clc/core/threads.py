"""Blocking calls side by side, on threads that never keep the interpreter alive.

``concurrent.futures.ThreadPoolExecutor`` joins its threads when the interpreter exits. A
status read hanging on a server that stopped answering would then hold a script the user
interrupted with Ctrl-C until that read's deadline (minutes). The threads here are daemon
threads: the caller's ``KeyboardInterrupt`` ends the script at once, and a read left
behind dies with the process. Its answer was only ever a status: nothing is lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")


def map_in_threads(
    fn: Callable[[T], R], items: Sequence[T], workers: int, name: str = "clc-worker"
) -> list[R]:
    """``[fn(item) for item in items]`` with at most ``workers`` calls at a time, the
    results in order. The first exception (by item order) is raised once all are done;
    an interruption of the caller (Ctrl-C) is raised at once."""
    if workers <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    results: list[R | None] = [None] * len(items)
    errors: list[BaseException | None] = [None] * len(items)
    next_index = iter(range(len(items)))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                i = next(next_index, None)
            if i is None:
                return
            try:
                results[i] = fn(items[i])
            except BaseException as exc:  # handed to the caller, in item order
                errors[i] = exc

    threads = [
        threading.Thread(target=work, name=f"{name}-{n}", daemon=True)
        for n in range(min(workers, len(items)))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # interruptible: Ctrl-C here leaves the daemon threads behind
    for error in errors:
        if error is not None:
            raise error
    return cast(list[R], results)  # every slot was filled
