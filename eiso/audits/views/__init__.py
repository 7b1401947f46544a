"""Pages of internal audit: programmes, audits (plans), checklists, reports."""
