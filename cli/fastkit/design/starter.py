"""`--offline`: a starter spec from the description alone, no model, to edit.

A plain reading, not understanding: each plural noun names a domain ("books,
authors and loans"), the words after "with" up to the next comma give its fields
(their type guessed from the last word: *date* a date, *email* an email, *price* a
decimal...), and "of a book" or "to a member" in its part, naming another domain,
a reference. Whatever does not pass a spec file's checks is left out; a domain with
no field found gets a name and a description.
"""

import itertools
import re

from fastkit.domains.fields import parse_field
from fastkit.domains.names import domain_names, singular_of
from fastkit.domains.spec import MINIMAL_FIELDS
from fastkit.shared.validators import InvalidInput

Domains = dict[str, dict[str, list[str]]]
_WORD = re.compile(r"[a-z][a-z0-9]*")
ARTICLES = {"a", "an", "the", "its", "their", "each", "some", "any", "one", "many"}
# Plural words that describe rather than name a record.
NOT_DOMAINS = {
    "details", "things", "records", "data", "news", "lots", "kinds", "types", "others",
    "users", "was", "has", "is", "this", "its", "as", "us", "yes", "plus", "status",
}  # fmt: skip
# The last word of a field's name -> its type (anything else: str).
TYPES_BY_WORD = {
    "date": "date", "day": "date", "birthday": "date",
    "time": "datetime", "at": "datetime", "timestamp": "datetime",
    "email": "email", "mail": "email",
    "price": "decimal", "cost": "decimal", "amount": "decimal", "total": "decimal",
    "balance": "decimal", "fee": "decimal", "salary": "decimal",
    "count": "int", "quantity": "int", "number": "int", "age": "int", "year": "int",
    "rating": "int", "pages": "int", "stock": "int",
    "description": "text", "notes": "text", "note": "text", "body": "text",
    "content": "text", "bio": "text", "summary": "text",
    "active": "bool", "enabled": "bool", "flag": "bool", "paid": "bool", "available": "bool",
    "weight": "float", "latitude": "float", "longitude": "float", "score": "float",
}  # fmt: skip
REFERRING = {"of", "to", "for", "by", "from", "in", "on", "about"}


def starter_domains(description: str) -> Domains:
    """The domains a description names, with the fields and references it gives them;
    a one-line error when it names none."""
    parts = [p for p in re.split(r"[,;:.\n()]+", description.lower()) if p.strip()]
    phrases: dict[str, list[str]] = {}  # domain -> the phrases that may be its fields
    heads: dict[str, list[str]] = {}  # domain -> the words that may refer to another
    current, listing = None, False
    for part in parts:
        head, _, listed = part.partition(" with ")
        named = [n for n in (_domain_of(w) for w in _WORD.findall(head)) if n]
        if named:
            current, listing = named[0], False
            for name in named:
                phrases.setdefault(name, [])
                heads.setdefault(name, [])
        if current is None:
            continue
        if named or listed:
            heads[current].append(head)
        if listed or (listing and not named):  # "with a name, a price and a stock count"
            phrases[current] += re.split(r"\band\b|&", listed or part)
            listing = True
    if not phrases:
        raise InvalidInput(
            "--offline found no record in the description: name them as plural nouns, "
            'as in "books with a title, authors with a name"'
        )
    domains: Domains = {}
    for name in phrases:
        refs = _refs(name, heads[name], set(phrases))
        fields = _checked([*refs, *(_field(phrase) for phrase in phrases[name])])
        domains[name] = {"fields": fields or list(MINIMAL_FIELDS)}
    return domains


def _domain_of(word: str) -> str | None:
    """The domain a plural noun names (books -> book), or None."""
    if word in NOT_DOMAINS or word in TYPES_BY_WORD or len(word) < 3:
        return None
    singular = singular_of(word)
    if singular is None:
        return None
    try:
        return domain_names(singular).name
    except InvalidInput:
        return None


def _refs(name: str, heads: list[str], domains: set[str]) -> list[str]:
    """'loans of a book': book:ref(book), when book is one of the domains."""
    refs = []
    for head in heads:
        words = [w for w in _WORD.findall(head) if w not in ARTICLES]
        for word, following in itertools.pairwise(words):
            target = _singular(following)
            if word in REFERRING and target in domains - {name}:
                refs.append(f"{target}:ref({target})")
    return refs


def _checked(fields: list[str]) -> list[str]:
    """The fields a spec file takes, each name once (a reserved one left out)."""
    kept: dict[str, str] = {}
    for field in fields:
        try:
            parsed = parse_field(field)
        except InvalidInput:
            continue
        kept.setdefault(parsed.name, field)
    return list(kept.values())


def _singular(word: str) -> str:
    return singular_of(word) or word


def _field(phrase: str) -> str:
    """'a due date' -> due_date:date; '' when it names nothing."""
    words = [w for w in _WORD.findall(phrase) if w not in ARTICLES]
    words = words[-3:]  # "an international standard book number": its last words
    if not words:
        return ""
    last = _singular(words[-1]) if words[-1] not in TYPES_BY_WORD else words[-1]
    words = [*words[:-1], last]
    field_type = TYPES_BY_WORD.get(last, "str")
    return f"{'_'.join(words)}:{field_type}"
