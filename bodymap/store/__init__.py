"""Client records (clients and their visits) in SQLite. No Qt: the CLI uses it too.

    with Store.open(default_db_path()) as store:
        client = store.add_client("Ana Silva")
        store.add_visit(client.id, VisitDraft(date=date.today(), drawing={"left.low_back": 6}))
"""

from bodymap.store.database import DB_ENV, Store, default_db_path, new_database_beside
from bodymap.store.errors import (
    CorruptDatabase,
    DatabaseReplacedError,
    ImportRefusedError,
    NotFoundError,
    StoreError,
)
from bodymap.store.models import Client, Visit, VisitDraft, VisitRecord, VisitRevision
from bodymap.store.transfer import (
    export_client_json,
    import_client_json,
    read_client_json,
    write_client_csv,
    write_client_json,
)

__all__ = [
    "DB_ENV",
    "Client",
    "CorruptDatabase",
    "DatabaseReplacedError",
    "ImportRefusedError",
    "NotFoundError",
    "Store",
    "StoreError",
    "Visit",
    "VisitDraft",
    "VisitRecord",
    "VisitRevision",
    "default_db_path",
    "export_client_json",
    "import_client_json",
    "new_database_beside",
    "read_client_json",
    "write_client_csv",
    "write_client_json",
]
