using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The speaker labels of a document's paragraphs, read in one walk and kept by the document: the mixed-case label that
/// opens a paragraph (<see cref="ConversationTurns"/> counts them to tell a conversation) and every label that could
/// open a turn, with whether its turn ends on a question (<see cref="Interviewers"/> tells who asks). Both readings
/// need the whole document, so each walked every paragraph; now the walk is shared.
/// </summary>
internal sealed class ParagraphLabels
{
    private ParagraphLabels(ImmutableArray<(int Block, string Label)> openers, ImmutableArray<(string Label, bool EndsOnQuestion)> turns)
    {
        Openers = openers;
        Turns = turns;
    }

    /// <summary>Each paragraph opened by a label a speaker in mixed case could have, in document order.</summary>
    public ImmutableArray<(int Block, string Label)> Openers { get; }

    /// <summary>Every label of every paragraph, in document order (<see cref="SpeakerTurns.Labels"/>).</summary>
    public ImmutableArray<(string Label, bool EndsOnQuestion)> Turns { get; }

    public static ParagraphLabels Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreateForDocument(static d => Read(d)) ?? new([], []);
    }

    private static ParagraphLabels Read(AnalyzedDocument document)
    {
        var openers = ImmutableArray.CreateBuilder<(int Block, string Label)>();
        var turns = ImmutableArray.CreateBuilder<(string Label, bool EndsOnQuestion)>();
        foreach (var block in document.Document.Blocks)
        {
            // Every label ends on a colon; most paragraphs have none, and each was matched and enumerated for labels.
            if (block.Kind != ProseBlockKind.Paragraph || !block.Text.Contains(':'))
            {
                continue;
            }

            if (SpeakerTurns.MixedCaseLabel().Match(block.Text) is { Success: true } match && SpeakerTurns.IsMixedCaseSpeaker(match.Groups[1].Value))
            {
                openers.Add((block.Index, match.Groups[1].Value));
            }

            turns.AddRange(SpeakerTurns.Labels(block.Text));
        }

        return new ParagraphLabels(openers.ToImmutable(), turns.ToImmutable());
    }
}
