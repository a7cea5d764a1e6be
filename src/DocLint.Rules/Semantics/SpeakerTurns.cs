using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Someone else's words that no quotation mark opens, which the guidelines read as quotations: a transcript turn
/// ("TRUMP: We will …", "Q: …", from its speaker label to the next label or the paragraph's end; a label in mixed case,
/// "Nick Gillespie: I think …", only at the paragraph's start and only when the label is a name of two or more words and
/// the turn speaks as "I", "we" or "you" outside quotation marks, or the document is a conversation) and an embedded tweet (the
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
    public static ImmutableArray<TextSpan> ReadBlock(string text) => ReadTurns(text, conversation: false, new HashSet<string>()).Spans;

    /// <summary>
    /// Every turn and tweet of a paragraph, and apart from them the turns a speaker's label names: a tweet's handle and an
    /// interviewer's "Q:" are no source a reader credits (rules/SCORE.md), the label of "SMITH:" or an interviewee's "A:" is.
    /// </summary>
    public static BlockTurns ReadTurns(string text, bool conversation, IReadOnlySet<string> askers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(askers);
        ImmutableArray<TextSpan>.Builder? spans = null;
        ImmutableArray<TextSpan>.Builder? spoken = null;
        AddTurns(text, askers, ref spans, ref spoken);
        AddMixedCaseTurn(text, conversation, askers, ref spans, ref spoken);
        AddTweets(text, ref spans);
        return new BlockTurns(spans?.ToImmutable() ?? [], spoken?.ToImmutable() ?? []);
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
    // four capitalised words ("SEN. LINDSEY GRAHAM") before a colon, with the speaker's role in brackets between them on
    // some networks' transcripts ("ART LAFFER (REAGAN ADMINISTRATION ECONOMIC ADVISER):", "SEN. KAMALA HARRIS (D-CA):").
    // The name alone is the label: the role is no part of who speaks, and "UPDATE (May 29, 7:53 p.m.):" stays a page's
    // label. A turn runs to the next label or the paragraph's end.
    private static void AddTurns(string text, IReadOnlySet<string> askers, ref ImmutableArray<TextSpan>.Builder? spans, ref ImmutableArray<TextSpan>.Builder? spoken)
    {
        if (!MayHoldLabel(text))
        {
            return;
        }

        int? open = null;
        var asks = false;
        foreach (Match match in Label().Matches(text))
        {
            if (open is { } start)
            {
                AddTurn(TextSpan.FromBounds(start, match.Index), asks, ref spans, ref spoken);
                open = null;
            }

            var name = match.Groups["name"].Value;
            if (IsCapitalSpeaker(name))
            {
                open = match.Index + match.Length;
                asks = Asks(name, askers);
            }
        }

        if (open is { } last)
        {
            AddTurn(TextSpan.FromBounds(last, text.Length), asks, ref spans, ref spoken);
        }
    }

    /// <summary>Whether the speaker asks: an interview's "Q:" or a host who asks (<see cref="Interviewers"/>), the outlet's voice.</summary>
    internal static bool Asks(string name, IReadOnlySet<string> askers) => name == "Q" || askers.Contains(name);

    // "A:" answers an interview's "Q:"; as a label it is no determiner.
    private static bool IsCapitalSpeaker(string name) => name.Length == 1 || (IsSpeaker(name) && IsCapitalName(name));

    /// <summary>
    /// The speakers' labels in capitals (and an interview's "Q:" and "A:") of a paragraph, in order, each with where it
    /// stands: <see cref="TurnContinuations"/> asks whether one opens the paragraph and who holds the floor at its end.
    /// </summary>
    internal static IEnumerable<(string Name, int Index)> CapitalLabels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldLabel(text))
        {
            yield break;
        }

        foreach (Match match in Label().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (IsCapitalSpeaker(name))
            {
                yield return (name, match.Index);
            }
        }
    }

    // The interviewer ("Q:", or a host who asks, Interviewers) speaks in the outlet's voice: the turn is not the author's
    // hedge, but no speaker a reader would credit as a source either.
    private static void AddTurn(TextSpan turn, bool asks, ref ImmutableArray<TextSpan>.Builder? spans, ref ImmutableArray<TextSpan>.Builder? spoken)
    {
        Add(turn, ref spans);
        if (!asks)
        {
            Add(turn, ref spoken);
        }
    }

    // A label in mixed case is as often a section's or a list's ("Immigration: 26 states sued", "Explainer: Summer might
    // slow …") as a speaker's, so the paragraph must show a speaker: a full name whose turn says "I", "we" or "you" in
    // its own words (a pronoun inside its quotation marks is someone the turn quotes), or the document is a
    // conversation, two speakers with one speaking again (ConversationTurns, which only the whole document shows). A label already read
    // in capitals is left to AddTurns.
    private static void AddMixedCaseTurn(string text, bool conversation, IReadOnlySet<string> askers, ref ImmutableArray<TextSpan>.Builder? spans, ref ImmutableArray<TextSpan>.Builder? spoken)
    {
        // The label needs a colon; most paragraphs have none, and a match is an allocation and a scan of the first words.
        if (!text.Contains(':') || MixedCaseLabel().Match(text) is not { Success: true } match || IsCapitalised(match.Groups[1].ValueSpan)
            || !IsMixedCaseSpeaker(match.Groups[1].Value))
        {
            return;
        }

        // Whoever asks in a conversation printed in mixed case is its author: the interviewer who wrote it up ("Nick
        // Gillespie:", "Libby Nelson:") or columnists in a dialogue ("Bret:", "Gail:"). Their turns are the author's voice.
        var turn = TextSpan.FromBounds(match.Length, text.Length);
        if (!askers.Contains(match.Groups[1].Value) && (conversation || (IsFullName(match.Groups[1].Value) && SpeaksInPerson(text.AsSpan(turn.Start)))))
        {
            AddTurn(turn, asks: false, ref spans, ref spoken);
        }
    }

    /// <summary>
    /// Every label of a paragraph that could open a turn, in capitals anywhere a turn may open or in mixed case at its
    /// start, with whether the text it heads (to the next label) ends on a question mark. Read by
    /// <see cref="Interviewers"/>, which only needs to tell who asks.
    /// </summary>
    public static IEnumerable<(string Label, bool EndsOnQuestion)> Labels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(':'))
        {
            yield break;
        }

        var labels = new List<(string Label, int Start, int End)>();
        if (MixedCaseLabel().Match(text) is { Success: true } mixed && !IsCapitalised(mixed.Groups[1].ValueSpan))
        {
            labels.Add((mixed.Groups[1].Value, 0, mixed.Length));
        }

        if (MayHoldLabel(text))
        {
            foreach (Match match in Label().Matches(text))
            {
                labels.Add((match.Groups["name"].Value, match.Index, match.Index + match.Length));
            }
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Start : text.Length;
            yield return (labels[i].Label, EndsOnQuestion(text.AsSpan(labels[i].End, Math.Max(0, end - labels[i].End))));
        }
    }

    /// <summary>
    /// A turn that hands over with a question: its last mark, past closing quotes and brackets, is a question mark. The
    /// one test of who asks, for labelled turns (<see cref="Labels"/>) and for turns under a name line
    /// (<see cref="NameLineTurns"/>).
    /// </summary>
    internal static bool EndsOnQuestion(ReadOnlySpan<char> turn) => turn.TrimEnd().TrimEnd("\"”’)") is [.., '?'];

    /// <summary>A mixed-case label a speaker could have: one holding a possessive ("Trump's First Year:") heads a section.</summary>
    internal static bool IsMixedCaseSpeaker(string label) =>
        IsSpeaker(label)
        && !ApostropheS.HoldsClitic(label);

    // Without a conversation a label must be two or more words, none of them a section's word: one word is as often a
    // column's list ("Seven: Triangulation. … They could …", "Consider:", "But:") as a speaker's, and a columnist writes
    // "I" under "Canine Update:".
    private static bool IsFullName(string label)
    {
        var words = label.Split(' ');
        return words.Length > 1 && !words.Any(WordClasses.NonSpeakerLabels.Contains);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> label) => IsCapitalName(label);

    /// <summary>
    /// A label in capitals: no lower-case letter but a surname's particle after a word's first capital ("McKIBBEN",
    /// "MacCALLUM", "DeVOS", <c>class-name-particles</c>), which transcripts print in mixed case inside a name in
    /// capitals. Read alone, "BILL McKIBBEN:" was a label in mixed case, and the paragraphs that carry on his turn
    /// (<see cref="TurnContinuations"/>, which reads labels in capitals) were the author's.
    /// </summary>
    internal static bool IsCapitalName(ReadOnlySpan<char> label)
    {
        foreach (var range in label.Split(' '))
        {
            var word = label[range];
            if (!HasLowerLetter(word))
            {
                continue;
            }

            // A capital, the particle's lower-case tail, then capitals only: "Mc" + "KIBBEN".
            var tail = 1;
            while (tail < word.Length && char.IsLower(word[tail]))
            {
                tail++;
            }

            if (!char.IsUpper(word[0]) || tail == 1 || tail == word.Length || !char.IsUpper(word[tail]) || HasLowerLetter(word[tail..])
                || !WordClasses.NameParticles.Contains(word[..tail].ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLowerLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text says "I", "we" or "you" outside its quotation marks: a speaker's words, not the author's report.</summary>
    internal static bool SpeaksInPerson(ReadOnlySpan<char> turn)
    {
        var unquoted = QuotedText().Replace(turn.ToString(), " ");
        foreach (var word in Word().EnumerateMatches(unquoted))
        {
            if (WordClasses.AuthorPronouns.Contains(unquoted.Substring(word.Index, word.Length)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Whether <see cref="Label"/> may match anywhere in the text: it ends on a colon with whitespace after it and, before
    /// it, the name's last character (a capital, a stop, an apostrophe or a hyphen) or its role's closing bracket. Every
    /// paragraph is asked, once for its turns and again by the readers of its labels; a colon elsewhere ("at 7:30", "said:
    /// …", "Update 2:") fails this test, and the label's scan of the whole paragraph is skipped.
    /// </summary>
    private static bool MayHoldLabel(string text)
    {
        for (var colon = text.IndexOf(':'); colon >= 0 && colon + 1 < text.Length; colon = text.IndexOf(':', colon + 1))
        {
            if (colon > 0 && char.IsWhiteSpace(text[colon + 1]) && (char.IsUpper(text[colon - 1]) || text[colon - 1] is '.' or '\'' or '\u2019' or '-' or ')'))
            {
                return true;
            }
        }

        return false;
    }

    // An interview's "Q:" and "A:" are labels too. The name is the group "name"; a role in brackets may follow it. A word
    // may open with a surname's particle in lower case ("BILL McKIBBEN:", "DeVOS:"), which IsCapitalName checks against
    // its list.
    [GeneratedRegex(@"(?:^|(?<=[.?!…][""”’)]?\s+)|(?<=[–—]\s*))(?<name>\p{Lu}(?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}.'’\-]+(?: \p{Lu}(?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}.'’\-]*){0,3}|[QA])(?: \([^()\r\n]{1,80}\))?:(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // One to four capitalised words, each of letters, digits, stops, apostrophes or hyphens, then a colon and a space,
    // at the paragraph's start.
    [GeneratedRegex(@"^(\p{Lu}[\p{L}\p{N}.'’\-]*(?: \p{Lu}[\p{L}\p{N}.'’\-]*){0,3}):\s", RegexOptions.CultureInvariant)]
    internal static partial Regex MixedCaseLabel();

    // Text in curly or straight double quotation marks, or in curly single ones.
    [GeneratedRegex(@"“[^”]*”|""[^""]*""|‘[^’]*’", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // A dash, the author's name and their handle in brackets; the date after it stays outside the tweet.
    [GeneratedRegex(@"[—–]\s*[^—–()\r\n]{1,80}\(@\w{1,15}\)", RegexOptions.CultureInvariant)]
    private static partial Regex TweetSignature();
}
