using System.Text;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Evaluation;
using DocLint.Prose;
using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;
using DocLint.Text;

namespace DocLint.FigureTool;

/// <summary>
/// Reads gold sentences into figure candidates. Each sentence is parsed as the evaluation lints it (tests/DocLint.
/// Evaluation/DocLintLinter: "previous sentence next" as one plain-text paragraph) and a figure belongs to it when
/// its span starts inside the sentence, as a finding does there. So the hand rule's reported candidates are exactly
/// the evaluation's DL2001/DL2002 findings.
/// </summary>
internal static class CandidateReader
{
    public static IReadOnlyList<GoldItem> Read(IReadOnlyList<GoldSentence> sentences, string part, bool nearby = false)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var items = new List<GoldItem>(sentences.Count);
        foreach (var sentence in sentences)
        {
            items.Add(Read(sentence, part, nearby));
        }

        return items;
    }

    public static GoldItem Read(GoldSentence sentence, string part, bool nearby = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var labels = sentence.Labels.Where(l => l.Family == Family.UnsourcedFigure).ToList();
        var counting = labels.Where(l => l.Counts).ToList();
        var borderline = labels.Where(l => l.IsBorderline).ToList();
        var positive = counting.Count > 0;
        var skipped = !positive && borderline.Count > 0;

        var text = new StringBuilder();
        if (sentence.Previous.Length > 0)
        {
            text.Append(Flatten(sentence.Previous)).Append(' ');
        }

        var offset = text.Length;
        text.Append(Flatten(sentence.Text));
        if (sentence.Next.Length > 0)
        {
            text.Append(' ').Append(Flatten(sentence.Next));
        }

        var document = new AnalyzedDocument(DocumentLoader.Parse("sentence.txt", SourceText.From(text.ToString())));
        var candidates = new List<FigureCandidate>();
        foreach (var analyzed in document.Sentences)
        {
            foreach (var verdict in UnsourcedFigureAnalyzer.Verdicts(document, analyzed))
            {
                var span = analyzed.Block.MapToSource(TokenSpans(analyzed, verdict.Figure));
                var start = span.Start - offset;
                if (start < 0 || start >= sentence.Text.Length)
                {
                    continue;
                }

                var end = Math.Min(sentence.Text.Length, start + span.Length);
                int? label = counting.Any(l => Overlaps(start, end, l)) ? 1 : borderline.Any(l => Overlaps(start, end, l)) ? null : 0;
                var where = $"{sentence.Id}\t'{sentence.Text.Substring(start, end - start)}'\t{Flatten(sentence.Text)}";
                candidates.Add(new FigureCandidate(verdict.Call, FigureFeatures.Of(document, analyzed, verdict, nearby), label, where));
            }
        }

        return new GoldItem(GoldItem.ArticleOf(sentence), part, positive, skipped, candidates);
    }

    /// <summary>Each figure of a plain text, one line each: its text, the rule's call and its features (the
    /// NamedNearby ones only with <paramref name="nearby"/>, as --nearby on gives the model them).</summary>
    public static IEnumerable<string> Explain(string text, bool nearby = false)
    {
        var document = new AnalyzedDocument(DocumentLoader.Parse("text.txt", SourceText.From(text)));
        foreach (var sentence in document.Sentences)
        {
            // The sentence's attributions and official acts first: which one a figure's call leaned on.
            var reading = SentenceSemantics.Of(document, sentence);
            foreach (var (kind, attributions) in new[] { ("speech", reading.Attributions), ("act", reading.OfficialActs) })
            {
                foreach (var a in attributions)
                {
                    yield return $"# {kind} {a.Kind}: verb '{Words(sentence, a.VerbStart, a.VerbEnd)}' source '{Words(sentence, a.SourceStart, a.SourceEnd)}'";
                }
            }

            foreach (var verdict in UnsourcedFigureAnalyzer.Verdicts(document, sentence))
            {
                var span = TokenSpans(sentence, verdict.Figure);
                yield return $"{sentence.Block.Text.Substring(span.Start, span.Length)}\t{verdict.Call}\t{string.Join(' ', FigureFeatures.Of(document, sentence, verdict, nearby).Order(StringComparer.Ordinal))}";
            }
        }
    }

    private static string Words(Sentence sentence, int start, int end) =>
        string.Join(' ', sentence.Tokens[start..end].Select(t => t.Text));

    private static TextSpan TokenSpans(Sentence sentence, Figure figure) =>
        DocLint.Rules.Common.TokenSpans.Of(sentence.Tokens, figure.Start, figure.End);

    private static bool Overlaps(int start, int end, GoldLabel label) => label.Start >= 0 && start < label.End && label.Start < end;

    // One paragraph: a stray newline in the data must not split it (lengths are unchanged), as the evaluation does.
    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
