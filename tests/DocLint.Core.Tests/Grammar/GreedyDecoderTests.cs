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
            GreedyDecoder.Decode(tokens, model, twoPass);

            Assert.Equal(onePass, twoPass);
            tagged += tokens.Length;
        }

        Assert.True(tagged > 700, $"{tagged} tokens");
    }

    [Fact]
    public void Static_and_dynamic_keys_together_are_the_seventeen_template_keys()
    {
        var tokens = Tagged.Tokens("The council voted 7-2 on Tuesday.");
        using var features = new SentenceFeatures(tokens);
        var all = new ulong[SentenceFeatures.Count];
        var fixedKeys = new ulong[SentenceFeatures.StaticCount];
        var labelKeys = new ulong[SentenceFeatures.DynamicCount];

        features.Fill(all, 2, previous: 12, beforePrevious: 3);
        features.FillStatic(fixedKeys, 2);
        features.FillDynamic(labelKeys, 2, previous: 12, beforePrevious: 3);

        Assert.Equal(SentenceFeatures.Count, SentenceFeatures.StaticCount + SentenceFeatures.DynamicCount);
        Assert.Equal(all.Order(), fixedKeys.Concat(labelKeys).Order());
        Assert.Equal(FeatureHash.Key(0, 0), all[0]);
        Assert.Equal(FeatureHash.Key(5, 12), all[5]);
        Assert.Equal(FeatureHash.Key(7, 12, 3), all[7]);
        Assert.Equal(labelKeys[4], all[16]);
        Assert.Equal(fixedKeys[5], all[9]);
    }

    private static PerceptronModel EmbeddedModel()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        return PerceptronModel.Read(stream);
    }
}
