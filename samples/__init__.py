"""Sample RENAKSI PDFs with their ground truth, and the generator that makes them.

The committed ``*.pdf`` + ``*.truth.csv`` pairs beside this file are test inputs;
``samples.generator`` makes more on demand (``python -m samples.generator``).
"""
