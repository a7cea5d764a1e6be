using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Core.Tests.Grammar;

public sealed class GrammarReaderTests
{
    [Fact]
    public void Reads_a_segmented_sentence_end_to_end()
    {
        var sentence = Segment("A senior official told Reuters that the talks could have collapsed.").Single();

        var grammar = GrammarReader.Default.Read(sentence);

        Assert.Equal(sentence.Tokens, grammar.Tokens);
        Assert.Equal("[NP A senior official] [VG told] [NP Reuters] that [NP the talks] [VG could have collapsed] .", Tagged.Render(grammar.Tokens, grammar.Chunks));
        Assert.Equal("Main: A senior official told Reuters | Subordinate: that the talks could have collapsed .", Tagged.Render(grammar.Tokens, grammar.Clauses));
        Assert.Equal("Outlet: Reuters", Tagged.Render(grammar.Tokens, grammar.Entities));
        var group = grammar.ChunkAt(9, ChunkKind.VerbGroup)!.Value;
        Assert.Equal(VerbTraits.Modal | VerbTraits.Perfect | VerbTraits.Finite, group.Traits);
        Assert.Equal(PosTag.VBN, grammar.TagAt(group.Head));
        Assert.Equal(ClauseKind.Subordinate, grammar.ClauseAt(9).Kind);
        Assert.Equal(EntityKind.Outlet, grammar.EntityAt(4)!.Value.Kind);
        Assert.Null(grammar.EntityAt(0));
    }

    [Theory]
    // dash32: a typed dash is one token, tagged as the printed dash, and the words around it are read as around "\u2014".
    [InlineData("The plan -- which he wrote -- may fail.")]
    [InlineData("The plan --- which he wrote --- may fail.")]
    [InlineData("Officials said--without proof--that the vote was rigged.")]
    public void A_typed_dash_reads_as_the_printed_one(string text)
    {
        var typed = GrammarReader.Default.Read(Segment(text).Single());
        var printed = GrammarReader.Default.Read(Segment(text.Replace("---", "\u2014", StringComparison.Ordinal).Replace("--", "\u2014", StringComparison.Ordinal)).Single());

        Assert.Equal(printed.Tokens.Length, typed.Tokens.Length);
        Assert.Equal(
            Enumerable.Range(0, printed.Tokens.Length).Select(printed.TagAt),
            Enumerable.Range(0, typed.Tokens.Length).Select(typed.TagAt));
        Assert.Equal(PosTag.Colon, typed.TagAt(typed.Tokens.IndexOf(typed.Tokens.First(t => t.Text.StartsWith("--", StringComparison.Ordinal)))));
    }

    [Fact]
    public void Reading_is_deterministic()
    {
        var tokens = Tokenizer.Tokenize("Two Democrats broke ranks, and Sen. Joe Manchin said he would vote no.");

        var first = GrammarReader.Default.Read(tokens);
        var second = new GrammarReader(PosTagger.Default, GrammarLexicons.Default).Read(tokens);

        Assert.Equal(first.Labels.ToArray(), second.Labels.ToArray());
        Assert.Equal(first.Chunks.ToArray(), second.Chunks.ToArray());
        Assert.Equal(first.Clauses.ToArray(), second.Clauses.ToArray());
        Assert.Equal(first.Entities.ToArray(), second.Entities.ToArray());
    }

    [Fact]
    public void Chunks_clauses_and_entities_are_read_on_first_request_and_kept()
    {
        var tokens = Tokenizer.Tokenize("Two Democrats broke ranks, and Sen. Joe Manchin said he would vote no.");
        var eager = GrammarReader.Default.Read(tokens);
        var expected = (eager.Chunks.ToArray(), eager.Clauses.ToArray(), eager.Entities.ToArray());

        var lazy = GrammarReader.Default.Read(tokens);

        // Clauses first: they read the chunks, which must then be the ones kept.
        Assert.Equal(expected.Item2, lazy.Clauses.ToArray());
        Assert.Equal(expected.Item1, lazy.Chunks.ToArray());
        Assert.Equal(expected.Item3, lazy.Entities.ToArray());
        Assert.True(lazy.Chunks == lazy.Chunks, "the chunks are computed once");
        Assert.True(lazy.Clauses == lazy.Clauses, "the clauses are computed once");
        Assert.True(lazy.Entities == lazy.Entities, "the entities are computed once");
        Assert.Equal("Name: Democrats | Person: Sen. Joe Manchin", Tagged.Render(lazy.Tokens, lazy.Entities));
    }

    [Fact]
    public void An_empty_token_list_reads_as_empty_grammar()
    {
        var grammar = GrammarReader.Default.Read([]);

        Assert.Empty(grammar.Labels);
        Assert.Empty(grammar.Chunks);
        Assert.Empty(grammar.Clauses);
        Assert.Empty(grammar.Entities);
    }

    [Fact]
    public void An_analyzed_document_reads_each_sentence_grammar_once_and_shares_it()
    {
        var analyzed = new DocLint.Analysis.AnalyzedDocument(
            MarkdownProseExtractor.Extract("a.md", SourceText.From("# Vote\n\nTwo Democrats broke ranks. A senior official told Reuters.\n")));
        var second = analyzed.Sentences.Last();

        var grammar = analyzed.Grammar(second);

        Assert.Same(grammar, analyzed.Grammar(second));
        Assert.Equal(second.Tokens, grammar.Tokens);
        Assert.Equal("[NP A senior official] [VG told] [NP Reuters] .", Tagged.Render(grammar.Tokens, grammar.Chunks));
    }

    private static System.Collections.Immutable.ImmutableArray<Sentence> Segment(string text)
    {
        var document = PlainTextProseExtractor.Extract("t.txt", SourceText.From(text));
        return SentenceSegmenter.Segment(document.Blocks.Single());
    }
}
