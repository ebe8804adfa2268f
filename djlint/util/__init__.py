"""Small helpers shared across the pipeline: character spans, Chinese numerals, the cache folder."""
