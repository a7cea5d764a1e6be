using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

public sealed class FeatureHashTests
{
    // The tokenizer keeps a lone closing \u2019 as written; the model's features read it as the straight quote.
    [Fact]
    public void A_closing_typographic_quote_hashes_as_the_straight_one()
    {
        Assert.Equal(FeatureHash.Exact("'"), FeatureHash.Exact("\u2019"));
        Assert.Equal(FeatureHash.Lower("'", digitsAsZero: false), FeatureHash.Lower("\u2019", digitsAsZero: false));
        Assert.NotEqual(FeatureHash.Exact("'"), FeatureHash.Exact("\u201D"));
    }
}
