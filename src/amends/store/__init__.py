"""Persistence: SQLAlchemy tables, repositories, engine and migrations. The only package that
knows there is a database."""
