"""Running the pipeline elsewhere than in this process: on a Dask cluster (dask_engine)."""
