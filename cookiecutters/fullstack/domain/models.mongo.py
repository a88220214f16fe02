"""The {{ d.cls }} stored by the {{ d.titles }} domain."""

{{ imports }}

{{ d.cls }}Id = PydanticObjectId
{% if refs %}
# Out of the class body, where a field named `type` would hide the builtin.
References = dict[str, type[Document]]
{% endif %}


class {{ d.cls }}(Document):
{% for field in fields %}
{{ code.document_field(field) }}
{% endfor %}
{% if owned %}
    # Who may change or delete it: set from the signed-in user, never the body.
    owner_id: PydanticObjectId
{% endif %}
{% if refs %}
    # The documents each reference names. MongoDB keeps no foreign keys: deleting a
    # document is refused while one of these still names it (repository.delete).
    REFERENCES: ClassVar[References] = {
{% for field in refs %}
        "{{ field.name }}": {{ field.ref_cls }},
{% endfor %}
    }
{% endif %}

    class Settings:
        name = "{{ d.plural }}"
{# Generated from cookiecutters/_shared/domain/models.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
