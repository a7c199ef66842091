"""Running the pipeline elsewhere than in this process: on worker processes (pool) or a Dask cluster
(dask_engine)."""
