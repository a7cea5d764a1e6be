using Xunit.Sdk;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Certainty.UnsupportedCertaintyAnalyzer>;

namespace DocLint.Rules.Tests.Verification;

// The verifier is what every rule test relies on, so it must fail on each kind of mismatch.
public sealed class AnalyzerVerifierTests
{
    [Fact]
    public void Fails_when_a_finding_is_not_marked()
    {
        var failure = Assert.Throws<FailException>(() => Verify.VerifyMarkdown("The plan will obviously fail."));

        Assert.Contains("Actual:   The plan will [|obviously|] fail.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Extra:    DL4001 'obviously' [14..23)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_a_marked_finding_is_not_reported()
    {
        var failure = Assert.Throws<FailException>(() => Verify.VerifyMarkdown("The plan [|failed|]."));

        Assert.Contains("Missing:  DL4001 'failed' [9..15)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_the_span_is_off_by_one()
    {
        var failure = Assert.Throws<FailException>(() => Verify.VerifyMarkdown("The plan will [|obviously |]fail."));

        Assert.Contains("Missing:  DL4001 'obviously ' [14..24)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Extra:    DL4001 'obviously' [14..23)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_the_id_differs()
    {
        var failure = Assert.Throws<FailException>(() => Verify.VerifyMarkdown("The plan will {|DL1001:obviously|} fail."));

        Assert.Contains("Missing:  DL1001 'obviously' [14..23)", failure.Message, StringComparison.Ordinal);
    }
}
