using System.Text;

namespace DocLint.Text;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceText"/>: detects a byte-order mark (UTF-8 by default),
/// refuses binary content and invalid UTF-8 with a reason a writer can act on.
/// </summary>
internal static class SourceTextDecoder
{
    // Enough to recognise binary files by their NUL bytes without scanning a whole large file twice.
    private const int BinarySniffLength = 8000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWith(new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16");
        }

        var sniff = bytes[..Math.Min(bytes.Length, BinarySniffLength)];
        var nul = sniff.IndexOf((byte)0);
        if (nul >= 0)
        {
            return LooksLikeUtf16(sniff) is { } order
                ? DecodeResult.Failure(DecodeFailureKind.Binary, $"looks like UTF-16 ({order}) without a byte-order mark; save it as UTF-8")
                : DecodeResult.Failure(DecodeFailureKind.Binary, $"looks like a binary file (NUL byte at offset {nul})");
        }

        return DecodeUtf8(bytes, 0);
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        var status = System.Text.Unicode.Utf8.IsValid(bytes);
        if (!status)
        {
            var bad = FindInvalidUtf8(bytes);
            return DecodeResult.Failure(
                DecodeFailureKind.InvalidUtf8,
                $"is not valid UTF-8 (invalid byte 0x{bytes[bad]:X2} at offset {bad + offset})");
        }

        return DecodeResult.Success(SourceText.From(StrictUtf8.GetString(bytes)));
    }

    private static DecodeResult DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodeResult.Success(SourceText.From(encoding.GetString(bytes)));
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Failure(DecodeFailureKind.InvalidEncoding, $"is not valid {name} despite its byte-order mark");
        }
    }

    // Text in UTF-16 has a NUL in every other byte for ASCII characters: on the odd bytes for little-endian,
    // the even ones for big-endian. Nine in ten of the pairs is enough to tell it from binary data.
    private static string? LooksLikeUtf16(ReadOnlySpan<byte> sniff)
    {
        var pairs = sniff.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < sniff.Length; i += 2)
        {
            evenNul += sniff[i] == 0 ? 1 : 0;
            oddNul += sniff[i + 1] == 0 ? 1 : 0;
        }

        return (evenNul, oddNul) switch
        {
            var (even, odd) when odd * 10 >= pairs * 9 && even == 0 => "little-endian",
            var (even, odd) when even * 10 >= pairs * 9 && odd == 0 => "big-endian",
            _ => null,
        };
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return 0;
    }
}
