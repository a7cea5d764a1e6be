namespace DocLint.Evaluation;

/// <summary>
/// Per-category scores on the gold set. Sentence level: a sentence is positive when it has a counting label,
/// is skipped when its only labels of that category are borderline, and is otherwise negative (a quoted or
/// reported hedge makes it negative: the author did not hedge). Span level: a finding is correct when it
/// overlaps a counting span, neutral when it overlaps only a borderline span, otherwise wrong.
/// Errors list wrong sentences (FP, FN) and, in rightly flagged sentences, wrong or missed spans (SPAN).
/// </summary>
public static class FamilyEvaluator
{
    public static IReadOnlyList<FamilyResult> Evaluate(
        IReadOnlyList<GoldSentence> sentences,
        IReadOnlyList<IReadOnlyList<Finding>> findings,
        Func<Finding, IEnumerable<Family>> familiesOf)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(familiesOf);
        var results = new List<FamilyResult>();
        foreach (var family in FamilyMap.All)
        {
            var sentenceScore = Score.Empty;
            var spanScore = Score.Empty;
            var errors = new List<ErrorCase>();
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var predicted = findings[i].Where(f => familiesOf(f).Contains(family)).Select(f => WholeSentenceFor(f, family, sentence)).ToList();
                var labels = sentence.Labels.Where(l => l.Family == family).ToList();
                var counting = labels.Where(l => l.Counts).ToList();
                var borderline = labels.Where(l => l.IsBorderline).ToList();

                var goldPositive = counting.Count > 0;
                var skip = !goldPositive && borderline.Count > 0;
                if (!skip)
                {
                    var predictedPositive = predicted.Count > 0;
                    sentenceScore += new Score(
                        predictedPositive && goldPositive ? 1 : 0,
                        predictedPositive ? 1 : 0,
                        predictedPositive && goldPositive ? 1 : 0,
                        goldPositive ? 1 : 0);
                    if (predictedPositive != goldPositive)
                    {
                        errors.Add(Describe(predictedPositive ? "FP" : "FN", sentence, predicted, labels));
                    }
                }

                var wrongSpans = predicted.Where(f => !counting.Concat(borderline).Any(l => f.Overlaps(l.Start, l.End))).ToList();
                var missedSpans = counting.Where(l => !predicted.Any(f => f.Overlaps(l.Start, l.End))).ToList();
                if (predicted.Count > 0 && (goldPositive || skip) && (wrongSpans.Count > 0 || missedSpans.Count > 0))
                {
                    errors.Add(Describe("SPAN", sentence, wrongSpans, missedSpans));
                }

                var correct = predicted.Count(f => counting.Any(l => f.Overlaps(l.Start, l.End)));
                var neutral = predicted.Count(f => !counting.Any(l => f.Overlaps(l.Start, l.End)) && borderline.Any(l => f.Overlaps(l.Start, l.End)));
                var found = counting.Count(l => predicted.Any(f => f.Overlaps(l.Start, l.End)));
                spanScore += new Score(correct, predicted.Count - neutral, found, counting.Count);
            }

            results.Add(new FamilyResult(family, sentenceScore, spanScore, errors));
        }

        return results;
    }

    // DL2002's vague source is not its span (the figure is): for unnamed_source it covers the whole sentence.
    private static Finding WholeSentenceFor(Finding finding, Family family, GoldSentence sentence) =>
        family == Family.UnnamedSource && finding.Rule == "DL2002" ? finding with { Start = 0, End = sentence.Text.Length } : finding;

    private static ErrorCase Describe(string kind, GoldSentence sentence, List<Finding> predicted, List<GoldLabel> labels)
    {
        var found = string.Join("; ", predicted.Select(f => $"{f.Rule} '{sentence.Text[f.Start..f.End]}'"));
        var gold = string.Join("; ", labels.Select(l => l.Note.Length == 0 ? $"'{l.Span}'" : $"'{l.Span}' ({l.Note})"));
        return new ErrorCase(ClassOf(kind, sentence, predicted, labels), $"{kind} {sentence.Id}: {sentence.Text}\n    found: {found}\n    gold:  {gold}");
    }

    // A false alarm is classed by its rule and first word; a miss by the first counting label's last word (its head, in news noun phrases).
    private static string ClassOf(string kind, GoldSentence sentence, List<Finding> predicted, List<GoldLabel> labels)
    {
        if (kind == "FP" && predicted.Count > 0)
        {
            var f = predicted[0];
            return $"FP {f.Rule} '{FirstWord(sentence.Text[f.Start..f.End])}'";
        }

        var label = labels.FirstOrDefault(l => l.Counts) ?? labels.FirstOrDefault();
        return label is null ? kind : $"{kind} '{LastWord(label.Span)}'";
    }

    private static string FirstWord(string text) => Words(text).FirstOrDefault() ?? text;

    private static string LastWord(string text) => Words(text).LastOrDefault() ?? text;

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '"', '\u201c', '\u201d', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
