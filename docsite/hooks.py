"""MkDocs hook: the pages written at build time from the spec and the command lines.

``mkdocs.yml`` names the operation reference's index in its navigation; this hook puts
one entry per tag after it and adds the generated pages to the build, so a new
operation or tag in ``spec/clc-v2.yaml`` appears without editing the site.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from docsite import cli_reference, emulator_cli, operations


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    index = f"{operations.FOLDER}/index.md"
    if not _expand(config.nav or [], index, operations.nav(operations.load_spec())):
        raise ValueError(f"mkdocs.yml: the navigation must name {index}")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    generated = operations.pages(operations.load_spec())
    generated[emulator_cli.PAGE] = emulator_cli.page()
    generated[cli_reference.PAGE] = cli_reference.page()
    for path, text in generated.items():
        files.append(File.generated(config, path, content=text))
    return files


def _expand(nav: list[Any], index: str, entries: list[Any]) -> bool:
    """Replace the section entry ``{title: index}`` in ``nav`` by ``{title: entries}``."""
    for item in nav:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if value == index:
                item[title] = entries
                return True
            if isinstance(value, list) and _expand(value, index, entries):
                return True
    return False
