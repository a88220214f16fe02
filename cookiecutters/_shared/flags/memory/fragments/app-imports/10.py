from app.domains.item.repository import ItemStore
