using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Prose;

namespace DocLint.Scoring;

/// <summary>
/// Neutral statistics of a document, computed once from its sentences after the rules ran: the scorer combines
/// them with the effective diagnostics. Figures and claims come from the rules' own reading (<see cref="ClaimFacts"/>),
/// so the score and the rules share one definition of each. Markdown headings split sections; text before the
/// first heading has no title.
/// </summary>
internal sealed record DocumentFacts(ImmutableArray<string?> SectionTitles, ImmutableArray<SentenceFacts> Sentences)
{
    public int Words => Sentences.Sum(s => s.Words);

    public static DocumentFacts From(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var titles = ImmutableArray.CreateBuilder<string?>();
        titles.Add(null);
        var sentences = ImmutableArray.CreateBuilder<SentenceFacts>();
        foreach (var block in document.Document.Blocks)
        {
            if (block.Kind == ProseBlockKind.Heading)
            {
                // A heading opens a section; a document that starts with one has no untitled preamble.
                if (titles.Count == 1 && sentences.Count == 0)
                {
                    titles[0] = block.Text.Trim();
                }
                else
                {
                    titles.Add(block.Text.Trim());
                }
            }

            foreach (var sentence in document.SentencesByBlock[block.Index])
            {
                // The claims rule has read every sentence by now; without it (a custom rule set) nothing is a claim.
                sentences.Add(new SentenceFacts(
                    titles.Count - 1,
                    block.MapToSource(sentence.Span),
                    sentence.Tokens.Count(IsWord),
                    sentence.Evidence.Count(),
                    document.GetOrCreate(sentence, static _ => ClaimFacts.None)));
            }
        }

        return new DocumentFacts(titles.ToImmutable(), sentences.ToImmutable());
    }

    private static bool IsWord(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Abbreviation;
}
