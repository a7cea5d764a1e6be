using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Sources.ImpersonalAttributionAnalyzer>;

namespace DocLint.Rules.Tests.Sources;

public sealed class DL3002ImpersonalAttributionAnalyzerTests
{
    [Theory]
    [InlineData("[|It is believed|] that the painting was stolen in 1990.")]
    [InlineData("The suspect [|reportedly|] fled to Spain.")]
    [InlineData("The singer [|is said to|] be recovering at home.")]
    [InlineData("[|It is understood|] that the board will meet on Monday.")]
    [InlineData("The council [|is said to|] be furious about the leak.")]
    [InlineData("The painting [|is thought to|] be worth millions.")]
    [InlineData("The Taliban [|are expected to|] step up attacks before the election.")]
    [InlineData("[|It was also reported|] that the adviser opposed the meeting.")]
    [InlineData("Her praise has [|fueled speculation|] that she will run.")]
    [InlineData("He is, [|by all accounts|], the perfect nominee.")]
    [InlineData("\"[|It is believed|] the painting was stolen,\" said Inspector Ruth Hale.")]
    public void Reports_attribution_to_no_one(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("Police believe the painting was stolen in 1990.")]
    [InlineData("The museum reported the theft on Monday.")]
    public void Does_not_report_named_believers(string text) => Verify.VerifyNoDiagnostics(text);

    [Fact]
    public void Reports_in_plain_text_at_the_file_offset() =>
        Verify.VerifyPlainText("Local news.\n\nThe suspect [|reportedly|] fled to Spain.\n");
}
