"""Fixtures of the accounts tests: the root conftest provides personas, fast hashing and the
browser fixtures (tests.support.browser)."""
