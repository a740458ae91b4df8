"""Tooling of the documentation site (``mkdocs.yml``, sources in ``docs/``).

- ``hooks``: the MkDocs hook that adds the pages generated at build time: the API
  operation reference (``operations``) and the emulator's command line (``emulator_cli``).
- ``griffe_extensions``: what the reference would otherwise render wrongly (Sphinx roles
  in docstrings, methods bound from module functions).
- ``coverage``: docstring coverage of the public API (``python -m docsite.coverage``).
- ``browser_check``: builds, serves and opens the site in headless Chromium
  (``python -m docsite.browser_check``), as CI does.
"""
