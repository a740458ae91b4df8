"""``clc``: the command line of the SDK (the ``[cli]`` extra).

Every operation of the spec is a command (``clc <tag> <operation>``, built from the
generated client's endpoint index), with friendlier hand-written commands where people
work most (``clc server``, ``clc group``, ``clc wait``...). Modules, one concept each:

- :mod:`~clc.cli.app`: the root command and the entry point;
- :mod:`~clc.cli.operations`, :mod:`~clc.cli.api_commands`, :mod:`~clc.cli.option_types`,
  :mod:`~clc.cli.api_call`: the API operations as commands;
- :mod:`~clc.cli.commands`: the hand-written commands, on the ``clc.v2`` object model;
- :mod:`~clc.cli.invocation`, :mod:`~clc.cli.selection`, :mod:`~clc.cli.render`: the shared
  options, ``--filter``/``--query`` and the output formats;
- :mod:`~clc.cli.progress`, :mod:`~clc.cli.waiting`: waiting on queued work;
- :mod:`~clc.cli.credentials`, :mod:`~clc.cli.profiles`: which account, and ``clc login``;
- :mod:`~clc.cli.exit_codes`: the exit codes and the one-line error.
"""
