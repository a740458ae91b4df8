"""A local emulator of the CLC API v2 (placeholder until the emulator lands)."""
