"""HTTP adapters: the JSON API (and, later, the console). Built by ``create_app(settings)``."""

from amends.web.app import create_app

__all__ = ["create_app"]
