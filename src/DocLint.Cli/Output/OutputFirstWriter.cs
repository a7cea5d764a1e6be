using System.Text;

namespace DocLint.Cli.Output;

/// <summary>
/// Standard error behind buffered standard output: every write here flushes the output first, so a terminal or a
/// shared log (2>&amp;1) shows an error after the findings written before it, as when standard output was unbuffered.
/// </summary>
internal sealed class OutputFirstWriter(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override IFormatProvider FormatProvider => error.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => error.NewLine;
        set => error.NewLine = value;
    }

    /// <summary>
    /// Flushes buffered standard output at the end of the process; a write failure there (a full disk behind a
    /// redirection) was reported by the command that wrote, or has no one left to tell.
    /// </summary>
    public static void FlushQuietly(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // Nothing more can be written: see above.
        }
    }

    public override void Write(char value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        FlushOutput();
        error.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        FlushOutput();
        error.Write(buffer);
    }

    public override void Write(string? value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void WriteLine()
    {
        FlushOutput();
        error.WriteLine();
    }

    public override void WriteLine(string? value)
    {
        FlushOutput();
        error.WriteLine(value);
    }

    // The asynchronous writes complete synchronously: a line or two on standard error, in order with the output.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync()
    {
        WriteLine();
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        FlushOutput();
        error.WriteLine(buffer.Span);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        FlushOutput();
        error.Flush();
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    // A failure to write the output (a full disk) must not stop the error line that may be about to say so.
    private void FlushOutput() => FlushQuietly(output);
}
