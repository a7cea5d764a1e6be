using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Text;

namespace DocLint.Cli.Tests.Formats;

/// <summary>The order every format writes an entry in: by start, end and rule id, ties in the order given.</summary>
public sealed class ReportEntryOrderTests
{
    [Fact]
    public void Visible_orders_by_start_end_and_rule_and_keeps_problems_before_findings_at_one_place()
    {
        var hedge = Rules.Hedging.HedgingPhraseAnalyzer.Rule;
        var claim = Rules.Claims.UnsourcedClaimAnalyzer.Rule;
        Diagnostic At(DiagnosticDescriptor descriptor, int start, int length, string message) =>
            new(descriptor, DiagnosticSeverity.Warning, new Location("a.md", new TextSpan(start, length), default), message, "x", "x");

        var problem = Diagnostic.ForFile(InfrastructureDescriptors.InputNotText, "a.md", "problem");
        Diagnostic[] findings =
        [
            At(claim, 10, 5, "claim at 10-15"),
            At(hedge, 10, 5, "first hedge at 10-15"),
            At(hedge, 10, 2, "hedge at 10-12"),
            At(hedge, 10, 5, "second hedge at 10-15"),
            At(hedge, 0, 4, "hedge at 0-4"),
            At(hedge, 0, 0, "hedge at 0-0"),
        ];
        var entry = new ReportEntry("a.md", [new DocumentReport("a.md", [.. findings], 7, WasLinted: true)], [problem]);

        Assert.Equal(
            ["problem", "hedge at 0-0", "hedge at 0-4", "hedge at 10-12", "first hedge at 10-15", "second hedge at 10-15", "claim at 10-15"],
            entry.Visible(DiagnosticSeverity.Info).Select(d => d.Message));
    }
}
