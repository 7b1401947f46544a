"""Pages of the organisation domain: agencies, their units, people, roles and QMS status."""
