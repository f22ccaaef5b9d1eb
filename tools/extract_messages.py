#!/usr/bin/env python3
"""Collect the StudioError message templates of studio_app/ into the GUI's translation catalogs.

Every string literal passed as the first argument (or ``template=``) of ``StudioError(...)`` or one of
its subclasses is a key of ``resources/messages/<lang>.json`` (template → translation; an empty value
means "not translated yet"). Run from anywhere:

    .venv/bin/python tools/extract_messages.py           # add new templates (empty), keep translations
    .venv/bin/python tools/extract_messages.py --prune   # ... and drop templates no longer in the code
    .venv/bin/python tools/extract_messages.py --check   # exit 1 listing missing/empty/obsolete/mismatched

The module is also imported by tests/studio_app/text/test_messages.py, which runs the same check.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "studio_app"
CATALOG_DIR = ROOT / "resources" / "messages"
BASE_EXCEPTION = "StudioError"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from studio_app.text.messages import CATALOG_LANGUAGES as LANGUAGES, placeholders


# ---------------------------------------------------------------------------------------------- extraction

def _parse_all(source_dir: Path) -> dict[Path, ast.Module]:
    trees = {}
    for path in sorted(source_dir.rglob("*.py")):
        trees[path] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return trees


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_class_names(trees: dict[Path, ast.Module]) -> set[str]:
    """StudioError and every class (anywhere in the package) that derives from it, directly or not."""
    bases_of: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases_of.setdefault(node.name, set()).update(filter(None, map(_name_of, node.bases)))
    names = {BASE_EXCEPTION}
    grew = True
    while grew:
        grew = False
        for cls, bases in bases_of.items():
            if cls not in names and bases & names:
                names.add(cls)
                grew = True
    return names


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "literal"`` assignments, so ``StudioError(SOME_MESSAGE)`` is found too."""
    found = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = _literal(node.value, {})
            if value is not None:
                for target in targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = value
    return found


def _literal(node: ast.expr, names: dict[str, str]) -> str | None:
    """The string a node stands for, when it is known without running the code."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value  # implicit concatenation "a" "b" is already one Constant
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, names), _literal(node.right, names)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


@dataclass
class Extraction:
    templates: dict[str, list[str]] = field(default_factory=dict)  # template -> ["path:line", ...]
    problems: list[str] = field(default_factory=list)  # f-strings and other untranslatable templates


def extract(source_dir: Path | None = None) -> Extraction:
    source_dir = source_dir or SOURCE_DIR
    trees = _parse_all(source_dir)
    classes = error_class_names(trees)
    result = Extraction()
    for path, tree in trees.items():
        names = _module_strings(tree)
        where_base = path.relative_to(source_dir.parent).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name_of(node.func) in classes):
                continue
            arg = node.args[0] if node.args else next(
                (kw.value for kw in node.keywords if kw.arg == "template"), None)
            if arg is None:
                continue
            where = f"{where_base}:{node.lineno}"
            text = _literal(arg, names)
            if text is not None:
                result.templates.setdefault(text, []).append(where)
            elif isinstance(arg, ast.JoinedStr):
                result.problems.append(f"{where}: an f-string cannot be translated; "
                                       "use {placeholders} and keyword arguments instead")
            # anything else (e.g. re-raising ``exc.template``) passes on a template found elsewhere
        for label, line in _labels(tree, names):
            result.templates.setdefault(label, []).append(f"{where_base}:{line}")
    return result


# The checks that name the field they refuse: where their label argument sits (``cleaning.clean(value, "Name")``,
# ``money.parse_amount(text, currency, "Deposit")``). Labels are catalog keys too: messages.translate puts
# the translated label into the translated message.
LABEL_POSITIONS = {"clean": 1, "decimal": 1, "integer": 1, "date": 1, "choice": 2, "parse_amount": 2, "parse_price": 2,
                   "check_minor": 2, "_minor": 2}
LINE_LABEL = "Line {number}"  # what lines.validate calls a line; "Line 2: quantity" is made of two keys


def _is_text_module(func: ast.expr) -> bool:
    """``cleaning.date(...)`` (or ``date`` inside cleaning.py): other ``date`` functions take no label."""
    return isinstance(func, ast.Name) or (isinstance(func, ast.Attribute) and _name_of(func.value) == "cleaning")


def _labels(tree: ast.Module, names: dict[str, str]):
    """(label, line) for every literal field label of the module, and the field part of "{where}: quantity"."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):  # label="Amount" as a default
            arguments = node.args.args + node.args.kwonlyargs
            defaults = [None] * (len(node.args.args) - len(node.args.defaults)) + node.args.defaults \
                + node.args.kw_defaults
            for argument, default in zip(arguments, defaults):
                if argument.arg == "label" and default is not None and _literal(default, names):
                    yield _literal(default, names), node.lineno
        if not isinstance(node, ast.Call):
            continue
        called = _name_of(node.func)
        if called == "field_label" and node.args and _literal(node.args[0], names):  # a label kept in a table
            yield _literal(node.args[0], names), node.lineno
            continue
        if called not in LABEL_POSITIONS or (called == "date" and not _is_text_module(node.func)):
            continue
        position = LABEL_POSITIONS[called]
        arg = node.args[position] if len(node.args) > position else next(
            (kw.value for kw in node.keywords if kw.arg == "label"), None)
        if arg is None:
            continue
        if isinstance(arg, ast.JoinedStr):  # f"{where}: quantity"
            tail = arg.values[-1]
            if isinstance(tail, ast.Constant) and str(tail.value).startswith(": "):
                yield str(tail.value)[2:], node.lineno
                yield LINE_LABEL, node.lineno
        elif _literal(arg, names):
            yield _literal(arg, names), node.lineno


# ---------------------------------------------------------------------------------------------- placeholders

def placeholder_problem(template: str, translation: str) -> str | None:
    try:
        wanted, got = placeholders(template), placeholders(translation)
    except ValueError as exc:  # unbalanced braces
        return f"the translation is not a valid template ({exc})"
    if wanted != got:
        missing, extra = sorted(wanted - got), sorted(got - wanted)
        parts = [f"lacks {{{', '.join(missing)}}}" if missing else "",
                 f"has unknown {{{', '.join(extra)}}}" if extra else ""]
        return "placeholders differ: the translation " + " and ".join(p for p in parts if p)
    return None


# ---------------------------------------------------------------------------------------------- catalogs

def catalog_path(language: str, catalog_dir: Path | None = None) -> Path:
    return (catalog_dir or CATALOG_DIR) / f"{language}.json"


def load_catalog(language: str, catalog_dir: Path | None = None) -> dict[str, str]:
    path = catalog_path(language, catalog_dir)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def write_catalog(language: str, catalog: dict[str, str], catalog_dir: Path | None = None) -> None:
    path = catalog_path(language, catalog_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(catalog, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


@dataclass
class Report:
    language: str
    missing: list[str] = field(default_factory=list)  # in the code, not in the catalog
    empty: list[str] = field(default_factory=list)  # in the catalog, not translated yet
    obsolete: list[str] = field(default_factory=list)  # in the catalog, no longer in the code
    mismatched: list[tuple[str, str]] = field(default_factory=list)  # (template, problem)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.empty or self.obsolete or self.mismatched)

    def lines(self) -> list[str]:
        out = [f"{self.language}: missing: {t!r}" for t in self.missing]
        out += [f"{self.language}: empty: {t!r}" for t in self.empty]
        out += [f"{self.language}: obsolete: {t!r}" for t in self.obsolete]
        out += [f"{self.language}: {problem}: {t!r}" for t, problem in self.mismatched]
        return out


def compare(language: str, templates: set[str] | dict[str, object], catalog: dict[str, str]) -> Report:
    report = Report(language)
    for template in sorted(templates):
        if template not in catalog:
            report.missing.append(template)
        elif not catalog[template].strip():
            report.empty.append(template)
        else:
            problem = placeholder_problem(template, catalog[template])
            if problem:
                report.mismatched.append((template, problem))
    report.obsolete = sorted(set(catalog) - set(templates))
    return report


def check(source_dir: Path | None = None, catalog_dir: Path | None = None,
          languages: tuple[str, ...] = LANGUAGES) -> tuple[Extraction, list[Report]]:
    """Compare the code's templates with each catalog; changes nothing."""
    catalog_dir = catalog_dir or CATALOG_DIR
    extraction = extract(source_dir or SOURCE_DIR)
    reports = [compare(lang, extraction.templates, load_catalog(lang, catalog_dir)) for lang in languages]
    return extraction, reports


def update(source_dir: Path | None = None, catalog_dir: Path | None = None,
           languages: tuple[str, ...] = LANGUAGES, prune: bool = False) -> tuple[Extraction, list[Report]]:
    """Add every template of the code to each catalog (empty when new); drop obsolete ones with ``prune``."""
    catalog_dir = catalog_dir or CATALOG_DIR
    extraction = extract(source_dir or SOURCE_DIR)
    reports = []
    for lang in languages:
        old = load_catalog(lang, catalog_dir)
        report = compare(lang, extraction.templates, old)
        new = {t: old.get(t, "") for t in extraction.templates}
        if not prune:
            new.update({t: old[t] for t in report.obsolete})
        if new != old or not catalog_path(lang, catalog_dir).exists():
            write_catalog(lang, new, catalog_dir)
        reports.append(report)
    return extraction, reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 if any catalog is incomplete")
    mode.add_argument("--prune", action="store_true", help="also remove templates no longer in the code")
    args = parser.parse_args(argv)

    extraction, reports = check() if args.check else update(prune=args.prune)
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(f"{len(extraction.templates)} message templates in {SOURCE_DIR.name}/, "
          f"catalogs in {CATALOG_DIR}")
    for report in reports:
        if args.check:
            for line in report.lines():
                print(line)
        else:
            added = len(report.missing)
            todo = len(report.missing) + len(report.empty)
            print(f"{report.language}: {added} added, {todo} to translate, "
                  f"{len(report.obsolete)} obsolete{' (removed)' if args.prune else ''}, "
                  f"{len(report.mismatched)} with wrong placeholders")
            for template, problem in report.mismatched:
                print(f"  {problem}: {template!r}")
            if report.obsolete and not args.prune:
                for template in report.obsolete:
                    print(f"  obsolete: {template!r}")
    if args.check:
        bad = [r for r in reports if not r.ok] or extraction.problems
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
