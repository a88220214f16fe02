from tests.fake_llm import fake_llm_settings
