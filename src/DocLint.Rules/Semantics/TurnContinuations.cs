using DocLint.Analysis;
using DocLint.Documents;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The paragraphs of a transcript that carry on a speaker's turn with no label of their own: a guest who speaks for
/// several paragraphs is labelled only in the first ("ALLAN NAIRN: Well, …", then "For years, there was a consensus
/// …"), and the guidelines read every one of them as the speaker's words, as <see cref="SpeakerTurns"/> reads the
/// labelled one. A paragraph continues the turn that held the floor at the end of the last labelled paragraph before
/// it when the document is a transcript (two or more labels, one repeated, as <see cref="ConversationTurns.IsConversation"/>
/// tells, counted over every label of its paragraphs, <see cref="ParagraphLabels.Turns"/>, not only a speaker's; or one
/// speaker's label in capitals opening two or more paragraphs, a speech printed in excerpts, whose unlabelled paragraphs
/// must then speak as "I", "we" or "you") and a
/// later paragraph opens with a label again (a speaker's in capitals, or any other label, which ends the turn as well:
/// "Question: …" in a speech): a transcript excerpt that the author's own prose follows ends with its last
/// labelled paragraph. A heading, a paragraph that leads in with a colon, or one opened by any label other than a
/// speaker's in capitals (a fact check's "THE FACTS:" after "TRUMP: …", a round-up's "Winners:") ends the run: what
/// follows is the author's. Read once per document.
/// </summary>
internal sealed class TurnContinuations
{
    private static readonly TurnContinuations None = new([]);

    // A continued paragraph, and whether its speaker is the one who asks (a host: the outlet's voice, no source).
    private readonly Dictionary<int, bool> _continued;

    private TurnContinuations(Dictionary<int, bool> continued) => _continued = continued;

    /// <summary>True when the paragraph carries on the turn of the last labelled paragraph before it.</summary>
    public static bool Continues(AnalyzedDocument document, ProseBlock block, out bool asks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        var reading = document.GetOrCreateForDocument(static d => Read(d)) ?? None;
        return reading._continued.TryGetValue(block.Index, out asks);
    }

    private static TurnContinuations Read(AnalyzedDocument document)
    {
        var oneSpeaker = !ConversationTurns.IsConversation(ParagraphLabels.Of(document).Turns.Select(turn => turn.Label));
        if (oneSpeaker && !RepeatsSpeaker(document))
        {
            return None;
        }

        var askers = Interviewers.Of(document).Labels;
        var continued = new Dictionary<int, bool>();
        var pending = new List<int>();
        string? floor = null;
        foreach (var block in document.Document.Blocks)
        {
            if (document.SentencesByBlock[block.Index].IsEmpty)
            {
                continue;
            }

            var text = block.Text.AsSpan().TrimEnd();
            var (opensSpeaker, last) = block.Kind == ProseBlockKind.Paragraph ? SpeakerLabels(block.Text) : (false, null);
            if (last is not null)
            {
                if (opensSpeaker && floor is not null)
                {
                    Continue(pending, floor, askers, continued);
                }

                pending.Clear();
                floor = EndsSentence(text) ? last : null;
                continue;
            }

            // Another label ends the turn as a speaker's does ("Question: Why are we …" in a speech, a fact check's "THE
            // FACTS:"), but what follows it is no longer the speaker's.
            var otherLabel = block.Kind == ProseBlockKind.Paragraph && SpeakerTurns.MixedCaseLabel().IsMatch(block.Text);
            if (otherLabel && floor is not null)
            {
                Continue(pending, floor, askers, continued);
            }

            // With one speaker nothing alternates to show a transcript, so an unlabelled paragraph carries the turn on
            // only when it speaks as "I", "we" or "you" (as a label in mixed case needs, SpeakerTurns): "The count will
            // change." between two "TRUMP:" quotes is the author's. A line with no letter ("###" or "…" between excerpts) says
            // nothing either way and is passed over.
            if (oneSpeaker && !HasWord(text))
            {
                continue;
            }

            if (block.Kind != ProseBlockKind.Paragraph || text is [.., ':'] || otherLabel || (oneSpeaker && !SpeakerTurns.SpeaksInPerson(block.Text)))
            {
                pending.Clear();
                floor = null;
                continue;
            }

            if (floor is not null)
            {
                pending.Add(block.Index);
            }
        }

        return continued.Count == 0 ? None : new TurnContinuations(continued);
    }

    private static bool HasWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Continue(List<int> paragraphs, string speaker, IReadOnlySet<string> askers, Dictionary<int, bool> continued)
    {
        var asks = SpeakerTurns.Asks(speaker, askers);
        foreach (var paragraph in paragraphs)
        {
            continued[paragraph] = asks;
        }
    }

    // One speaker's transcript: a label in capitals that opens two or more paragraphs ("DR. CARSON: …" twice in a
    // speech printed in excerpts). With one speaker there is nobody to alternate with, so IsConversation refuses it; the
    // same label opening paragraphs again is what shows a transcript.
    private static bool RepeatsSpeaker(AnalyzedDocument document)
    {
        var opened = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Document.Blocks)
        {
            if (block.Kind == ProseBlockKind.Paragraph && block.Text.Contains(':')
                && SpeakerTurns.CapitalLabels(block.Text).FirstOrDefault() is { Name: { } name, Index: 0 } && name.Length > 1 && !opened.Add(name))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a speaker's label in capitals opens the paragraph, and whose turn holds the floor at its end (null: none).
    // Labels in mixed case are left out: as often as a speaker's they head a round-up's entries ("Winners:", "LZ
    // Granderson:") whose unlabelled paragraphs are the author's.
    private static (bool Opens, string? Last) SpeakerLabels(string text)
    {
        var opens = false;
        string? last = null;
        foreach (var (name, index) in SpeakerTurns.CapitalLabels(text))
        {
            opens |= index == 0;
            last = name;
        }

        return (opens, last);
    }

    // A turn ends as speech does; a label before a line with no stop heads a section or a related link ("REM RIEDER: An
    // important crusade for open government"), and the paragraphs under it are the author's.
    private static bool EndsSentence(ReadOnlySpan<char> text) =>
        text.TrimEnd("\"”’)") is [.., '.' or '?' or '!' or '\u2026' or '\u2014' or '-'];
}
