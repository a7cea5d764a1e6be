using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Rules.Tests.Verification;

/// <summary>
/// Runs one analyzer over marked-up prose and compares (ID, exact span) both ways: nothing missing,
/// nothing extra. A failure prints the expected and actual findings as markup over the same text.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Roslyn's verifier shape: tests alias the closed type as Verify.")]
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : ProseAnalyzer, new()
{
    public static void VerifyMarkdown(string markup) => Verify(markup, DocumentFormat.Markdown);

    public static void VerifyPlainText(string markup) => Verify(markup, DocumentFormat.PlainText);

    /// <summary>Asserts that the analyzer reports nothing at all on this text.</summary>
    public static void VerifyNoDiagnostics(string text) => Verify(text, DocumentFormat.Markdown);

    /// <summary>As <see cref="VerifyMarkdown"/>, with these options (.editorconfig keys) in effect.</summary>
    public static void VerifyMarkdown(string markup, AnalyzerOptions options) => Verify(markup, DocumentFormat.Markdown, options);

    public static void Verify(string markup, DocumentFormat format) => Verify(markup, format, AnalyzerOptions.Empty);

    public static void Verify(string markup, DocumentFormat format, AnalyzerOptions options)
    {
        var analyzer = new TAnalyzer();
        var defaultId = analyzer.SupportedDiagnostics[0].Id;
        var input = Markup.Parse(markup, defaultId);
        var actual = Run(analyzer, input.Text, format, options);
        var expected = input.Expected.ToHashSet();
        var missing = input.Expected.Where(e => !actual.Contains(e)).ToList();
        var extra = actual.Where(a => !expected.Contains(a)).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .AppendLine($"{typeof(TAnalyzer).Name} ({format}) did not report what the markup expects.")
            .AppendLine($"Expected: {Markup.Render(input.Text, input.Expected, defaultId)}")
            .AppendLine($"Actual:   {Markup.Render(input.Text, actual, defaultId)}")
            .AppendLine($"Missing:  {string.Join(", ", missing.Select(m => Describe(input.Text, m)))}")
            .AppendLine($"Extra:    {string.Join(", ", extra.Select(m => Describe(input.Text, m)))}");
        Assert.Fail(message.ToString());
    }

    private static ImmutableArray<MarkedSpan> Run(ProseAnalyzer analyzer, string text, DocumentFormat format, AnalyzerOptions options)
    {
        var source = SourceText.From(text);
        var document = format == DocumentFormat.PlainText
            ? PlainTextProseExtractor.Extract("test.txt", source)
            : MarkdownProseExtractor.Extract("test.md", source);
        var diagnostics = new AnalyzerDriver([analyzer]).Analyze(document, options);
        return diagnostics.Select(d => new MarkedSpan(d.Id, d.Location.SourceSpan)).ToImmutableArray();
    }

    private static string Describe(string text, MarkedSpan span) =>
        $"{span.Id} '{text.Substring(span.Span.Start, span.Span.Length)}' {span.Span}";
}
