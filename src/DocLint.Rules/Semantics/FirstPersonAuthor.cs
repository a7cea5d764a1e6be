using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether the author writes as "I" in a paragraph of their own: outside quotation marks, in a paragraph that no
/// colon lead-in sets out and no speaker's label opens. A columnist does ("I suspect that …"); a news report does not, so
/// there an unquoted "I" after a lead-in is the speaker's the page reproduces (<see cref="LedInQuotations"/>). Read once
/// per document, and only when a lead-in needs it.
/// </summary>
internal sealed class FirstPersonAuthor
{
    private FirstPersonAuthor(bool writesAsI) => WritesAsI = writesAsI;

    public bool WritesAsI { get; }

    public static bool Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreateForDocument(static d => Read(d))?.WritesAsI ?? false;
    }

    private static FirstPersonAuthor Read(AnalyzedDocument document)
    {
        var afterColon = false;
        foreach (var block in document.Document.Blocks)
        {
            var sentences = document.SentencesByBlock[block.Index];
            if (sentences.IsEmpty)
            {
                continue;
            }

            var own = block.Kind == ProseBlockKind.Paragraph && !afterColon && !SpeakerTurns.Labels(block.Text).Any();
            if (own && SpeaksAsI(sentences))
            {
                return new FirstPersonAuthor(true);
            }

            afterColon = block.Text.AsSpan().TrimEnd() is [.., ':'];
        }

        return new FirstPersonAuthor(false);
    }

    /// <summary>Whether a paragraph's sentences say "I", "me" or "my" outside quotation marks.</summary>
    public static bool SpeaksAsI(IEnumerable<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord && WordClasses.SpeakerPronouns.Contains(token.Text) && !sentence.IsQuoted(token.Span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
