
    def call(self, method: str, path: str, **case: Any) -> Any:
        request = schema[path][method].Case(**case)
        return request.call(app=self.app, cookies=self.cookies, allow_redirects=False)
