    **FakeProvider.settings(),
