using System.Diagnostics;
using System.Globalization;

namespace DocLint.Cli.Output;

/// <summary>
/// "1,234/10,290 files, 5,678 findings" on one terminal line of stderr, redrawn at most ten times a second. Only
/// for a person watching: never when stderr is redirected or under CI (see <see cref="For"/>).
/// </summary>
internal sealed class ProgressLine(TextWriter error, int total)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private int _done;
    private int _findings;
    private bool _shown;

    /// <summary>A progress line when stderr is a terminal and no CI variable is set; otherwise null.</summary>
    public static ProgressLine? For(CliConsole console, int total)
    {
        ArgumentNullException.ThrowIfNull(console);
        var ci = console.GetEnvironmentVariable("CI");
        var underCi = !string.IsNullOrEmpty(ci) && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
        return console.ErrorIsTerminal && !underCi && total > 1 ? new ProgressLine(console.Error, total) : null;
    }

    public void Advance(int findings)
    {
        _done++;
        _findings += findings;
        if (_done < total && _sinceDrawn.Elapsed < Interval)
        {
            return;
        }

        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[K{_done:N0}/{total:N0} files, {_findings:N0} findings"));
        error.Flush();
        _shown = true;
        _sinceDrawn.Restart();
    }

    /// <summary>Erases the line, so findings and the summary print on a clean line.</summary>
    public void Clear()
    {
        if (_shown)
        {
            error.Write("\r\u001b[K");
            error.Flush();
            _shown = false;
        }
    }
}
