using DocLint.Cli.Changes;
using DocLint.Diagnostics;
using DocLint.Rules;
using DocLint.Text;

namespace DocLint.Cli.Tests.Changes;

public sealed class DiffBaseFilterTests
{
    private static readonly ChangedLines LineThree = new(false, [new LineRange(3, 3)]);

    [Theory]
    [InlineData(2, 0, 2, 5, true)]   // on line 3 (0-based 2)
    [InlineData(1, 0, 1, 5, false)]  // line 2
    [InlineData(1, 4, 2, 1, true)]   // starts on line 2, runs into line 3
    [InlineData(1, 4, 2, 0, false)]  // ends at the start of line 3, exclusive: touches no character there
    [InlineData(3, 0, 3, 5, false)]  // line 4
    public void Keeps_a_finding_when_any_of_its_lines_changed(int startLine, int startColumn, int endLine, int endColumn, bool kept)
    {
        var diagnostic = At(new LinePositionSpan(new LinePosition(startLine, startColumn), new LinePosition(endLine, endColumn)));

        Assert.Equal(kept, DiffBaseFilter.IsOnChangedLine(diagnostic, LineThree));
    }

    [Fact]
    public void Keeps_whole_file_problems()
    {
        var problem = Diagnostic.ForFile(InfrastructureDescriptors.InputUnreadable, "a.md", "permission denied");

        Assert.True(DiffBaseFilter.IsOnChangedLine(problem, ChangedLines.None));
    }

    private static Diagnostic At(LinePositionSpan lines)
    {
        var descriptor = BuiltInAnalyzers.AllDescriptors.Single(d => d.Id == "DL1001");
        return new Diagnostic(descriptor, DiagnosticSeverity.Warning, new Location("a.md", new TextSpan(1, 1), lines), "m", "x", "x.");
    }
}
