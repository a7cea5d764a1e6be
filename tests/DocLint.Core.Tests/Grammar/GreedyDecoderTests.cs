using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

public sealed class GreedyDecoderTests
{
    [Fact]
    public void The_two_pass_decoder_tags_every_sample_sentence_as_the_one_pass_decoder()
    {
        var model = EmbeddedModel();
        var context = new LabelContextVotes(model, GreedyDecoder.StartCode);
        var sentences = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath())).Sentences.Select(s => s.Tokens).ToList();
        // One sentence past the decoder's stack limit (256 tokens), and one with nothing to tag.
        sentences.Add(Tagged.Tokens(string.Join(' ', Enumerable.Repeat("Officials said on Tuesday that the plan, which critics called costly, would not pass;", 20))));
        sentences.Add([]);

        var tagged = 0;
        foreach (var tokens in sentences)
        {
            var onePass = new PosLabel[tokens.Length];
            var twoPass = new PosLabel[tokens.Length];
            GreedyDecoder.Decode(tokens, (ILabelScorer)model, onePass);
            GreedyDecoder.Decode(tokens, model, context, twoPass);

            Assert.Equal(onePass, twoPass);
            tagged += tokens.Length;
        }

        Assert.True(tagged > 700, $"{tagged} tokens");
    }

    [Fact]
    public void Context_static_and_dynamic_keys_together_are_the_seventeen_template_keys()
    {
        var tokens = Tagged.Tokens("The council voted 7-2 on Tuesday.");
        using var features = new SentenceFeatures(tokens);
        var all = new ulong[SentenceFeatures.Count];
        var context = new ulong[SentenceFeatures.ContextCount];
        var words = new ulong[SentenceFeatures.StaticCount];
        var labelWords = new ulong[SentenceFeatures.DynamicCount];

        features.Fill(all, 2, previous: 12, beforePrevious: 3);
        SentenceFeatures.FillContext(context, previous: 12, beforePrevious: 3);
        features.FillStatic(words, 2);
        features.FillDynamic(labelWords, 2, previous: 12);

        Assert.Equal(SentenceFeatures.Count, SentenceFeatures.ContextCount + SentenceFeatures.StaticCount + SentenceFeatures.DynamicCount);
        Assert.Equal(all.Order(), context.Concat(words).Concat(labelWords).Order());
        Assert.Equal(FeatureHash.Key(0, 0), all[0]);
        Assert.Equal(FeatureHash.Key(5, 12), all[5]);
        Assert.Equal(FeatureHash.Key(6, 3), all[6]);
        Assert.Equal(FeatureHash.Key(7, 12, 3), all[7]);
        Assert.Equal(labelWords[0], all[8]);
        Assert.Equal(words[4], all[9]);
        Assert.Equal(labelWords[1], all[16]);
    }

    [Fact]
    public void A_label_code_outside_the_models_labels_gets_its_context_votes_looked_up()
    {
        var model = EmbeddedModel();
        var context = new LabelContextVotes(model, GreedyDecoder.StartCode);
        // "#" is a fixed tag; whether or not the model labels with it, the sums must be those of the four keys.
        var code = new PosLabel(PosTag.Hash, PosTag.None).Code;
        foreach (var (previous, beforePrevious) in new[] { (code, GreedyDecoder.StartCode), (model.LabelCodes[3], model.LabelCodes[7]), (GreedyDecoder.StartCode, GreedyDecoder.StartCode) })
        {
            var keys = new ulong[SentenceFeatures.ContextCount];
            SentenceFeatures.FillContext(keys, previous, beforePrevious);
            var expected = new int[model.Labels.Length];
            model.AddVotes(keys, expected);
            var actual = new int[model.Labels.Length];

            context.AddTo(actual, previous, beforePrevious);

            Assert.Equal(expected, actual);
            Assert.Contains(expected, v => v != 0);
        }
    }

    [Fact]
    public void Features_hashed_around_the_decided_positions_give_those_positions_the_keys_of_every_token_hashed()
    {
        var model = EmbeddedModel();
        var sentences = HandTaggedSample.Parse(File.ReadAllText(Tagged.SamplePath())).Sentences.Select(s => s.Tokens).ToList();
        sentences.Add(Tagged.Tokens("Zyxwv qwerty."));
        var compared = 0;
        foreach (var tokens in sentences)
        {
            // As the decoder marks them: -1 where the word settles the label, a row where the model decides it.
            var decided = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                decided[i] = GreedyDecoder.TrySettle(tokens, i, model, SpelledAcronyms.In(tokens), out _) ? -1 : i;
            }

            using var every = new SentenceFeatures(tokens);
            using var around = new SentenceFeatures(tokens, decided);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (decided[i] < 0)
                {
                    continue;
                }

                var expected = new ulong[SentenceFeatures.StaticCount + SentenceFeatures.DynamicCount];
                var actual = new ulong[expected.Length];
                every.FillStatic(expected, i);
                every.FillDynamic(expected.AsSpan(SentenceFeatures.StaticCount), i, previous: 77);
                around.FillStatic(actual, i);
                around.FillDynamic(actual.AsSpan(SentenceFeatures.StaticCount), i, previous: 77);
                Assert.Equal(expected, actual);
                compared++;
            }
        }

        Assert.True(compared > 50, $"{compared} positions");
    }

    [Fact]
    public void A_sentence_whose_words_settle_every_label_is_tagged_as_the_one_pass_decoder_tags_it()
    {
        var model = EmbeddedModel();
        var tokens = Tagged.Tokens("He is not here.");
        Assert.All(Enumerable.Range(0, tokens.Length), i => Assert.True(GreedyDecoder.TrySettle(tokens, i, model, SpelledAcronyms.In(tokens), out _), tokens[i].Text));
        var onePass = new PosLabel[tokens.Length];
        var twoPass = new PosLabel[tokens.Length];

        GreedyDecoder.Decode(tokens, (ILabelScorer)model, onePass);
        GreedyDecoder.Decode(tokens, model, new LabelContextVotes(model, GreedyDecoder.StartCode), twoPass);

        Assert.Equal(onePass, twoPass);
        Assert.Equal("PRP VBZ RB RB .", string.Join(' ', twoPass.Select(l => l.ToString())));
    }

    [Fact]
    public void Model_decided_words_at_the_start_after_a_settled_word_and_after_another_decided_word_are_tagged_as_the_one_pass_decoder_tags_them()
    {
        // The two-pass decoder looks up the label-and-word features early where the previous label is known before
        // the model runs (the start, a fixed or dictionary label) and late after a word the model decides.
        var model = EmbeddedModel();
        var tokens = Tagged.Tokens("Zorvath quennels blorfed the glimmick frobnously.");
        var settled = Enumerable.Range(0, tokens.Length).Select(i => GreedyDecoder.TrySettle(tokens, i, model, SpelledAcronyms.In(tokens), out _)).ToArray();
        Assert.False(settled[0]);
        Assert.Contains(Enumerable.Range(1, tokens.Length - 1), i => !settled[i] && !settled[i - 1]);
        Assert.Contains(Enumerable.Range(1, tokens.Length - 1), i => !settled[i] && settled[i - 1]);
        var onePass = new PosLabel[tokens.Length];
        var twoPass = new PosLabel[tokens.Length];

        GreedyDecoder.Decode(tokens, (ILabelScorer)model, onePass);
        GreedyDecoder.Decode(tokens, model, new LabelContextVotes(model, GreedyDecoder.StartCode), twoPass);

        Assert.Equal(onePass, twoPass);
    }

    private static PerceptronModel EmbeddedModel()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        return PerceptronModel.Read(stream);
    }
}
