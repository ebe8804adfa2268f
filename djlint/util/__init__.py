"""Small helpers shared across the pipeline: character spans, the vocabulary of Chinese text (zh.py), the cache folder."""
