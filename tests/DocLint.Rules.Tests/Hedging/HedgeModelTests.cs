using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Rules.Hedging;

namespace DocLint.Rules.Tests.Hedging;

/// <summary>The hedge model's text format (rules/models/hedge-model-{genre}.tsv) and its decision.</summary>
public sealed class HedgeModelTests
{
    private const string Model = "# a comment\nthreshold\t0.5\ncue\tpotential\ncue\tputative\nw\tbias\t-1\nw\tcue=potential\t2.25\nw\tlist=no\t-3\n";

    [Fact]
    public void Parses_the_threshold_the_vocabulary_and_the_weights()
    {
        var model = HedgeModel.Parse(Model);
        Assert.Equal(0.5, model.Threshold);
        Assert.Equal(["potential", "putative"], model.Vocabulary.Order(StringComparer.Ordinal));
        Assert.Equal(3, model.WeightCount);
        Assert.Contains("Potential", (IReadOnlySet<string>)model.Vocabulary);
    }

    [Fact]
    public void Scores_the_sum_of_known_weights_and_fires_above_the_threshold()
    {
        var model = HedgeModel.Parse(Model);
        Assert.Equal(1.25, model.Score(["bias", "cue=potential", "unseen"]));
        Assert.True(model.IsHedge(Candidate("bias", "cue=potential")));
        Assert.False(model.IsHedge(Candidate("bias", "cue=putative")));
        Assert.False(model.IsHedge(Candidate("bias", "cue=potential", "list=no")));
    }

    [Theory]
    [InlineData("cue\tpotential\n", "no 'threshold' line")]
    [InlineData("threshold\tmuch\n", "line 1: 'much' is not a number")]
    [InlineData("threshold\t0\nweight\tbias\t1\n", "line 2: expected 'threshold', 'cue' or 'w' fields")]
    public void Rejects_a_malformed_model_with_the_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => HedgeModel.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("research")]
    [InlineData("reference")]
    public void The_shipped_models_say_how_they_were_trained_and_load(string genre)
    {
        var text = HedgeModels.ReadResource(genre);
        Assert.Contains($"--rules rules --model {genre}", text, StringComparison.Ordinal);
        Assert.Contains("eval never read", text, StringComparison.Ordinal);
        var model = HedgeModels.For(genre)!;
        Assert.NotEmpty(model.Vocabulary);
        Assert.True(model.WeightCount > 100);
    }

    [Theory]
    [InlineData("news")]
    [InlineData(null)]
    [InlineData("poetry")]
    public void News_and_unknown_genres_have_no_model(string? genre) => Assert.Null(HedgeModels.For(genre));

    [Theory]
    [InlineData("suggests", "suggest")]
    [InlineData("suggested", "suggest")]
    [InlineData("suggesting", "suggest")]
    [InlineData("indicates", "indicat")]
    [InlineData("indicated", "indicat")]
    [InlineData("class", "class")]
    [InlineData("may", "may")]
    public void Stems_inflections_together(string word, string stem) => Assert.Equal(stem, HedgeCandidateReader.Stem(word));

    private static HedgeCandidate Candidate(params string[] features) => new(0, 1, "potential", [.. features]);
}

/// <summary>What the hedge model is shown: lexicon matches and vocabulary words, with their grammar features.</summary>
public sealed class HedgeCandidateReaderTests
{
    private static readonly FrozenSet<string> Vocabulary = new[] { "potential", "suggest" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> NewsEntries = new[] { "results suggest" }.ToFrozenSet(StringComparer.Ordinal);

    [Fact]
    public void Reads_lexicon_matches_and_vocabulary_words_outside_them()
    {
        var tokens = DocLint.Prose.Tokenizer.Tokenize("These results suggest that a potential pathway exists.");
        var grammar = DocLint.Grammar.GrammarReader.Default.Read(tokens);
        var lexicon = DocLint.Lexicons.Lexicon.Parse("test", "results suggest\nsuggest that\n");
        var candidates = HedgeCandidateReader.Read(tokens, grammar, lexicon.Matches(tokens), _ => true, NewsEntries, Vocabulary, i => i == 5);

        Assert.Equal([(1, 3, "results suggest"), (5, 6, "potential")], candidates.Select(c => (c.Start, c.End, c.Cue)));
        Assert.Contains("list=yes", candidates[0].Features);
        Assert.Contains("cue|next=results suggest|that", candidates[0].Features);
        Assert.Contains("list=none", candidates[1].Features);
        Assert.Contains("reported", candidates[1].Features);
        Assert.DoesNotContain("reported", candidates[0].Features);
        Assert.Contains("cue|tag=potential|JJ", candidates[1].Features);
    }
}
