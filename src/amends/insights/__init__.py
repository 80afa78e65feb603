"""Read-side analysis of what amends did: plain rows in, plain reports out (no I/O here)."""
