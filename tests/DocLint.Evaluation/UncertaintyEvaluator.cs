namespace DocLint.Evaluation;

/// <summary>
/// A sentence is predicted uncertain when an uncertainty finding starts in it. Cue level: a finding is correct
/// when it overlaps a gold cue; a cue is found when a finding overlaps it.
/// </summary>
public static class UncertaintyEvaluator
{
    public static UncertaintyResult Evaluate(
        string set,
        IReadOnlyList<LabelledSentence> sentences,
        IReadOnlyList<IReadOnlyList<Finding>> findings,
        Func<Finding, bool> countsAsUncertain,
        bool withCues)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(countsAsUncertain);
        var sentenceScore = Score.Empty;
        var cueScore = Score.Empty;
        var errors = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var predicted = findings[i].Where(countsAsUncertain).ToList();
            var positive = predicted.Count > 0;
            var hit = positive && sentence.Uncertain ? 1 : 0;
            sentenceScore += new Score(hit, positive ? 1 : 0, hit, sentence.Uncertain ? 1 : 0);
            if (positive != sentence.Uncertain)
            {
                var found = string.Join("; ", predicted.Select(f => $"{f.Rule} '{Slice(sentence.Text, f)}'"));
                errors.Add($"{(positive ? "FP" : "FN")} {sentence.Id}: {sentence.Text}\n    found: {found}");
            }

            if (withCues)
            {
                cueScore += new Score(
                    predicted.Count(f => sentence.Cues.Any(c => f.Overlaps(c.Start, c.End))),
                    predicted.Count,
                    sentence.Cues.Count(c => predicted.Any(f => f.Overlaps(c.Start, c.End))),
                    sentence.Cues.Count);
            }
        }

        return new UncertaintyResult(set, sentences.Count, sentenceScore, withCues ? cueScore : null, errors);
    }

    private static string Slice(string text, Finding finding)
    {
        var start = Math.Clamp(finding.Start, 0, text.Length);
        var end = Math.Clamp(finding.End, start, text.Length);
        return text[start..end];
    }
}
