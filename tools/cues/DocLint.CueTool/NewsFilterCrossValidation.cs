namespace DocLint.CueTool;

/// <summary>
/// The news filter read out of sample: for each train.jsonl article, the cues kept when the filter is built from the
/// other articles, counted on the article left out. The shipped list is filtered on all of train, so on train it cannot
/// raise a false alarm by construction; this is what it does on an article it has not seen.
/// </summary>
internal static class NewsFilterCrossValidation
{
    /// <param name="news">Every train.jsonl sentence with its article.</param>
    /// <param name="keep">The cues kept with a given news-negative count per cue.</param>
    /// <param name="flagged">Whether DocLint already reports a hedge in the sentence (then a cue changes nothing).</param>
    public static CrossValidatedFilter Run(IReadOnlyList<NewsSentence> news, Func<Dictionary<string, int>, IReadOnlySet<string>> keep, Func<NewsSentence, bool> flagged)
    {
        var (alarms, hits) = (0, 0);
        var alarmCues = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var article in news.Select(s => s.Article).Distinct(StringComparer.Ordinal))
        {
            var kept = keep(NewsNegatives.Counts(news, article));
            foreach (var sentence in news.Where(s => s.Article == article))
            {
                var fired = sentence.Cues.Where(kept.Contains).ToList();
                if (fired.Count == 0 || flagged(sentence))
                {
                    continue;
                }

                if (sentence.Hedged)
                {
                    hits++;
                }
                else
                {
                    alarms++;
                    alarmCues.UnionWith(fired);
                }
            }
        }

        return new CrossValidatedFilter(alarms, hits, [.. alarmCues]);
    }
}

/// <summary>Held-out sentences a learned cue would newly flag: without an author-voice hedge (false alarms) and with one
/// that DocLint misses (hits), and the cues behind the false alarms.</summary>
internal sealed record CrossValidatedFilter(int Alarms, int Hits, IReadOnlyList<string> AlarmCues);
