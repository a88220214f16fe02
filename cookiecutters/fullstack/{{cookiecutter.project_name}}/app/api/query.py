{#- Generated from cookiecutters/_shared/project/app/api/query.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Query strings as the API documents them: each parameter once."""

from fastapi import Request
from fastapi.exceptions import RequestValidationError


async def refuse_repeated_parameters(request: Request) -> None:
    """No operation takes a list in its query: a name given twice is a 422 (FastAPI
    would otherwise keep one of the values and quietly drop the others)."""
    query = request.query_params
    repeated = sorted({name for name in query if len(query.getlist(name)) > 1})
    if repeated:
        where = ("query", repeated[0])
        raise RequestValidationError(
            [{"loc": where, "msg": "given more than once", "type": "repeated"}]
        )
