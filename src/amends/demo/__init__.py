"""Seeded demo data for a service-recovery workload: customers, their events, and their feedback."""

from amends.demo.generator import DemoData, generate

__all__ = ["DemoData", "generate"]
