"""A job belongs to the caller who sent it (the token's subject): to anyone else it
does not exist, and without a token nothing is answered."""

from httpx import AsyncClient

from app.core.config import Settings
from tests.examples import INPUTS
from tests.token_issuer import valid_token

JOBS = "/api/v1/jobs"


async def test_a_job_belongs_to_its_sender(
    client: AsyncClient, settings: Settings
) -> None:
    sent = await client.post(JOBS, json={"inputs": INPUTS})
    job_url = f"{JOBS}/{sent.json()['id']}"
    token = valid_token(settings, sub="someone-else")
    someone_else = {"Authorization": f"Bearer {token}"}

    mine = await client.get(job_url)
    theirs = await client.get(job_url, headers=someone_else)
    del client.headers["Authorization"]
    anonymous = await client.get(job_url)

    assert mine.status_code == 200
    assert theirs.status_code == 404
    assert anonymous.status_code == 401
