"""Griffe extension for the documentation site: doctest examples become code blocks.

The docstrings in ``src/timeline`` are plain Markdown with bare ``>>>`` examples, as
``doctest`` wants them. Markdown would read ``>>>`` as nested block quotes and the outputs
(``['2020-01-30TAF']``) as link references, so before mkdocstrings renders a docstring this
extension wraps every doctest block (from a ``>>>`` line to the next blank line) in a
``pycon`` code fence, drops ``# doctest:`` flags, and turns an RST ``::`` that introduces an
indented literal block into ``:``.

It also gives each pydantic model field without a docstring the ``description`` of its
``Field(...)``, so the reference lists what every field of a result model means.

Only what griffe loaded for the site is changed; the code itself is not.

Loaded by mkdocs.yml (``plugins.mkdocstrings.handlers.python.options.extensions``).
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_FLAGS = re.compile(r"\s*#\s*doctest:.*$")


def fence_doctests(text: str) -> str:
    """``text`` with each doctest block fenced as ``pycon``; other lines unchanged."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and stripped.startswith(">>>"):
            # an indented block (an RST literal block after "::") is fenced at the margin:
            # Markdown would read a fence indented by four spaces as code itself
            indent = line[: len(line) - len(stripped)]
            if out and out[-1].strip():
                out.append("")
            out.append("```pycon")
            while i < len(lines) and lines[i].strip():
                example = lines[i]
                if example.startswith(indent):
                    example = example[len(indent):]
                out.append(_FLAGS.sub("", example))
                i += 1
            out.append("```")
            continue
        if not in_fence and line.endswith("::") and not line.endswith(":::") and (
            i + 1 < len(lines) and not lines[i + 1].strip()
        ):
            line = line[:-1]
        out.append(line)
        i += 1
    return "\n".join(out)


def field_description(value: str) -> str | None:
    """The literal ``description=`` of a ``Field(...)`` call written as ``value``, if any."""
    try:
        node = ast.parse(value, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Call):
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name != "Field":
        return None
    for keyword in node.keywords:
        if keyword.arg == "description" and isinstance(keyword.value, ast.Constant):
            text = keyword.value.value
            return text if isinstance(text, str) else None
    return None


class SiteDocstrings(griffe.Extension):
    """Fence the ``>>>`` examples of every docstring and describe the model fields."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        # on_instance (not on_object): it also runs for the top-level package itself
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
        elif (
            obj.is_attribute
            and obj.parent is not None
            and obj.parent.is_class
            and isinstance(obj, griffe.Attribute)
            and obj.value is not None
            and (text := field_description(str(obj.value)))
        ):
            obj.docstring = griffe.Docstring(text, parent=obj)
