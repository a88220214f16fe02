"""Conversations as the API takes them, and what the tests' fake model answers."""

from typing import Any

HELLO: dict[str, Any] = {"messages": [{"role": "user", "content": "Hello there"}]}
RECIPE: dict[str, Any] = {
    "messages": [
        {"role": "system", "content": "You are a cook."},
        {"role": "user", "content": "Pancakes?"},
        {"role": "assistant", "content": "Flour, milk, eggs."},
        {"role": "user", "content": "How many eggs?"},
    ],
    "max_tokens": 50,
    "temperature": 0.2,
}

# What the job tests send, and what answer() reads from each output.
INPUTS = [HELLO, RECIPE]
ANSWERS = ["You said: Hello there", "You said: How many eggs?"]


def answer(output: dict[str, Any]) -> str:
    return str(output["content"])
