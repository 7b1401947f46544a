"""Views of nonconformities, corrective actions, proposals and the dashboards."""
