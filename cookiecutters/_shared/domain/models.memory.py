"""The {{ d.cls }} stored by the {{ d.titles }} domain."""

{{ imports }}

{{ d.cls }}Id = int


@dataclass
class {{ d.cls }}:
    id: int
{% for field in fields %}
{{ code.dataclass_field(field) }}
{% endfor %}
