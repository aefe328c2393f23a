from desktop.core import drafts
from desktop.core.store import Store

from .conftest import PASSPHRASE


def test_draft_survives_reopen_and_is_not_synced(store):
    drafts.save(store, "persona", None, {"first_name": "Ștefan", "note": "a metà"})
    store.close()
    with Store.open(store.path, passphrase=PASSPHRASE) as again:
        assert drafts.load(again, "persona", None) == {"first_name": "Ștefan", "note": "a metà"}
        assert drafts.pending(again) == ["draft:persona:nuovo"]
        with again.read() as s:
            assert s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM change_log")).scalar() == 0
        drafts.discard(again, "persona", None)
        assert drafts.load(again, "persona", None) is None
