"""Linking: mentions → entities (local ones now; the knowledge base plugs in here)."""
