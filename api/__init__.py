import os

# Haystack reports usage to PostHog unless told not to: nothing leaves the machine (and offline it only retries).
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")
