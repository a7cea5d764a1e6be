using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

public sealed class SettledLabelsTests
{
    [Fact]
    public void Each_answer_is_the_decoders_own_in_any_order_and_asked_twice()
    {
        var model = EmbeddedModel();
        var tokens = Tagged.Tokens("Zorvath quennels said on Tuesday that 42 \"glimmicks\" were frobnously lost.");
        var settled = new SettledLabels(tokens, model);
        var order = Enumerable.Range(0, tokens.Length).Reverse().Concat(Enumerable.Range(0, tokens.Length));

        foreach (var i in order)
        {
            var expected = GreedyDecoder.TrySettle(tokens, i, model, out var expectedLabel);
            var actual = settled.TryGet(i, out var label);

            Assert.Equal(expected, actual);
            if (expected)
            {
                Assert.Equal(expectedLabel, label);
            }
        }

        Assert.Contains(Enumerable.Range(0, tokens.Length), i => settled.TryGet(i, out _));
        Assert.Contains(Enumerable.Range(0, tokens.Length), i => !settled.TryGet(i, out _));
    }

    [Fact]
    public void A_word_is_looked_up_in_the_tag_dictionary_once_however_often_it_is_asked_for()
    {
        var model = new CountingScorer(EmbeddedModel());
        var tokens = Tagged.Tokens("The council voted on Tuesday.");
        var settled = new SettledLabels(tokens, model);

        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                settled.TryGet(i, out _);
            }
        }

        // "." is a fixed tag, which never reaches the dictionary; the five words each reach it once.
        Assert.Equal(5, model.DictionaryLookUps);
    }

    [Fact]
    public void Tagging_with_labels_already_settled_gives_the_tags_of_tagging_without_them()
    {
        var tagger = new PosTagger(EmbeddedModel());
        var sentences = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath())).Sentences.Select(s => s.Tokens).ToList();
        var compared = 0;
        foreach (var tokens in sentences)
        {
            // Half the tokens asked about first, as the claim reader's word checks leave them.
            var settled = tagger.Settle(tokens);
            for (var i = 0; i < tokens.Length; i += 2)
            {
                settled.TryGet(i, out _);
            }

            Assert.Equal(tagger.Tag(tokens).ToArray(), tagger.Tag(tokens, settled).ToArray());
            compared += tokens.Length;
        }

        Assert.True(compared > 400, $"{compared} tokens");
    }

    [Fact]
    public void Settled_labels_of_other_tokens_are_refused()
    {
        var tagger = new PosTagger(EmbeddedModel());
        var settled = tagger.Settle(Tagged.Tokens("The council voted."));

        Assert.Throws<ArgumentException>(() => tagger.Tag(Tagged.Tokens("The council voted on Tuesday."), settled));
    }

    private static PerceptronModel EmbeddedModel()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        return PerceptronModel.Read(stream);
    }

    // The model, counting the tag dictionary's look-ups.
    private sealed class CountingScorer(PerceptronModel model) : ILabelScorer
    {
        public int DictionaryLookUps { get; private set; }

        public ImmutableArray<PosLabel> Labels => model.Labels;

        public int DictionaryLabel(ulong word)
        {
            DictionaryLookUps++;
            return model.DictionaryLabel(word);
        }

        public int Choose(int position, ReadOnlySpan<ulong> keys, Span<float> scores) => model.Choose(position, keys, scores);
    }
}
