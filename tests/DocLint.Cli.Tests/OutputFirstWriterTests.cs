using System.Text;
using DocLint.Cli.Output;

namespace DocLint.Cli.Tests;

/// <summary>Standard error behind buffered standard output: an error line comes after the output written before it.</summary>
public sealed class OutputFirstWriterTests
{
    [Fact]
    public async Task Each_error_write_flushes_the_buffered_output_first_so_a_shared_log_keeps_their_order()
    {
        // Both streams end in one log, as `doclint ... 2>&1` does: the output through a buffer, the error unbuffered.
        var log = new StringBuilder();
        using var output = new StreamWriter(new LogStream(log), new UTF8Encoding(false), 64 * 1024);
        using var error = new OutputFirstWriter(new StringWriter(log), output);

        output.Write("a.md(1,1,1,8): warning DL1001: claimed\n");
        Assert.Equal(string.Empty, log.ToString());
        error.WriteLine("error: one");
        output.Write("b.md(1,1,1,8): warning DL1001: claimed\n");
        await error.WriteLineAsync("error: two");
        output.Write("c.md: error DL0010: c.md\n");
        error.Write('!');

        Assert.Equal(
            "a.md(1,1,1,8): warning DL1001: claimed\nerror: one" + Environment.NewLine
            + "b.md(1,1,1,8): warning DL1001: claimed\nerror: two" + Environment.NewLine
            + "c.md: error DL0010: c.md\n!",
            log.ToString());
    }

    [Fact]
    public void An_output_that_cannot_be_flushed_does_not_stop_the_error_line()
    {
        var log = new StringBuilder();
        using var output = new UnflushableWriter();
        using var error = new OutputFirstWriter(new StringWriter(log), output);

        error.Write("error: could not write the findings to standard output: disk full");

        Assert.Equal("error: could not write the findings to standard output: disk full", log.ToString());
        Assert.Equal(1, output.Flushes);
    }

    // A write-only stream that appends the bytes it is given to the shared log, as UTF-8.
    private sealed class LogStream(StringBuilder log) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => log.Append(Encoding.UTF8.GetString(buffer, offset, count));
    }

    private sealed class UnflushableWriter : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            throw new IOException("disk full");
        }
    }
}
