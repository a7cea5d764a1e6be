using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// A sentence's grammar tags only as far as its readers ask (issue 11), and every label it gives is the one the whole
/// sentence's tagging gives, however the positions are asked for.
/// </summary>
public sealed class SentenceGrammarGrowthTests
{
    [Fact]
    public void Decoding_resumed_from_any_prefix_gives_the_whole_taggings_labels()
    {
        var decoded = 0;
        foreach (var tokens in Sentences())
        {
            var whole = PosTagger.Default.Tag(tokens);
            for (var split = 1; split < tokens.Length; split++)
            {
                var labels = new PosLabel[tokens.Length];
                // One sentence's settled labels serve both growths, as on a grammar.
                var settled = PosTagger.Default.Settle(tokens);
                PosTagger.Default.Tag(tokens, labels, 0, split, settled);
                PosTagger.Default.Tag(tokens, labels, split, tokens.Length, settled);

                Assert.Equal(whole.ToArray(), labels);
                decoded++;
            }
        }

        Assert.True(decoded >= 400, $"{decoded} splits");
    }

    [Fact]
    public void Labels_asked_by_position_in_any_order_are_the_whole_taggings()
    {
        foreach (var tokens in Sentences())
        {
            var whole = PosTagger.Default.Tag(tokens);

            // From the end inward, then from the start: each request grows the tagged prefix or reads what it holds.
            var grammar = GrammarReader.Default.Read(tokens);
            for (int i = tokens.Length / 2, step = 0; step < tokens.Length; step++, i = (i * 7 + 3) % tokens.Length)
            {
                Assert.Equal(whole[i], grammar.LabelAt(i));
            }

            Assert.Equal(whole.ToArray(), grammar.Labels.ToArray());
            Assert.Equal(whole.ToArray(), GrammarReader.Default.Read(tokens).Labels.ToArray());
        }
    }

    [Fact]
    public void Settled_labels_are_the_whole_taggings_and_a_settled_token_tags_nothing()
    {
        var settled = 0;
        foreach (var tokens in Sentences())
        {
            var whole = PosTagger.Default.Tag(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                var grammar = GrammarReader.Default.Read(tokens);
                Assert.Equal(whole[i], grammar.SettledLabelAt(i));
                if (PosTagger.Default.TryLabelAlone(tokens, i, SpelledAcronyms.In(tokens), out _))
                {
                    Assert.Equal(0, grammar.TaggedCount);
                    settled++;
                }
                else
                {
                    Assert.Equal(i + 1, grammar.TaggedCount);
                }
            }
        }

        Assert.True(settled >= 50, $"{settled} settled tokens");
    }

    [Fact]
    public void A_grammars_labels_alone_asked_in_any_order_and_again_are_the_taggers_and_tag_nothing()
    {
        var asked = 0;
        foreach (var tokens in Sentences())
        {
            var whole = PosTagger.Default.Tag(tokens);
            var grammar = GrammarReader.Default.Read(tokens);
            // Scattered, then every position twice: each token is asked of the dictionary once and read after.
            var order = Enumerable.Range(0, tokens.Length).Select(i => (i * 7 + 3) % tokens.Length)
                .Concat(Enumerable.Range(0, tokens.Length)).Concat(Enumerable.Range(0, tokens.Length));
            foreach (var i in order)
            {
                var alone = PosTagger.Default.TryLabelAlone(tokens, i, SpelledAcronyms.In(tokens), out var expected);
                Assert.Equal(alone, grammar.TryLabelAlone(i, out var label));
                Assert.Equal(expected, label);
                if (alone)
                {
                    Assert.Equal(whole[i], label);
                }

                asked++;
            }

            Assert.Equal(0, grammar.TaggedCount);
            // The growths read the answers kept: the same labels as the whole tagging.
            Assert.Equal(whole.ToArray(), grammar.Labels.ToArray());
        }

        Assert.True(asked >= 300, $"{asked} positions asked");
    }

    [Fact]
    public void Asking_an_early_position_leaves_the_rest_of_the_sentence_untagged()
    {
        var tokens = Tagged.Tokens("Officials familiar with the talks said the Zorblaxian delegation could walk away before Friday's deadline.");
        var grammar = GrammarReader.Default.Read(tokens);
        Assert.Equal(0, grammar.TaggedCount);

        Assert.Equal(PosTag.NNS, grammar.TagAt(0));
        Assert.True(grammar.TaggedCount < 6, $"{grammar.TaggedCount} of {tokens.Length} positions tagged for the first");

        Assert.Equal(PosTag.VBD, grammar.TagAt(5));
        Assert.InRange(grammar.TaggedCount, 6, 9);

        _ = grammar.Chunks;
        Assert.Equal(tokens.Length, grammar.TaggedCount);
    }

    [Fact]
    public void A_chunk_asked_by_position_before_the_sentence_is_tagged_is_the_whole_chunk_lists()
    {
        var asked = 0;
        foreach (var tokens in Sentences())
        {
            var chunks = GrammarReader.Default.Read(tokens).Chunks;
            // One grammar asked at every position in turn (each request grows the tagged prefix), and a fresh one per
            // position (each request reads from an untagged sentence).
            var growing = GrammarReader.Default.Read(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                foreach (var kind in new[] { ChunkKind.VerbGroup, ChunkKind.NounPhrase })
                {
                    Chunk? expected = chunks.FirstOrDefault(c => c.Kind == kind && c.Contains(i)) is { Length: > 0 } found ? found : null;
                    Assert.Equal(expected, GrammarReader.Default.Read(tokens).ChunkAt(i, kind));
                    Assert.Equal(expected, growing.ChunkAt(i, kind));
                    asked++;
                }
            }

            Assert.Null(GrammarReader.Default.Read(tokens).ChunkAt(tokens.Length, ChunkKind.NounPhrase));
            Assert.Equal(chunks.ToArray(), growing.Chunks.ToArray());
        }

        Assert.True(asked >= 800, $"{asked} positions asked");
    }

    [Fact]
    public void A_chunk_asked_early_leaves_the_rest_of_the_sentence_untagged()
    {
        var tokens = Tagged.Tokens("Officials familiar with the talks said the Zorblaxian delegation could walk away before Friday's deadline.");
        var grammar = GrammarReader.Default.Read(tokens);

        // "said": the verb group and the label after it (where a noun phrase or a particle could continue it) are read.
        Assert.Equal(new Chunk(ChunkKind.VerbGroup, 5, 1, 5, VerbTraits.Finite), grammar.ChunkAt(5, ChunkKind.VerbGroup));
        Assert.Equal(7, grammar.TaggedCount);

        Assert.Equal(new Chunk(ChunkKind.NounPhrase, 6, 3, 8, VerbTraits.None), grammar.ChunkAt(7, ChunkKind.NounPhrase));
        // The phrase's reading looks at the word after the one that ends it ("could", then "walk"), and no further.
        Assert.Equal(11, grammar.TaggedCount);
        Assert.Null(grammar.ChunkAt(7, ChunkKind.VerbGroup));
        Assert.True(grammar.TaggedCount < tokens.Length, $"{grammar.TaggedCount} of {tokens.Length} positions tagged");
    }

    [Fact]
    public void A_clause_kind_asked_by_position_before_the_sentence_is_tagged_is_the_whole_clause_lists()
    {
        var asked = 0;
        foreach (var tokens in Sentences())
        {
            var clauses = GrammarReader.Default.Read(tokens).Clauses;
            var growing = GrammarReader.Default.Read(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                var expected = clauses.Single(c => c.Contains(i)).Kind;
                Assert.Equal(expected, GrammarReader.Default.Read(tokens).ClauseKindAt(i));
                Assert.Equal(expected, growing.ClauseKindAt(i));
                asked++;
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => GrammarReader.Default.Read(tokens).ClauseKindAt(tokens.Length));
        }

        Assert.True(asked >= 400, $"{asked} positions asked");
    }

    [Fact]
    public void A_clause_kind_asked_early_leaves_the_rest_of_the_sentence_untagged()
    {
        // Main, a relative clause at "who", the main clause resumed after its comma at "said", a subordinate one at "before".
        var tokens = Tagged.Tokens("The envoy, who arrived on Monday, said the Zorblaxian delegation could walk away before Friday's long-awaited deadline passes.");
        var grammar = GrammarReader.Default.Read(tokens);

        // "envoy": no opener before it; the fronted-clause test reads the first label alone.
        Assert.Equal(ClauseKind.Main, grammar.ClauseKindAt(1));
        Assert.True(grammar.TaggedCount <= 3, $"{grammar.TaggedCount} positions tagged");

        // "arrived": the relative clause opened at "who", which reads on to its verb group.
        Assert.Equal(ClauseKind.Relative, grammar.ClauseKindAt(4));
        Assert.True(grammar.TaggedCount <= 7, $"{grammar.TaggedCount} positions tagged");

        // "said": the main clause resumed after the comma (a finite verb group starts there).
        Assert.Equal(ClauseKind.Main, grammar.ClauseKindAt(8));
        Assert.True(grammar.TaggedCount < 14, $"{grammar.TaggedCount} of {tokens.Length} positions tagged");

        Assert.Equal(ClauseKind.Main, GrammarReader.Default.Read(tokens).Clauses.Single(c => c.Contains(8)).Kind);
    }

    private static List<ImmutableArray<Token>> Sentences()
    {
        var sentences = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath())).Sentences.Select(s => s.Tokens).ToList();
        sentences.Add(Tagged.Tokens("\"It cost $5,000 (about 3%),\" Zorblaxian officials said; the 2nd one... https://example.com"));
        return sentences;
    }
}
