"""The worker fork server loads the story model's word frequencies and the embeddings once:
workers start with them (real worker processes, forked by the real fork server)."""

from __future__ import annotations

from monitor import dense, pools


def test_workers_start_with_the_embeddings_loaded() -> None:
    assert "monitor.workerwarm" in pools.WORKER_PRELOAD
    with pools.process_pool(2) as pool:
        loaded = [pool.submit(dense.loaded).result(timeout=120) for _ in range(2)]
    assert loaded == [True, True]
