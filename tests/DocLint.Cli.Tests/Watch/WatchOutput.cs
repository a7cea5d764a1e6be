namespace DocLint.Cli.Tests.Watch;

/// <summary>
/// Lines a running watch has printed so far, read while it keeps writing, with a wait that wakes on each new line
/// (and on the process's exit) rather than polling against a clock.
/// </summary>
internal sealed class WatchOutput
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(string line)
    {
        TaskCompletionSource added;
        lock (_gate)
        {
            _lines.Add(line);
            added = _added;
            _added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        added.SetResult();
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// Waits until a line matches. Fails at once, with everything printed so far, when <paramref name="ended"/> (the
    /// watch's process or task) finishes first; <paramref name="backstop"/> only keeps a hung watch from hanging the
    /// test run, so a machine under heavy load is no failure.
    /// </summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan backstop, Task? ended = null)
    {
        var giveUp = Task.Delay(backstop);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                if (_lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                added = _added.Task;
            }

            var first = await Task.WhenAny(added, giveUp, ended ?? giveUp);
            if (first == added)
            {
                continue;
            }

            // The last lines may have arrived with the end.
            if (Lines.FirstOrDefault(match) is { } last)
            {
                return last;
            }

            throw new TimeoutException((first == giveUp ? "expected line not printed within " + backstop : "the watch ended before printing the expected line")
                + "; output was:\n" + string.Join("\n", Lines));
        }
    }
}

/// <summary>A writer that hands each complete line to a <see cref="WatchOutput"/>, for the in-process runs.</summary>
internal sealed class LineWriter(WatchOutput output) : TextWriter
{
    private readonly System.Text.StringBuilder _pending = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_pending)
        {
            if (value == '\n')
            {
                output.Add(_pending.ToString());
                _pending.Clear();
            }
            else
            {
                _pending.Append(value);
            }
        }
    }
}
