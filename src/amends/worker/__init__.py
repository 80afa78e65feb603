"""Background work: task entry points and the embedded scheduler that runs them in-process.

In production the same task functions run under the worker (Celery on Redis, with the "Learn"
and messaging issues); in embedded mode ``EmbeddedScheduler`` calls them from a thread of
``amends serve``.
"""
