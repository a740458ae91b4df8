"""Python SDK for the CenturyLink Cloud API v2 (placeholder until the facade lands)."""
