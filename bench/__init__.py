"""``make bench``: speed and memory of ``renaksi convert`` beside the tools a user would otherwise use."""
