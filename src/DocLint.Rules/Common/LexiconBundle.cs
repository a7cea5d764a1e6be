using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>
/// Every rules/lexicons/*.txt from one embedded resource, DocLint.Lexicons.bundle, which the build writes (each
/// list's name, its byte count and its bytes; see DocLint.Rules.csproj). The native tool finds a resource by name
/// by scanning every resource of the assembly: the lists read one by one (about 340 on a run's first document) were
/// a third of a one-article run's instructions (docs/performance.md, perf39). The lists are embedded only
/// here, each decoded as an embedded text would be (EmbeddedText.Decode).
/// </summary>
internal static class LexiconBundle
{
    private static readonly Contents Bundle = Contents.Load();

    /// <summary>The text of rules/lexicons/<paramref name="name"/>.txt, or null when the bundle has no such list.</summary>
    public static string? Read(string name) =>
        Bundle.Ranges.TryGetValue(name, out var range) ? EmbeddedText.Decode(Bundle.Bytes.AsSpan(range.Start, range.Length)) : null;

    /// <summary>The names of the lists the bundle holds.</summary>
    public static IEnumerable<string> Names => Bundle.Ranges.Keys;

    private sealed record Contents(byte[] Bytes, FrozenDictionary<string, (int Start, int Length)> Ranges)
    {
        public static Contents Load()
        {
            using var stream = typeof(LexiconBundle).Assembly.GetManifestResourceStream("DocLint.Lexicons.bundle");
            if (stream is null)
            {
                // Only a build without DocLint.Rules.csproj's bundling target lacks it; RuleLexicons then names the list.
                return new([], FrozenDictionary<string, (int, int)>.Empty);
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var ranges = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            var at = 0;
            while (at < bytes.Length)
            {
                var name = Line(bytes, ref at);
                var length = int.Parse(Line(bytes, ref at), NumberStyles.None, CultureInfo.InvariantCulture);
                ranges.Add(name, (at, length));
                at += length;
            }

            return new(bytes, ranges.ToFrozenDictionary(StringComparer.Ordinal));
        }

        // The header line at `at` (name or byte count), `at` moved past its newline.
        private static string Line(byte[] bytes, ref int at)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', at);
            var line = Encoding.UTF8.GetString(bytes, at, end - at);
            at = end + 1;
            return line;
        }
    }
}
