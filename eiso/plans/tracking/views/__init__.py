"""Pages of plan tracking (thin: fetch-and-authorise, selector/service, render)."""
