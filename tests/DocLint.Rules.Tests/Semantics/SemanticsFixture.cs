using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;
using DocLint.Text;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The first sentence of a Markdown text, in its analysed document, for the readers' table tests.</summary>
internal sealed record SemanticsFixture(AnalyzedDocument Document, Sentence Sentence)
{
    public static SemanticsFixture Of(string markdown) => Of(markdown, 0);

    /// <summary>The sentence at <paramref name="index"/> (0-based, in document order) of a Markdown text.</summary>
    public static SemanticsFixture Of(string markdown, int index)
    {
        var document = new AnalyzedDocument(MarkdownProseExtractor.Extract("test.md", SourceText.From(markdown)));
        return new(document, document.Sentences.ElementAt(index));
    }

    /// <summary>What the readers read: the sentence, its quoted tokens, its document.</summary>
    public SentenceInput Input => new(Document, Sentence, QuotedTokens.Read(Sentence));

    /// <summary>The exact prose text of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public string TextOf(int start, int end)
    {
        var span = TokenSpans.Of(Sentence.Tokens, start, end);
        return Sentence.Block.Text.Substring(span.Start, span.Length);
    }

    /// <summary>The index of the first token with this text (case-sensitive), or a test failure.</summary>
    public int IndexOf(string token)
    {
        var tokens = Sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Text == token)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No token '{token}' in: {Sentence.Text}");
    }
}
