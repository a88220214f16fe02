

def estimated_bits(secret: str) -> float:
    """Guessing cost of a random-looking key: repeats and tiny alphabets score low."""
    distinct = len(set(secret))
    return len(secret) * math.log2(distinct) if distinct > 1 else 0.0
