"""Pure domain: vocabulary, values and rules. No I/O, no clock, no database."""
