"""The README's demo-login table stays in step with the generator's logins."""

from pathlib import Path

from django.conf import settings

from eiso.demo.logins import DEMO_LOGINS, DEMO_PASSWORD


def test_readme_lists_every_demo_login_with_its_password_and_the_warning():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    demo = readme.split("## Demo", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in demo.splitlines() if line.startswith("| ") and "`" in line]
    assert [row.split("`")[1] for row in rows] == [login.username for login in DEMO_LOGINS]
    assert all(f"`{DEMO_PASSWORD}`" in row for row in rows)
    assert "must never exist in a production installation" in " ".join(demo.split())
