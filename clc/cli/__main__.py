"""``python -m clc.cli``: the same as the ``clc`` console script."""

from clc.cli.app import run

run()
