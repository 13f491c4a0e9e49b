"""Progress bars: reproject's ``progress_bar`` convention (a callable such as ``tqdm.tqdm`` that wraps an
iterable), advanced by one item per finished engine block (or dask chunk)."""

from contextlib import contextmanager

__all__ = ["progress"]


class _Bar:
    def __init__(self, progress_bar, total):
        self.bar = progress_bar(range(total))
        self._it = iter(self.bar)
        self._left = total

    def __call__(self, n):
        n = min(int(n), self._left)
        for _ in range(n):
            next(self._it, None)
        self._left -= n

    def finish(self):
        self(self._left)
        # one more step ends the iteration: tqdm shows the final count and closes itself
        next(self._it, None)

    def abort(self):
        close = getattr(self.bar, "close", None)
        if callable(close):
            close()


@contextmanager
def progress(progress_bar, total):
    """Yield a ``callback(n)`` advancing ``progress_bar(range(total))`` by ``n`` (None without a bar)."""
    if progress_bar is None:
        yield None
        return
    bar = _Bar(progress_bar, int(total))
    try:
        yield bar
    except BaseException:
        bar.abort()
        raise
    bar.finish()
