using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Someone else's words that no quotation mark opens, which the guidelines read as quotations: a transcript turn
/// ("TRUMP: We will …", from its speaker label to the next label or the paragraph's end) and an embedded tweet (the
/// paragraph's text before its signature "— Name (@handle) June 26, 2013", or before a closing dash whose signature
/// the page put in the next paragraph).
/// </summary>
internal static partial class SpeakerTurns
{
    /// <summary>The parts of the sentence's paragraph (block prose spans) that are a turn or a tweet and overlap the sentence.</summary>
    public static ImmutableArray<TextSpan> Read(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Overlapping(ReadBlock(sentence.Block.Text), sentence.Span);
    }

    /// <summary>
    /// Every turn and tweet of a paragraph. Read once per paragraph and filtered per sentence
    /// (<see cref="Overlapping"/>): read per sentence, each scan went from the paragraph's start to the sentence, which
    /// made a long paragraph's reading quadratic in its length.
    /// </summary>
    public static ImmutableArray<TextSpan> ReadBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ImmutableArray<TextSpan>.Builder? spans = null;
        AddTurns(text, ref spans);
        AddTweets(text, ref spans);
        return spans?.ToImmutable() ?? [];
    }

    /// <summary>The spans of <paramref name="blockSpans"/> that overlap the sentence.</summary>
    public static ImmutableArray<TextSpan> Overlapping(ImmutableArray<TextSpan> blockSpans, TextSpan sentence)
    {
        ImmutableArray<TextSpan>.Builder? spans = null;
        foreach (var span in blockSpans)
        {
            Add(span, sentence, ref spans);
        }

        return spans?.ToImmutable() ?? [];
    }

    // A label opens the paragraph, follows a sentence's end or a dash (a turn run into the previous one), and is one to
    // four capitalised words ("SEN. LINDSEY GRAHAM") before a colon. A turn runs to the next label or the paragraph's end.
    private static void AddTurns(string text, ref ImmutableArray<TextSpan>.Builder? spans)
    {
        if (!text.Contains(':'))
        {
            return;
        }

        int? open = null;
        foreach (var match in Label().EnumerateMatches(text))
        {
            if (open is { } start)
            {
                Add(TextSpan.FromBounds(start, match.Index), ref spans);
                open = null;
            }

            if (IsSpeaker(text.AsSpan(match.Index, match.Length - 1)))
            {
                open = match.Index + match.Length;
            }
        }

        if (open is { } last)
        {
            Add(TextSpan.FromBounds(last, text.Length), ref spans);
        }
    }

    /// <summary>A label a speaker could have: not a section's or the page's ("UPDATE:", <c>class-non-speaker-labels</c>), not opened by a determiner ("The numbers:").</summary>
    internal static bool IsSpeaker(ReadOnlySpan<char> label)
    {
        var space = label.IndexOf(' ');
        var first = space < 0 ? label : label[..space];
        return !WordClasses.NonSpeakerLabels.Contains(label.ToString()) && !WordClasses.Determiners.Contains(first.ToString());
    }

    private static void AddTweets(string text, ref ImmutableArray<TextSpan>.Builder? spans)
    {
        if (!text.Contains("(@", StringComparison.Ordinal) && !EndsWithDash(text))
        {
            return;
        }

        var start = 0;
        foreach (var match in TweetSignature().EnumerateMatches(text))
        {
            Add(TextSpan.FromBounds(start, match.Index), ref spans);
            start = match.Index + match.Length;
        }

        var trimmed = text.AsSpan().TrimEnd();
        if (EndsWithDash(text) && trimmed.Length - 1 > start)
        {
            Add(TextSpan.FromBounds(start, trimmed.Length - 1), ref spans);
        }
    }

    private static bool EndsWithDash(string text) => text.AsSpan().TrimEnd() is [.., ' ', '\u2014'];

    private static void Add(TextSpan span, ref ImmutableArray<TextSpan>.Builder? spans) =>
        (spans ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(span);

    private static void Add(TextSpan span, TextSpan sentence, ref ImmutableArray<TextSpan>.Builder? spans)
    {
        if (span.OverlapsWith(sentence))
        {
            (spans ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(span);
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[.?!…][""”’)]?\s+)|(?<=[–—]\s*))\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]*){0,3}:(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // A dash, the author's name and their handle in brackets; the date after it stays outside the tweet.
    [GeneratedRegex(@"[—–]\s*[^—–()\r\n]{1,80}\(@\w{1,15}\)", RegexOptions.CultureInvariant)]
    private static partial Regex TweetSignature();
}
