namespace DocLint.LanguageServer.Workspace;

/// <summary>
/// Runs one lint at a time per document and folds a burst of edits into one lint of the newest text. Edits that
/// arrive during the quiet period (<paramref name="debounce"/>) restart it; edits that arrive while a lint runs
/// make it run once more afterwards. With no quiet period a lone keystroke is linted at once, which is what keeps
/// the editor's squiggles current within a few milliseconds.
/// </summary>
internal sealed class LintScheduler(Func<string, CancellationToken, Task> lintAndPublish, TimeSpan debounce, CancellationToken stopping)
{
    private readonly Dictionary<string, bool> _dirty = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Schedule(string uri)
    {
        lock (_gate)
        {
            if (_dirty.ContainsKey(uri))
            {
                _dirty[uri] = true;
                return;
            }

            _dirty[uri] = false;
        }

        _ = Task.Run(() => RunAsync(uri), stopping);
    }

    private async Task RunAsync(string uri)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (debounce > TimeSpan.Zero)
            {
                do
                {
                    Clear(uri);
                    await Task.Delay(debounce, stopping).ConfigureAwait(false);
                }
                while (IsDirty(uri));
            }
            else
            {
                Clear(uri);
            }

            await lintAndPublish(uri, stopping).ConfigureAwait(false);
            lock (_gate)
            {
                if (!_dirty[uri])
                {
                    _dirty.Remove(uri);
                    return;
                }
            }
        }
    }

    private void Clear(string uri)
    {
        lock (_gate)
        {
            _dirty[uri] = false;
        }
    }

    private bool IsDirty(string uri)
    {
        lock (_gate)
        {
            return _dirty[uri];
        }
    }
}
