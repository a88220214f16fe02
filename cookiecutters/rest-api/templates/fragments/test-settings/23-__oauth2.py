        **FakeProvider.settings(),
