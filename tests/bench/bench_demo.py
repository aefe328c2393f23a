"""Demo generation: the small dataset now, the ambito one when (re)built."""
from __future__ import annotations

from tests.bench.harness import PASSPHRASE, TODAY, Row, bench, timed


@bench
def generation(ctx) -> list[Row]:
    from desktop import demo
    from desktop.demo import SIZES
    from desktop.core.store import Store

    store = Store.open(ctx.scratch / "small.db", passphrase=PASSPHRASE, create=True)
    try:
        small = timed(lambda: demo.build(store, size="small", seed=ctx.seed, today=TODAY))
    finally:
        store.close()
    meta = ctx.dataset_meta("ambito")
    cached = "ambito" not in getattr(ctx, "built_now", set())
    scale = SIZES["ambito"].people / SIZES["small"].people
    return [
        Row("generare il dataset small", small, "", None,
            f"{SIZES['small'].people} persone"),
        Row("generare il dataset ambito", meta["seconds"], "small × persone (lineare)",
            small * scale, ("misura della costruzione in cache; --rebuild per rimisurare"
                            if cached else "costruito in questa esecuzione")
            + f"; {meta['counts'].get('person')} persone, {meta['counts'].get('diary_entry')} voci"),
    ]
