using System.Buffers;

namespace DocLint.Reporting;

/// <summary>
/// The JSON writer's buffer: one array, written over from its start after each <see cref="Send"/>. Utf8JsonWriter
/// over a stream keeps its own ArrayBufferWriter and clears the bytes it held after every flush (each entry, every
/// 64 findings): 7% of the bytes a run zeroed. Over this writer its flush only counts the bytes; the owner then
/// sends them, at the same points, so the same bytes reach the stream in the same writes, and nothing is cleared.
/// </summary>
/// <remarks>
/// Bytes reach the stream only at a <see cref="Send"/>. When an exception interrupts a write (a formatter's fault, a
/// full disk under the stream), what the writer handed on since the last send stays here and is dropped, as the
/// stream-backed writer dropped what it held before its flush: the output ends at the last flush point (a whole
/// header or entry, or a 64-item step within one), never inside a value that was being written. Sending it on failure
/// would buy nothing, because a failed run's output is not kept: the CLI puts a --output file in place only whole (a
/// failed write leaves the earlier file) and reports a failed standard output in one line with exit code 2 (mend46;
/// JsonOutputBufferTests, SafeOutputTests, UsageErrorTests).
/// </remarks>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>
{
    // Utf8JsonWriter asks for at least 4 KB at a time; a finding is about a kilobyte, and 64 of them go out at once.
    private const int InitialSize = 16 * 1024;

    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(InitialSize);
    private int _written;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    // Ensure may replace the array, so it runs before the array is read.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Ensure(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Ensure(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Writes what the writer has flushed here to the stream, and starts the array over.</summary>
    public void Send()
    {
        if (_written > 0)
        {
            stream.Write(_buffer.AsSpan(0, _written));
            _written = 0;
        }
    }

    // Room for at least the hint after what is held: a larger array (doubled, so a long entry copies a few times),
    // kept for the run as the writer's own was.
    private int Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < needed)
        {
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(_buffer.Length * 2, _written + needed));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            _buffer = larger;
        }

        return _written;
    }
}
