"""The pure packages import nothing from Django, DRF, Celery or our apps, so the NLP runs alone."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = [ROOT / "claims" / "text", ROOT / "claims" / "linking", ROOT / "sources" / "scoring.py",
        ROOT / "sources" / "matching.py", ROOT / "sources" / "naming.py", ROOT / "claims" / "ingestion.py",
        ROOT / "config" / "env.py", ROOT / "hooks" / "signing.py", ROOT / "claims" / "rating.py"]  # fmt: skip
FORBIDDEN = ("django", "rest_framework", "celery", "kombu", "claims.models", "claims.services", "claims.tasks",
             "sources.models", "sources.services", "sources.tasks", "frontend")  # fmt: skip


def _modules() -> list[Path]:
    return sorted(p for item in PURE for p in ([item] if item.is_file() else item.rglob("*.py")))


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_module_imports_no_framework(path):
    bad = [name for name in _imports(path) if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)]
    assert bad == []
