"""Rules as data: the policy YAML, validated by pydantic, and the pure functions that apply it.

Each section of the policy file lives beside the code that evaluates it (``opportunities.py``,
``priority.py``, ``routing.py``, ``sla.py``, ``remedies.py``, ``budgets.py``, ``journeys.py``,
``messages.py``); ``model.py`` puts the sections together and ``loader.py`` reads a file.
"""
