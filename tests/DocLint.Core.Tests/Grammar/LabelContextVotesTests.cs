using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// The context table sums each key's votes once per label and adds the pair key's per pair (perf41); every pair of
/// context labels must get exactly the totals of its four keys looked up together, as the one-pass scorer adds them.
/// </summary>
public sealed class LabelContextVotesTests
{
    private static readonly PerceptronModel Model = EmbeddedModel();

    private static readonly LabelContextVotes Context = new(Model, GreedyDecoder.StartCode);

    // The context labels: the model's label codes and the sentence start, as the table is built over them.
    private static readonly int[] Codes = Model.LabelCodes.Append(GreedyDecoder.StartCode).Distinct().ToArray();

    public static TheoryData<int> PreviousLabels() => new(Enumerable.Range(0, Codes.Length));

    [Theory]
    [MemberData(nameof(PreviousLabels))]
    public void Every_pair_after_this_previous_label_gets_the_votes_of_its_four_keys(int previous)
    {
        var keys = new ulong[SentenceFeatures.ContextCount];
        foreach (var beforePrevious in Codes)
        {
            SentenceFeatures.FillContext(keys, Codes[previous], beforePrevious);
            var expected = new int[Model.Labels.Length];
            Model.AddVotes(keys, expected);
            var actual = new int[Model.Labels.Length];

            Context.AddTo(actual, Codes[previous], beforePrevious);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_table_covers_every_model_label_and_the_start()
    {
        Assert.Equal(Model.Labels.Length + 1, Codes.Length);
        Assert.Equal(65, Codes.Length);
    }

    private static PerceptronModel EmbeddedModel()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(PosTagger.ModelResource)!;
        return PerceptronModel.Read(stream);
    }
}
