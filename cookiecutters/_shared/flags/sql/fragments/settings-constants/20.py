# Plain URLs are accepted and given the async driver the app needs.
ASYNC_DRIVERS = {
{{- fragments("async-drivers") }}
}
