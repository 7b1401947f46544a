"""Generator steps: every module in this package is imported and registers its steps."""
