"""JSON views of world records, shaped like the real API's responses: every resource's
rendering lives in this package, one module per resource family."""
