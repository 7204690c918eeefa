"""`kg evaluate`: score a built store's facts against a hand-made gold set.

A tool over the store, like the benchmarks: it builds the articles with kg's own build (or
takes a store), runs the contract queries of `queries/` and scores their rows with the
dev-news-gold README's strict rules. `gold` reads the gold file, `normalize` is the rules'
label match, `score` the matching (pure), `report` the figures and misses, `run` the I/O.
"""
