"""Events: what happens in a text, when, and who does it."""
