using System.Collections.Immutable;
using DocLint.Analysis;

namespace DocLint.Core.Tests.Analysis;

public sealed class AnalyzerOptionsTests
{
    [Fact]
    public void Options_without_values_answer_no_key()
    {
        Assert.Null(AnalyzerOptions.Empty.Get("doclint.hedging.genre"));
        Assert.Empty(AnalyzerOptions.Empty.GetList("doclint.hedging.extra_terms"));
    }

    [Fact]
    public void Keys_are_compared_ignoring_case()
    {
        var options = new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint.Hedging.Genre", "research"));

        Assert.Equal("research", options.Get("DOCLINT.hedging.genre"));
        Assert.Null(options.Get("doclint.hedging.extra_terms"));
    }
}
