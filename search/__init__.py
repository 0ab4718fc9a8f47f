# The ingest package turns Haystack telemetry off; importing it first makes that hold for every entry point.
import ingest  # noqa: F401
