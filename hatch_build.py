"""Hatch build hook: a wheel carries the validated dataset bundle (issue 15).

When the wheel is built, the shipped data/ and assets/ are read and checked in full (every
check ``bodymap validate`` runs), and the result is written as ``bodymap/_bundle/
dataset.bundle`` (see bodymap/domain/bundle.py). An installed bodymap then starts from that
bundle: it never validates at start and never reads a dataset from the user's cache folder.
Bad data fails the build, naming the file and field. Editable installs and sdists get no
bundle: a source checkout keeps its bundle in the user cache folder.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


# (where hatchling is not installed, mypy sees Any: the ignore is for that case)
class DatasetBundleHook(BuildHookInterface[BuilderConfig]):  # type: ignore[misc,unused-ignore]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        # the bodymap being built, not one installed in the build environment
        sys.path.insert(0, str(root))
        try:
            from bodymap.domain.bundle import SHIPPED_BUNDLE, build_shipped_bundle
            from bodymap.domain.errors import DataError
        except ImportError as exc:
            raise RuntimeError(
                f"building the wheel validates the shipped data, which needs bodymap's "
                f"dependencies in the build environment ({exc}); they are listed in "
                "[build-system] requires of pyproject.toml") from exc
        finally:
            sys.path.remove(str(root))
        self._folder = Path(tempfile.mkdtemp(prefix="bodymap-bundle-"))
        out = self._folder / "dataset.bundle"
        try:
            build_shipped_bundle(root / "data", root / "assets", out)
        except DataError as exc:
            raise RuntimeError(f"the shipped data does not validate, so no wheel:\n{exc}") \
                from exc
        build_data["force_include"][str(out)] = f"bodymap/{SHIPPED_BUNDLE}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
