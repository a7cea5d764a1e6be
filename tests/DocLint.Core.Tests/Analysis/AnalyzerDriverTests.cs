using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Text;

namespace DocLint.Core.Tests.Analysis;

public sealed class AnalyzerDriverTests
{
    private static readonly DiagnosticDescriptor Word = new("TS0001", "Word", "Word '{0}' ({1})", RuleCategories.Hedging, DiagnosticSeverity.Warning, "A word.");
    private static readonly DiagnosticDescriptor Plain = new("TS0002", "Plain", "No arguments here", RuleCategories.Sources, DiagnosticSeverity.Warning, "Plain.");

    [Fact]
    public void Findings_come_by_start_end_rule_and_message_and_in_reporting_order_where_those_are_equal()
    {
        // Reported out of order by two rules; the two TS0002 findings on one span are equal in every key.
        var document = Analyze("Alpha beta gamma.");
        var first = new Reporting([Word, Plain], (c, r) =>
        {
            r(Plain, new TextSpan(6, 4), []);
            r(Word, new TextSpan(0, 5), ["b", 1]);
            r(Word, new TextSpan(0, 5), ["a", 1]);
        });
        var second = new Reporting([Plain], (c, r) =>
        {
            r(Plain, new TextSpan(0, 10), []);
            r(Plain, new TextSpan(6, 4), []);
        });

        var found = new AnalyzerDriver([first, second]).Analyze(document, AnalyzerOptions.Empty);

        Assert.Equal(
            ["TS0001 0-5 Word 'a' (1)", "TS0001 0-5 Word 'b' (1)", "TS0002 0-10 No arguments here", "TS0002 6-10 No arguments here", "TS0002 6-10 No arguments here"],
            found.Select(d => $"{d.Id} {d.Location.SourceSpan.Start}-{d.Location.SourceSpan.End} {d.Message}").ToArray());
    }

    [Fact]
    public void A_message_is_formatted_once_per_rule_and_arguments_and_numbers_print_as_before()
    {
        var document = Analyze("Alpha beta.", "Gamma delta.");
        var analyzer = new Reporting([Word], (c, r) =>
        {
            r(Word, new TextSpan(0, 5), ["x", 1]);
            r(Word, new TextSpan(0, 5), ["x", 2]);
            r(Word, new TextSpan(0, 5), ["x", 1L]);
            r(Word, new TextSpan(0, 5), [0.0, -0.0]);
            r(Word, new TextSpan(0, 5), [1.5, null]);
        });

        var found = new AnalyzerDriver([analyzer]).Analyze(document, AnalyzerOptions.Empty);

        // Both sentences report the same five messages; sorting keeps each sentence's findings together.
        Assert.Equal(
            ["Word '0' (-0)", "Word '1.5' ()", "Word 'x' (1)", "Word 'x' (1)", "Word 'x' (2)"],
            found.Take(5).Select(d => d.Message).ToArray());
        Assert.Equal(found.Take(5).Select(d => d.Message), found.Skip(5).Select(d => d.Message));
        // Per sentence, ("x", 1) then ("x", 1L): the same text, but only equal arguments of one type share a string.
        var ones = found.Where(d => d.Message == "Word 'x' (1)").ToArray();
        Assert.Equal(4, ones.Length);
        Assert.Same(ones[0].Message, ones[2].Message);
        Assert.Same(ones[1].Message, ones[3].Message);
    }

    [Fact]
    public void Every_rule_sees_every_sentence_and_a_rule_reporting_what_it_does_not_declare_fails_alone()
    {
        var document = Analyze("One. Two.", "Three.");
        var seen = new List<string>();
        var honest = new Reporting([Plain], (c, r) =>
        {
            seen.Add("honest:" + c.Sentence.Text);
            r(Plain, c.Sentence.Span, []);
        });
        var rogue = new Reporting([Word], (c, r) =>
        {
            seen.Add("rogue:" + c.Sentence.Text);
            r(Plain, c.Sentence.Span, []);
        });

        var found = new AnalyzerDriver([honest, rogue]).Analyze(document, AnalyzerOptions.Empty);

        Assert.Equal(["honest:One.", "honest:Two.", "honest:Three.", "rogue:One.", "rogue:Two.", "rogue:Three."], seen);
        Assert.Equal(["DL0001", "TS0002", "TS0002", "TS0002"], found.Select(d => d.Id).ToArray());
        Assert.Contains("reported TS0002, which it does not declare", found[0].Message, StringComparison.Ordinal);
    }

    // Paragraphs as blocks of a plain-text document, segmented.
    private static AnalyzedDocument Analyze(params string[] paragraphs) => AnalyzedDocumentTests.Analyze(paragraphs);

    /// <summary>A rule that runs <c>act</c> on every sentence, reporting through the delegate it is given.</summary>
    private sealed class Reporting(ImmutableArray<DiagnosticDescriptor> supported, Action<SentenceAnalysisContext, Action<DiagnosticDescriptor, TextSpan, object?[]>> act) : ProseAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => supported;

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(c => act(c, (descriptor, span, arguments) => c.Report(descriptor, span, arguments)));
    }
}
