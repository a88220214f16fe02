DATABASE_NAME = "{{ c.__db_name }}"
