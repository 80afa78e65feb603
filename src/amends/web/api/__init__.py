"""JSON routers, one per noun."""
