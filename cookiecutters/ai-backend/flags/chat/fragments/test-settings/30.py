    **fake_llm_settings(),
