from app.domains.items.repository import ItemStore
