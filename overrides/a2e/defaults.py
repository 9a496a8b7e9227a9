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

# Keys of recent clients masked in server text (older ones still are when shaped like sk_...).
SECRETS_REMEMBERED = 64
# The largest answer read into memory, once decoded: A2E's answers are kilobytes, and a
# compressed one counts as it expands.
MAX_ANSWER_SIZE = 32 * 2**20
# Hostile servers and files (SECURITY.md): the longest file name made from a task id, before
# its suffix; the largest result file saved (a body that never ends must end somewhere; A2E's
# videos are far smaller); redirects followed for one download.
MAX_FILE_STEM = 64
MAX_DOWNLOAD_SIZE = 8 * 2**30
MAX_REDIRECTS = 10
# A local file whose size cannot be known first (a pipe, a /proc file) is read whole into
# memory before it is uploaded, up to this many bytes.
UPLOAD_UNSIZED_MAX = 64 * 2**20
# Storage's answer to an upload is read for its status and an error message only.
STORAGE_ANSWER_MAX = 64 * 2**10

# The fitted schedule (the default of every wait): a finished task is meant to be seen within
# the larger of FIT_MIN_LAG seconds and FIT_LAG_FRACTION of its run time.
FIT_LAG_FRACTION = 0.05
FIT_MIN_LAG = 1.0
# Share of a family's tasks expected to end before reads turn dense: catching those few on time
# would cost every other task the same dense reads from its start.
FIT_EARLY_SHARE = 0.05
# Longest pause while a task is far from its likely end, so that an early failure, a status
# change or a progress figure is still seen.
FIT_SPARSE_MAX = 60.0
# Longest pause of all: past 100 minutes 5% of a task's age would be more, and a record whose
# creation time is wrong could make it days.
FIT_PAUSE_MAX = 300.0
# The first dense read comes up to this fraction early, so that waits started together drift
# apart instead of reading A2E in bursts.
FIT_JITTER = 0.1
# A family that declares no duration: what its run times are taken to be (median in seconds,
# and the spread of their logarithm).
TASK_TYPICAL_SECONDS = 60.0
TASK_SPREAD = 0.5
# How far a run time predicted from A2E's progress figure (0-100) may be off (log scale).
PROGRESS_SPREAD = 0.35
# Learning from finished tasks: run times kept per server and family (the latest), and how many
# tasks' worth of weight the family's declared duration keeps against them.
LEARNED_KEPT = 100
PRIOR_WEIGHT = 4.0
# Run times longer than this are not learned from: a record that old is a stuck or odd task.
LEARNED_LONGEST = 7 * 24 * 3600.0
# Servers whose learned run times the `a2e` command keeps in its cache file.
LEARNED_SERVERS = 8

# "Did you mean" for a mistyped name (a task family, a command): difflib's similarity from
# which a known name is offered, and how many are offered at most.
CLOSE_MATCH = 0.6
CLOSE_MATCHES_SHOWN = 3

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
