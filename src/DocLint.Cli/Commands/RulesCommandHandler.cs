using DocLint.Analysis;
using DocLint.Cli.Output;
using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary><c>doclint rules</c>: a table of every rule with its category, default severity and title.</summary>
internal sealed class RulesCommandHandler(CliConsole console, LintEngine engine)
{
    public int Run()
    {
        var rows = engine.AllDescriptors
            .Select(d => (d.Id, d.Category, Severity: MsBuildFormatter.SeverityWord(d.DefaultSeverity), d.Title))
            .ToList();
        var categoryWidth = Math.Max("Category".Length, rows.Max(r => r.Category.Length));
        var severityWidth = Math.Max("Severity".Length, rows.Max(r => r.Severity.Length));
        console.Out.Write($"{"ID",-6}  {"Category".PadRight(categoryWidth)}  {"Severity".PadRight(severityWidth)}  Title\n");
        foreach (var row in rows)
        {
            console.Out.Write($"{row.Id,-6}  {row.Category.PadRight(categoryWidth)}  {row.Severity.PadRight(severityWidth)}  {row.Title}\n");
        }

        console.Out.Write("\nRun 'doclint explain <ID>' for a rule's page: what it flags, why, examples and options.\n");
        return ExitCodes.Success;
    }
}
