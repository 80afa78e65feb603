"""amends — service recovery: hear every unhappy customer, get a human to them fast with a fair
make-good, and prove whether it worked.

The public library API is what ``__all__`` lists; everything else may change between versions.
"""

from amends.config import Settings
from amends.domain.records import (
    CustomerRecord,
    EventRecord,
    FeedbackRecord,
    RawRow,
    RecordContext,
    RecordError,
    read_record,
)
from amends.errors import AmendsError
from amends.runtime import Runtime
from amends.services.customers import customer_timeline, find_customer
from amends.services.ingest import IngestReport, ingest

__version__ = "0.1.0"

__all__ = [
    "AmendsError",
    "CustomerRecord",
    "EventRecord",
    "FeedbackRecord",
    "IngestReport",
    "RawRow",
    "RecordContext",
    "RecordError",
    "Runtime",
    "Settings",
    "__version__",
    "customer_timeline",
    "find_customer",
    "ingest",
    "read_record",
]
