using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Prose;

namespace DocLint.Scoring;

/// <summary>
/// Neutral statistics of a document, computed once from its sentences: the scorer combines them with the
/// effective diagnostics. Markdown headings split sections; text before the first heading has no title.
/// </summary>
public sealed record DocumentFacts(ImmutableArray<string?> SectionTitles, ImmutableArray<SentenceFacts> Sentences)
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
                sentences.Add(new SentenceFacts(
                    titles.Count - 1,
                    block.MapToSource(sentence.Span),
                    sentence.Tokens.Count(IsWord),
                    // A table's cells would count every number as its own claim; the table counts through its findings.
                    block.Kind != ProseBlockKind.TableCell && HasFigure(sentence.Tokens),
                    !sentence.Quotations.IsEmpty,
                    sentence.Evidence.Count()));
            }
        }

        return new DocumentFacts(titles.ToImmutable(), sentences.ToImmutable());
    }

    private static bool IsWord(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Abbreviation;

    private static readonly FrozenSet<string> Months = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static bool HasFigure(ImmutableArray<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            // "May 14" dates a claim rather than making one.
            var isDay = i > 0 && tokens[i].Text.Length <= 2 && Months.Contains(tokens[i - 1].Text.TrimEnd('.'));
            if (!isDay && IsFigure(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that states a quantity; a bare year (1800-2099) dates a claim rather than making one.</summary>
    private static bool IsFigure(Token token)
    {
        if (token.Kind == TokenKind.NumberWithSuffix)
        {
            return !token.Text.EndsWith('s') && !token.Text.EndsWith("th", StringComparison.OrdinalIgnoreCase);
        }

        if (token.Kind != TokenKind.Number)
        {
            return false;
        }

        return !(token.Text.Length == 4
            && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1800 and <= 2099);
    }
}
