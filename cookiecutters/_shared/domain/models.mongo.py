"""The {{ d.cls }} stored by the {{ d.titles }} domain."""

{{ imports }}

{{ d.cls }}Id = PydanticObjectId


class {{ d.cls }}(Document):
{% for field in fields %}
{{ code.document_field(field) }}
{% endfor %}
{% if owned %}
    # Who may change or delete it: set from the signed-in user, never the body.
    owner_id: PydanticObjectId
{% endif %}

    class Settings:
        name = "{{ d.plural }}"
