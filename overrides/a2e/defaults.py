"""Every default the SDK applies, named once: timeouts, retries, waits, sizes and pages.

Modules import their defaults from here, so what the SDK does when a user sets nothing can be
read (and changed) in one place. Plain numbers only: this module imports nothing heavy.
"""

# Connecting should fail fast; starting a task answers quickly, but some reads take seconds.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
# Large files take long to send.
UPLOAD_READ_TIMEOUT = 300.0
# A download's read timeout bounds the wait for each chunk, not the whole file.
DOWNLOAD_READ_TIMEOUT = 60.0

# Retries of one request (never of a paid POST that may have reached A2E).
MAX_RETRIES = 2
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0
# The longest Retry-After honoured; a longer one is cut to this.
RETRY_AFTER_MAX = 60.0

# A wait always ends: half an hour unless the caller says otherwise.
WAIT_TIMEOUT = 1800.0
# Tasks read at once by wait_many_async when the family has no batch read.
WAIT_MAX_CONCURRENCY = 8
# The fixed schedule (PollSchedule): first pause, growth per round, longest pause, jitter.
POLL_INITIAL = 1.0
POLL_FACTOR = 1.5
POLL_MAXIMUM = 20.0
POLL_JITTER = 0.2

# A2E's pages hold at most 100 records (the spec's `maximum` on most page sizes).
PAGE_SIZE = 100
# Pages in a row of records already yielded, pushed there by records added meanwhile, after
# which paging stops: a server that keeps doing it would otherwise never let it end.
MAX_STALE_PAGES = 3

# Bytes read from a local file per chunk of an upload.
UPLOAD_CHUNK = 1 << 20
# Lifetime A2E is asked to give a presigned upload address, in seconds.
UPLOAD_EXPIRES_IN = 3600

# Bytes of an invalid answer kept on its error: enough to see what came.
ERROR_BODY_KEPT = 2000
# httpx refuses longer URLs; saying so before building the request names the problem.
MAX_URL_LENGTH = 65536

# Bulk runs (a2e.batch). Tasks of a run running at once at A2E: accounts have a small limit of
# their own, and a start it refuses for that only slows the run down.
BATCH_CONCURRENCY = 5
# Task ids in one batch read; a round with more running reads them in several.
BATCH_READ_IDS = 100
# After a start refused because too many tasks run (or a 429 without Retry-After), no start
# for this long, doubling at each refusal in a row up to the maximum.
BATCH_BUSY_PAUSE = 2.0
BATCH_BUSY_PAUSE_MAX = 60.0
# Looking a start up by its marker reads the list back to the intent minus this much: A2E's
# clock and this machine's may differ.
BATCH_CLOCK_SKEW = 3600.0
# A lookup of unknown starts that failed (A2E unreachable...) is tried again after this long.
BATCH_LOOKUP_RETRY = 5.0
# Downloads of one finished job tried in one run before it is left for a rerun.
BATCH_DOWNLOAD_ATTEMPTS = 3
# Result downloads of the async runner at once.
BATCH_DOWNLOAD_CONCURRENCY = 8
