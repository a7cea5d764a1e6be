using DocLint.FigureTool;

namespace DocLint.FigureTool.Tests;

public sealed class LogisticModelTests
{
    private static readonly (IReadOnlyList<string> Features, int Label)[] Examples =
    [
        (["bias", "call=Unsourced"], 1),
        (["bias", "call=Unsourced"], 1),
        (["bias", "call=Unsourced", "quoted"], 0),
        (["bias", "call=NamedSource"], 0),
        (["bias", "call=NamedSource"], 0),
    ];

    [Fact]
    public void Learns_which_features_make_a_figure_unsourced()
    {
        var model = LogisticModel.Train(Examples);

        Assert.True(model.Probability(["bias", "call=Unsourced"]) > 0.5);
        Assert.True(model.Probability(["bias", "call=NamedSource"]) < 0.5);
        Assert.True(model.Weights["quoted"] < 0);
    }

    [Fact]
    public void Training_twice_gives_the_same_weights() =>
        Assert.Equal(LogisticModel.Train(Examples).ToTsv(["h"]), LogisticModel.Train(Examples).ToTsv(["h"]));

    [Fact]
    public void Writes_its_header_then_one_sorted_feature_a_line()
    {
        var lines = LogisticModel.Train(Examples).ToTsv(["trained by a test"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("# trained by a test", lines[0]);
        Assert.Equal("feature\tweight", lines[1]);
        Assert.Equal(["bias", "call=NamedSource", "call=Unsourced", "quoted"], lines.Skip(2).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void An_unseen_feature_weighs_nothing()
    {
        var model = LogisticModel.Train(Examples);

        Assert.Equal(model.Probability(["bias"]), model.Probability(["bias", "never-seen"]));
    }
}
