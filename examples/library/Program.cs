// Lints a draft the way a CMS would before publishing: with the newsroom's .editorconfig applied.
// Run from the repository root: dotnet run --project examples/library -- examples/opinion.md
using DocLint;
using DocLint.Documents;

var path = args.Length > 0 ? args[0] : "examples/opinion.md";
var draft = await File.ReadAllTextAsync(path);

var linter = DocLinter.Create(new DocLinterOptions { MinScore = 70 });
var report = await linter.LintTextAsync(draft, DocumentKind.Markdown, new LintSettings { Path = path });
foreach (var diagnostic in report.Reported)
{
    Console.WriteLine($"line {diagnostic.Location.LineSpan.Start.Line + 1}: {diagnostic.Id}: {diagnostic.Message}");
}

Console.WriteLine(report.Score is { } score ? $"source reliability {score.Value}/100 ({score.Grade})" : "an empty draft: nothing to score");
return report.Reported.Any(d => d.Severity == DocLint.Diagnostics.DiagnosticSeverity.Error) ? 1 : 0;
