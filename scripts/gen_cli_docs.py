"""Write docs/cli.md from the Typer app itself, so the CLI reference cannot drift from the code.

Run: .venv/bin/python scripts/gen_cli_docs.py   (tests/test_docs.py fails when docs/cli.md is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "cli.md"


def render() -> str:
    import click
    import typer
    from typer.testing import CliRunner

    from dotterel.cli import app

    group = typer.main.get_command(app)
    ctx = click.Context(group, info_name="dotterel")
    runner = CliRunner()
    env = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}
    lines = ["# dotterel command-line reference", "",
             "Generated from the code by `scripts/gen_cli_docs.py`; do not edit by hand.", "",
             ("Errors print one line, `dotterel: error: <message>`, and exit non-zero (2 for usage errors, 1 "
              "otherwise). Inputs that cannot be coded print `dotterel: skipped <input>: <reason>` and the batch "
              "goes on."), ""]
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        cmd = group.get_command(ctx, name)  # type: ignore[attr-defined]
        if cmd is None:
            continue
        helptext = runner.invoke(app, [name, "--help"], env=env, prog_name="dotterel").stdout
        helptext = "\n".join(line.rstrip() for line in helptext.strip("\n").splitlines())
        lines += [f"## `dotterel {name}`", "", (cmd.help or "").strip(), "", "```text", helptext, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
