"""Adapters: each translates one platform's wire format to the neutral model and back."""
