"""Use cases. Each write is one named function that owns its transaction and its audit entry."""
