using System.Collections.Immutable;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Rules;
using DocLint.Text;

namespace DocLint.Evaluation;

/// <summary>
/// Lints a sentence as the middle of a plain-text paragraph "previous sentence next" and keeps the findings
/// that start inside the sentence: figure attribution reads the neighbouring sentences.
/// With a genre, lints as `doclint_genre = genre` in an .editorconfig would.
/// </summary>
public sealed class DocLintLinter(string? genre = null)
{
    private readonly LintEngine _engine = new(BuiltInAnalyzers.Create());
    private readonly DocumentSettings _settings = genre is null
        ? DocumentSettings.Default
        : DocumentSettings.Default with { Options = new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add(PolicyKeys.Genre, genre)) };

    public IReadOnlyList<Finding> Lint(string sentence, string previous = "", string next = "")
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = new StringBuilder();
        if (previous.Length > 0)
        {
            text.Append(Flatten(previous)).Append(' ');
        }

        var offset = text.Length;
        text.Append(Flatten(sentence));
        if (next.Length > 0)
        {
            text.Append(' ').Append(Flatten(next));
        }

        var document = DocumentLoader.Parse("sentence.txt", SourceText.From(text.ToString()));
        var report = _engine.Lint(document, _settings);
        var findings = new List<Finding>();
        foreach (var diagnostic in report.Diagnostics)
        {
            var start = diagnostic.Location.SourceSpan.Start - offset;
            if (start >= 0 && start < sentence.Length)
            {
                findings.Add(new Finding(diagnostic.Id, start, Math.Min(sentence.Length, start + diagnostic.Location.SourceSpan.Length)));
            }
        }

        return findings;
    }

    // One paragraph: a stray newline in the data must not split it (lengths are unchanged).
    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
