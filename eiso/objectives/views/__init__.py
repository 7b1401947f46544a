"""Pages of quality objectives (thin: parse → selector/service → page or htmx partial)."""
