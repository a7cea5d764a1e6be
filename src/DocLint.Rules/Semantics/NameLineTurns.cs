using System.Text.RegularExpressions;
using DocLint.Analysis;
using DocLint.Documents;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A podcast or radio transcript that prints each speaker's name alone on a line, with no colon ("michael barbaro",
/// "adam liptak" on The Daily's pages; "Ezra Klein", "Bill Gates" on Vox's), and the speaker's words in the paragraphs
/// after it, up to the next name line. <see cref="SpeakerTurns"/> reads labels before a colon, so without this every
/// guest's "I think" read as the author's. A name line is two or three words of letters with no end punctuation; the
/// layout holds when two or more names each stand alone on <see cref="MinLines"/> lines or more and one of them asks more
/// often than any other (the largest share of turns that end on a question): the host, whose turns are the outlet's own
/// voice. A share as <see cref="Interviewers"/> counts it (a third) misses The Daily's host, who hands over with "Right."
/// or "OK." as often as with a question (5 of 29 turns against the guest's 0 of 23). A list of repeated section lines
/// ("Fifth grade", "San Diego") asks nothing and is left alone. Read once per document.
/// </summary>
internal sealed partial class NameLineTurns
{
    /// <summary>The fewest lines a name needs to count as a speaker's: a transcript's speakers take turns again and again.</summary>
    private const int MinLines = 3;

    private static readonly NameLineTurns None = new([]);

    // The paragraphs inside a guest's turn; the host's turns are the outlet's voice, which is what no entry here says.
    private readonly HashSet<int> _guestBlocks;

    private NameLineTurns(HashSet<int> guestBlocks) => _guestBlocks = guestBlocks;

    /// <summary>True when the paragraph is a turn of a speaker who does not ask (a guest): their words, a quotation.</summary>
    public static bool IsGuestTurn(AnalyzedDocument document, ProseBlock block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        return document.GetOrCreateForDocument(static d => Read(d))?._guestBlocks.Contains(block.Index) ?? false;
    }

    private static NameLineTurns Read(AnalyzedDocument document)
    {
        var paragraphs = document.Document.Blocks.Where(block => block.Kind == ProseBlockKind.Paragraph).ToList();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in paragraphs)
        {
            var name = block.Text.Trim();
            // A name line has one or two spaces (two or three words): a paragraph of prose, with more, is not matched.
            if (HasAtMostTwoSpaces(name) && NameLine().IsMatch(name))
            {
                lines[name] = lines.GetValueOrDefault(name) + 1;
            }
        }

        var speakers = lines.Where(pair => pair.Value >= MinLines).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        if (speakers.Count < 2)
        {
            return None;
        }

        // Each speaker's turns: the paragraphs after their name line up to the next speaker's, and whether the last ends
        // on a question mark.
        var owner = new Dictionary<int, string>();
        var questions = new Dictionary<string, (int Turns, int Questions)>(StringComparer.Ordinal);
        string? speaker = null;
        ProseBlock? last = null;
        foreach (var block in paragraphs)
        {
            var text = block.Text.Trim();
            if (speakers.Contains(text))
            {
                Close(speaker, last, questions);
                speaker = text;
                last = null;
                continue;
            }

            if (speaker is not null)
            {
                owner[block.Index] = speaker;
                last = block;
            }
        }

        Close(speaker, last, questions);
        var shares = questions.Select(pair => (Speaker: pair.Key, Share: (double)pair.Value.Questions / pair.Value.Turns))
            .OrderByDescending(pair => pair.Share).ToList();
        if (shares.Count < 2 || shares[0].Share == 0 || shares[0].Share <= shares[1].Share)
        {
            return None;
        }

        var host = shares[0].Speaker;
        return new NameLineTurns(owner.Where(pair => pair.Value != host).Select(pair => pair.Key).ToHashSet());
    }

    // Counts a paragraph's spaces only up to the third: a paragraph of prose has hundreds, and counting them all, for
    // every paragraph of every document, was most of this reader's cost (0.7% of a plain-text lint).
    private static bool HasAtMostTwoSpaces(ReadOnlySpan<char> text)
    {
        for (var spaces = 0; ; spaces++)
        {
            var at = text.IndexOf(' ');
            if (at < 0)
            {
                return true;
            }

            if (spaces == 2)
            {
                return false;
            }

            text = text[(at + 1)..];
        }
    }

    private static void Close(string? speaker, ProseBlock? last, Dictionary<string, (int Turns, int Questions)> questions)
    {
        if (speaker is null || last is null)
        {
            return;
        }

        var (turns, asked) = questions.GetValueOrDefault(speaker);
        questions[speaker] = (turns + 1, asked + (SpeakerTurns.EndsOnQuestion(last.Text) ? 1 : 0));
    }

    // Two or three words of letters (with stops, apostrophes or hyphens inside a name), the line's whole text.
    [GeneratedRegex(@"^\p{L}[\p{L}.'’\-]+(?: \p{L}[\p{L}.'’\-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();
}
