"""Start eiso for the demo: web server, background-job worker and (when installed) the scheduler.

    python scripts/run_demo.py [--host 127.0.0.1] [--port 8000]     (EISO_PORT also sets the port)

Ctrl-C or SIGTERM stops every process; if one of them dies, the others are stopped and this script
exits with the dead process's exit code. Run it after setup (`make run` does both).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eiso.demo.logins import DEMO_LOGINS, DEMO_PASSWORD  # noqa: E402

MANAGE = [sys.executable, str(ROOT / "manage.py")]
STOP_TIMEOUT = 10.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("EISO_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("EISO_PORT", "8000")))
    return parser.parse_args(argv)


def available_commands() -> set[str]:
    output = subprocess.run(
        [*MANAGE, "help", "--commands"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return {line.strip() for line in output.splitlines() if line.strip()}


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def wait_for_port(
    host: str, port: int, children: dict[str, subprocess.Popen], timeout: float
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(child.poll() is not None for child in children.values()):
            return False
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def process_commands(host: str, port: int, commands: set[str]) -> dict[str, list[str]]:
    """The processes to run: name -> command line."""
    wanted = {
        # DEBUG is on in the demo, so runserver serves static files; --insecure keeps them served
        # when someone turns DEBUG off for a try-out.
        "web": [*MANAGE, "runserver", f"{host}:{port}", "--noreload", "--insecure"],
        "worker": [*MANAGE, "db_worker", "--queue-name", "*", "--no-reload", "--interval", "1"],
    }
    if "run_scheduler" in commands:
        wanted["scheduler"] = [*MANAGE, "run_scheduler"]
    return wanted


def start(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, subprocess.Popen]:
    # Own process groups: Ctrl-C reaches only this script, which then stops each child once.
    return {
        name: subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
        for name, command in commands.items()
    }


def stop(children: dict[str, subprocess.Popen]) -> None:
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    for child in children.values():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def print_banner(url: str, names: list[str]) -> None:
    print(f"\neiso đang chạy tại {url}  ({', '.join(names)})", flush=True)
    print(f"Tài khoản dùng thử (mật khẩu: {DEMO_PASSWORD}) — chỉ dùng cho bản demo:")
    for login in DEMO_LOGINS:
        print(f"  {login.username:<12} {login.role_vi}")
    print("Dừng: Ctrl-C\n", flush=True)


def supervise(children: dict[str, subprocess.Popen], stopping: list[int]) -> int:
    """Wait until a signal arrives (exit 0) or a child exits (exit with its code)."""
    while not stopping:
        for name, child in children.items():
            code = child.poll()
            if code is not None:
                print(f"eiso: tiến trình {name} đã dừng (mã {code}); dừng các tiến trình khác.")
                stop(children)
                return 128 - code if code < 0 else code  # killed by a signal: shell convention
        time.sleep(0.3)
    stop(children)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not port_is_free(args.host, args.port):
        print(
            f"eiso: cổng {args.port} đang được dùng. Chọn cổng khác: --port 8001 hoặc EISO_PORT=8001.",
            file=sys.stderr,
        )
        return 2
    url = f"http://{args.host}:{args.port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.setdefault("SITE_URL", url)
    stopping: list[int] = []

    def on_signal(signum, _frame):
        stopping.append(signum)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    children = start(process_commands(args.host, args.port, available_commands()), env)
    if wait_for_port(args.host, args.port, children, timeout=60):
        print_banner(url, list(children))
    return supervise(children, stopping)


if __name__ == "__main__":
    sys.exit(main())
