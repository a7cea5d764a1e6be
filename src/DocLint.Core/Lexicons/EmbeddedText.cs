using System.Reflection;
using System.Text;

namespace DocLint.Lexicons;

/// <summary>
/// The text of a UTF-8 resource embedded in an assembly (the word lists and models under rules/): read as a
/// <see cref="StreamReader"/> would, but decoded straight from the resource's bytes where they sit in memory.
/// </summary>
/// <remarks>
/// A run reads about 150 of these on its first document. Through a StreamReader each one cost a reader with its
/// buffers, a StringBuilder grown chunk by chunk and the string copied out of it: about a sixth of the word lists'
/// load time in the profile of a one-article run, nearly all of it fresh memory to clear and fault in.
/// </remarks>
internal static class EmbeddedText
{
    /// <summary>The resource's text (a UTF-8 byte-order mark dropped), or null when the assembly has no such resource.</summary>
    public static unsafe string? Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        // Embedded resources come back as a view of the mapped image; anything else (or a byte-order mark of another
        // encoding, which StreamReader would honour) takes the reader.
        if (stream is UnmanagedMemoryStream memory && memory.Length <= int.MaxValue)
        {
            return Decode(new ReadOnlySpan<byte>(memory.PositionPointer, (int)(memory.Length - memory.Position)));
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A resource's bytes as <see cref="Read"/> gives its text (what a <see cref="StreamReader"/> reads).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }

        if (!MayStartWithOtherMark(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var reader = new StreamReader(new MemoryStream(bytes.ToArray(), writable: false));
        return reader.ReadToEnd();
    }

    /// <summary>
    /// One of Core's own word lists (rules/lexicons/grammar-*.txt, embedded as DocLint.Grammar.<i>name</i>.txt): the
    /// grammar layer's and the tokenizer's. Missing, the build is broken.
    /// </summary>
    public static string ReadCoreList(string name)
    {
        var resource = $"DocLint.Grammar.{name}.txt";
        return Read(typeof(EmbeddedText).Assembly, resource)
            ?? throw new InvalidOperationException($"The word list '{resource}' is not embedded in DocLint.Core.");
    }

    // UTF-16 and UTF-32 marks (FE FF, FF FE, 00 00 FE FF): StreamReader would decode those encodings instead.
    private static bool MayStartWithOtherMark(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && (bytes[0] is 0xFE or 0xFF || (bytes[0] == 0 && bytes[1] == 0));
}
