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
    public int Words => Sum(Sentences);

    public static DocumentFacts From(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var titles = ImmutableArray.CreateBuilder<string?>();
        titles.Add(null);
        // One slot per sentence, known up front: the builder used to double its way there and copy once more.
        var sentences = ImmutableArray.CreateBuilder<SentenceFacts>(document.Sentences.Length);
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
                    CountWords(sentence.Tokens),
                    sentence.HasEvidence ? sentence.Evidence.Count() : 0,
                    document.GetOrCreate(sentence, static _ => ClaimFacts.None)));
            }
        }

        return new DocumentFacts(titles.ToImmutable(), sentences.DrainToImmutable());
    }

    private static int Sum(ImmutableArray<SentenceFacts> sentences)
    {
        var words = 0;
        foreach (var sentence in sentences)
        {
            words += sentence.Words;
        }

        return words;
    }

    // A loop over the array: LINQ's Count boxed each sentence's ImmutableArray and walked it through an enumerator.
    private static int CountWords(ImmutableArray<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += IsWord(token) ? 1 : 0;
        }

        return words;
    }

    private static bool IsWord(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Abbreviation;
}
