using DocLint.Rules.Common;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The one acronym check the claim reader (letters only) and the opener casing (letters and an abbreviation's dots)
/// share: the rows are the two copies' answers before they were merged.
/// </summary>
public sealed class LetterCaseTests
{
    [Theory]
    [InlineData("GAO", false, true)]
    [InlineData("GAo", false, false)]
    [InlineData("", false, true)]
    [InlineData("U.S.", false, false)]
    [InlineData("U.S.", true, true)]
    [InlineData("EPA", true, true)]
    [InlineData("Epa", true, false)]
    [InlineData("U-S", true, false)]
    [InlineData("\u00c9U", false, true)]
    public void AllUpper_reads_capitals_and_optionally_dots(string text, bool dotsAllowed, bool expected) =>
        Assert.Equal(expected, LetterCase.AllUpper(text, dotsAllowed));

    [Fact]
    public void AllUpper_alone_takes_no_dots() => Assert.False(LetterCase.AllUpper("U.S."));
}
