"""Views of controlled documents (thin: parse → selector/service → page)."""
