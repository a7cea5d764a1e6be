namespace DocLint.Cli.Tests.Watch;

/// <summary>Lines a running watch has printed so far, read while it keeps writing, with a wait for an expected line.</summary>
internal sealed class WatchOutput
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
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

    /// <summary>Waits until a line matches, and fails with everything printed so far when none does in time.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("expected line not printed within " + timeout + "; output was:\n" + string.Join("\n", Lines));
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
