"""The hand-written commands, one module per resource (imported only when used)."""
