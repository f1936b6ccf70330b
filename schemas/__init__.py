"""The output contract as code, and the typed errors every stage may raise."""
