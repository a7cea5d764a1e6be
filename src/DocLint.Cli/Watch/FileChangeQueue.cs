using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace DocLint.Cli.Watch;

/// <summary>
/// File-system events from the watched folders, handed out in batches once the folders have been quiet for a
/// moment: an editor's save is several events (truncate, write, rename over), and one re-lint should follow it.
/// </summary>
internal sealed class FileChangeQueue : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<(string Directory, bool Recursive, string Filter), FileSystemWatcher> _watchers = [];

    /// <summary>Watches a folder (and, if <paramref name="recursive"/>, everything under it) for files matching <paramref name="filter"/>.</summary>
    public void Watch(string directory, bool recursive, string filter = "*")
    {
        if (_watchers.ContainsKey((directory, recursive, filter)) || !Directory.Exists(directory))
        {
            return;
        }

        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _changes.Writer.TryWrite(e.OldFullPath);
            _changes.Writer.TryWrite(e.FullPath);
        };
        // An overflowed event buffer lost changes: the empty path asks for everything to be linted again.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(string.Empty);
        watcher.EnableRaisingEvents = true;
        _watchers[(directory, recursive, filter)] = watcher;
    }

    /// <summary>Each batch: the paths that changed, gathered until no event came for <paramref name="quiet"/>.</summary>
    public async IAsyncEnumerable<IReadOnlySet<string>> BatchesAsync(TimeSpan quiet, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        while (true)
        {
            var batch = new HashSet<string>(StringComparer.Ordinal) { await reader.ReadAsync(cancellationToken) };
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(quiet);
                try
                {
                    batch.Add(await reader.ReadAsync(wait.Token));
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }

            yield return batch;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }
}
