using DocLint.Prose;

namespace DocLint.Core.Tests.Prose;

/// <summary>
/// SentenceStart tests a token's length against <see cref="Dashes.MaxLength"/> before asking <see cref="Dashes.IsEmDash"/>:
/// a dash form longer than the constant would silently stop opening a sentence there.
/// </summary>
public sealed class DashesTests
{
    [Theory]
    [InlineData("\u2014")]
    [InlineData("--")]
    [InlineData("---")]
    public void Every_dash_form_fits_the_length_sentence_start_tests(string dash)
    {
        Assert.True(Dashes.IsEmDash(dash));
        Assert.True(dash.Length <= Dashes.MaxLength, $"'{dash}' is longer than Dashes.MaxLength");
    }

    [Theory]
    [InlineData("----")]
    [InlineData("-")]
    [InlineData("\u2013")]
    public void Other_hyphen_runs_are_no_em_dash(string text) => Assert.False(Dashes.IsEmDash(text));
}
