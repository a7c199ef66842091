"""Extraction on a Dask cluster: documents go out in partitions, each worker process loads the
model once, ArticleResults come back in input order and are merged here as in a local build."""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from ..read.documents import Document
from ..errors import InputError, KgError
from ..extract import ArticleResult, extract
from ..read.guard import ArticleFailure


def _partition(documents: list[Document], settings: tuple) -> list[ArticleResult | ArticleFailure]:
    model, published, batch_size, seconds = settings
    return list(extract(documents, model, published, batch_size, seconds=seconds))


def extract_dask(documents: Iterable[Document], options, chunk: int) -> Iterator[ArticleResult | ArticleFailure]:
    """ArticleResults (or ArticleFailures) from a Dask cluster at options.scheduler, or from a
    local cluster of options.workers processes when no address is given. Dask runs tasks in
    threads, where an article over its time budget is reported once it is done, not interrupted."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'newskg[dask]'") from None
    for name in ("distributed", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    try:
        if options.scheduler:
            client = Client(options.scheduler, timeout=30)
        else:
            cluster = LocalCluster(n_workers=max(options.workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler {options.scheduler}: {exc}") from None
    try:
        docs = list(documents)
        partitions = [docs[i:i + chunk] for i in range(0, len(docs), chunk)]
        settings = (options.model, options.published, options.batch_size, options.max_seconds)
        futures = client.map(_partition, partitions, settings=settings, pure=False)
        for future in futures:  # in input order
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
