"""marsad over HTTP: a read-only API on the event store, a write endpoint behind a token, and a map page.

``create_app(db_path)`` (in :mod:`marsad.http.app`) needs the ``serve`` extra (FastAPI, uvicorn).
"""
