"""The README's Python and Spark snippets run as shown: each ```python block of the "Python and Spark" section,
run from the repository root, prints the ```text block that follows it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import REPO, corpus


def snippets() -> list[tuple[str, str]]:
    text = (REPO / "README.md").read_text()
    section = text.split("## Python and Spark", 1)[1].split("\n## ", 1)[0]
    pairs = re.findall(r"```python\n(.*?)```\n```text\n(.*?)```", section, flags=re.S)
    assert len(pairs) == 3, "the section shows three snippets with their output"
    return pairs


def test_readme_python_snippets_print_what_the_readme_shows():
    corpus()  # fails in CI, skips elsewhere, when the corpus is missing
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable, ETWKIT_STORE="")
    for code, shown in snippets():
        run = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, run.stderr[-3000:]
        # show() ends its table with an empty line, which the README leaves out.
        assert run.stdout.rstrip("\n") == shown.rstrip("\n"), f"the README shows:\n{shown}\nthe snippet prints:\n{run.stdout}"
