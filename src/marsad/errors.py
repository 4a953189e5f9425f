"""Every domain error marsad raises, in one place.

Each error has a stable code (``E001`` ...) so that messages can be looked up and
tests can assert on them. The CLI and the HTTP API turn these into messages and
status codes; library code only raises them.
"""
from __future__ import annotations


class MarsadError(Exception):
    """Base class: ``code`` identifies the error, ``str(err)`` says what to do."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def where(self) -> str:
        if self.source is None:
            return ""
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        where = self.where()
        return f"[{self.code}] {where + ': ' if where else ''}{self.message}"


class InputError(MarsadError):
    """An input (file, line, record) cannot be turned into a Document."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class UndecodableInput(InputError):
    code = "E102"


class BinaryInput(InputError):
    code = "E103"


class MalformedRecord(InputError):
    code = "E104"


class NotArabic(InputError):
    code = "E105"


class InputTooLarge(InputError):
    code = "E106"


class MissingInput(InputError):
    code = "E107"


class PipelineError(MarsadError):
    """The pipeline was configured wrongly (unknown stage, unmet requirement)."""

    code = "E200"


class UnknownStage(PipelineError):
    code = "E201"


class UnmetRequirement(PipelineError):
    code = "E202"


class StageContractError(PipelineError):
    code = "E203"


class ModelError(MarsadError):
    """A model or compiled lexicon is missing or unreadable."""

    code = "E300"


class ModelNotFound(ModelError):
    code = "E301"


class ModelCorrupt(ModelError):
    code = "E302"


class StoreError(MarsadError):
    """The event store cannot be opened, migrated or written."""

    code = "E400"


class FetchFailed(InputError):
    """A URL could not be fetched (network error, HTTP status, timeout, over the size limit)."""

    code = "E108"


class UnreadableSource(InputError):
    """An HTML page or a feed holds no article text marsad can read."""

    code = "E109"


class ProcessingFailed(InputError):
    """The pipeline raised an unexpected error on this one article (a bug in marsad, to report with the
    input); the article is left out and the rest of the batch goes on."""

    code = "E110"


def processing_failed(doc_id: str | None, exc: BaseException) -> ProcessingFailed:
    """The error to report for an article the pipeline failed on with ``exc``."""
    return ProcessingFailed(f"marsad could not process this article ({type(exc).__name__}: {exc}); it was left out",
                            source=doc_id or "<article>")


class StoreFull(StoreError):
    """The disk holding the store (or the store's size limit) is full; what was stored is kept."""

    code = "E402"


class StoreReadOnly(StoreError):
    """The store is read-only (file or folder permissions, a read-only file system)."""

    code = "E403"


class UnknownCanonicalEvent(StoreError):
    """``marsad events show/split`` was given an id the store does not hold."""

    code = "E401"


class EngineError(MarsadError):
    """An execution engine (process pool, Dask) is missing or cannot start."""

    code = "E500"


class ApiError(MarsadError):
    """A request to the HTTP API cannot be answered as asked (bad filter, cursor, body)."""

    code = "E600"


class BadQuery(ApiError):
    """A filter, sort or cursor of ``GET /events`` (or ``/stats``, ``/export``) is not valid."""

    code = "E601"


class WritingDisabled(ApiError):
    """``POST /articles`` is off because no API token is configured (set MARSAD_API_TOKEN)."""

    code = "E602"


class NotAuthorized(ApiError):
    """``POST /articles`` was sent without the right ``Authorization: Bearer`` token."""

    code = "E603"


class UnknownId(ApiError):
    """``GET /events/{id}`` or ``/articles/{id}`` named an id the store does not hold."""

    code = "E604"
