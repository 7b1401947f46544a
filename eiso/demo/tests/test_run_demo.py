"""scripts/run_demo.py: which processes it starts, and how it stops them."""

from __future__ import annotations

import importlib.util
import signal
import socket
import sys
from pathlib import Path

import pytest
from django.conf import settings

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "run_demo.py"


@pytest.fixture(scope="module")
def run_demo():
    spec = importlib.util.spec_from_file_location("run_demo", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_web_worker_and_scheduler_commands(run_demo):
    with_scheduler = run_demo.process_commands("127.0.0.1", 8123, {"run_scheduler"})
    assert with_scheduler["web"][-4:] == ["runserver", "127.0.0.1:8123", "--noreload", "--insecure"]
    assert with_scheduler["worker"][2:5] == ["db_worker", "--queue-name", "*"]
    assert with_scheduler["scheduler"][-1] == "run_scheduler"
    without = run_demo.process_commands("127.0.0.1", 8123, set())
    assert set(without) == {"web", "worker"}


def test_the_commands_it_starts_exist(run_demo):
    commands = run_demo.available_commands()
    assert {"runserver", "db_worker", "run_scheduler", "seed_demo"} <= commands


def test_a_dead_child_stops_the_others_and_gives_its_exit_code(run_demo):
    children = run_demo.start(
        {
            "sleeper": _python("import time; time.sleep(60)"),
            "failing": _python("raise SystemExit(3)"),
        },
        env=None,
    )
    assert run_demo.supervise(children, stopping=[]) == 3
    assert children["sleeper"].returncode == -signal.SIGTERM


def test_a_stop_signal_stops_every_child_and_exits_cleanly(run_demo):
    children = run_demo.start({"sleeper": _python("import time; time.sleep(60)")}, env=None)
    assert run_demo.supervise(children, stopping=[signal.SIGTERM]) == 0
    assert children["sleeper"].returncode is not None


def test_a_busy_port_is_reported_before_anything_starts(run_demo, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert not run_demo.port_is_free("127.0.0.1", port)
        assert run_demo.main(["--port", str(port)]) == 2
    assert "--port" in capsys.readouterr().err
