"""The run report in a real browser: headless Chromium draws its charts with no console errors.

Skips where no Chromium is installed (``apt-get install -y chromium
fonts-noto-cjk``; ``.ci/run`` does it). Under ``make test`` the screenshot is
kept as ``$EXTRACT_TEST_OUTPUTS/report.png``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import extract

from ..conftest import CORPUS

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


def browser() -> str:
    for name in BROWSERS:
        if path := shutil.which(name):
            return path
    pytest.skip("no Chromium installed (apt-get install -y chromium fonts-noto-cjk)")


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        return subprocess.run([browser(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run")
    extract.run(CORPUS, out, jobs=1)
    return out / "report.html"


def test_report_renders_charts_without_console_errors(report):
    proc = chromium(report, "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [ln for ln in proc.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert console == []
    body = re.search(r"<body[^>]*data-charts-drawn=\"(\d+)\"", proc.stdout)
    assert body, "the page's load script did not run"
    charts = report.read_text(encoding="utf-8").count('<svg class="chart"')
    assert charts >= 4 and int(body.group(1)) == charts  # every chart with bars has a laid-out box


def test_report_screenshot_is_drawn(report, tmp_path):
    shot = tmp_path / "report.png"
    proc = chromium(report, "--window-size=1280,2400", f"--screenshot={shot}", "--hide-scrollbars")
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a blank page compresses to a few kB
    if keep := os.environ.get("EXTRACT_TEST_OUTPUTS"):
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "report.png")
