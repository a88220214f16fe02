"""fastkit's test tiers: unit, bake, generated (slow) and terminal.

Run the fast tiers alone with `pytest -m "not generated"`.
"""
