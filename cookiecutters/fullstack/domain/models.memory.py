"""The {{ d.cls }} stored by the {{ d.titles }} domain."""

{{ imports }}

{{ d.cls }}Id = int


@dataclass
class {{ d.cls }}:
    id: int
{% for field in fields %}
{{ code.dataclass_field(field) }}
{% endfor %}
{# Generated from cookiecutters/_shared/domain/models.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
