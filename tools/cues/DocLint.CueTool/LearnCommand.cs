using System.Globalization;
using System.Text;
using DocLint.Evaluation;
using DocLint.Lexicons;

namespace DocLint.CueTool;

/// <summary>
/// The weighted cue-word baseline of CoNLL-2010 (a cue's weight is the share of training sentences containing it
/// that are uncertain), learned from CoNLL-2010 train only (bio abstracts and Wikipedia; the eval split stays held
/// out) and made safe for news: a cue that appears in a train.jsonl sentence without an author-voice hedge is
/// dropped, and so is a cue holding a word that in news makes attribution or a vague group, not the author's doubt
/// (tools/cues/news-attribution-words.txt: "X suggested", "data indicate", "is thought to", "some people"). The first
/// filter is in-sample on train, so its effect on unseen articles is estimated by leaving one article out at a time
/// (<see cref="NewsFilterCrossValidation"/>) and written in the table's header. Writes every candidate with its counts
/// (rules/models/uncertainty-cues.tsv) and the kept cues as DL1001's learned lexicon (rules/lexicons/hedges-learned.txt).
/// </summary>
internal static class LearnCommand
{
    private const double CandidateFloor = 0.5;

    public static int Run(string data, string rules, CueSettings settings, TextWriter output)
    {
        var conll = Path.Combine(data, "conll2010_sentences");
        var train = TsvCorpusReader.ReadConll(Path.Combine(conll, "bio.tsv"), "train")
            .Concat(TsvCorpusReader.ReadConll(Path.Combine(conll, "wikipedia.tsv"), "train"))
            .ToList();
        var newsSet = NewsNegatives.ReadAll(Path.Combine(data, "doclint_gold", "train.jsonl"));
        var news = NewsNegatives.Counts(newsSet);
        var newsSentences = newsSet.Count(s => !s.Hedged);
        var listed = Lexicon.ParseEntries(File.ReadAllText(Path.Combine(rules, "lexicons", "hedges.txt"))).ToHashSet(StringComparer.Ordinal);
        var reviewedOut = settings.ReviewedOut is null ? [] : Lexicon.ParseEntries(File.ReadAllText(settings.ReviewedOut)).ToHashSet(StringComparer.Ordinal);
        var attributionWords = settings.AttributionWords is null ? [] : Lexicon.ParseEntries(File.ReadAllText(settings.AttributionWords)).ToHashSet(StringComparer.Ordinal);

        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncertain = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            foreach (var cue in CueFeatures.Of(sentence.Text))
            {
                total[cue] = total.GetValueOrDefault(cue) + 1;
                if (sentence.Uncertain)
                {
                    uncertain[cue] = uncertain.GetValueOrDefault(cue) + 1;
                }
            }
        }

        var candidates = total
            .Where(p => p.Value >= settings.MinCount && !listed.Contains(p.Key) && !p.Key.Split(' ').Any(GenreCorpus.Modals.Contains))
            .Select(p => new CueCount(p.Key, uncertain.GetValueOrDefault(p.Key), p.Value, news.GetValueOrDefault(p.Key)))
            .Where(c => c.Weight >= CandidateFloor)
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Cue, StringComparer.Ordinal)
            .ToList();

        bool IsAttribution(string cue) => cue.Split(' ').Any(attributionWords.Contains);
        HashSet<string> Keep(Dictionary<string, int> negatives, bool byClass)
        {
            var passing = candidates
                .Where(c => c.Weight >= settings.Threshold && negatives.GetValueOrDefault(c.Cue) == 0 && !reviewedOut.Contains(c.Cue) && !(byClass && IsAttribution(c.Cue)))
                .Select(c => c.Cue).ToHashSet(StringComparer.Ordinal);
            // A pair adds nothing when one of its words already fires on its own.
            return passing
                .Where(c => !c.Contains(' ', StringComparison.Ordinal) || c.Split(' ').All(w => !passing.Contains(w) && !listed.Contains(w)))
                .ToHashSet(StringComparer.Ordinal);
        }

        var kept = Keep(news, byClass: true).Order(StringComparer.Ordinal).ToList();

        // The sentence-level effect on an unseen article: a sentence DocLint already flags as hedged gains nothing.
        var linter = new DocLintLinter();
        var flagged = new Dictionary<NewsSentence, bool>();
        bool Flagged(NewsSentence s) => flagged.TryGetValue(s, out var f) ? f : flagged[s] = linter.Lint(s.Text, s.Previous, s.Next).Any(x => x.Rule.StartsWith("DL1", StringComparison.Ordinal));
        var withoutClass = NewsFilterCrossValidation.Run(newsSet, n => Keep(n, byClass: false), Flagged);
        var withClass = NewsFilterCrossValidation.Run(newsSet, n => Keep(n, byClass: true), Flagged);
        var crossValidation = string.Format(CultureInfo.InvariantCulture,
            "# Leave one train.jsonl article out ({0} articles; filter built from the others, counted on the one left out, sentences DocLint\n" +
            "# already flags as hedged not counted): without the attribution words {1} held-out sentences without a hedge gain a cue ({2}),\n" +
            "# {3} with a missed hedge gain one; with them (the shipped list) {4} and {5} ({6}).\n",
            newsSet.Select(x => x.Article).Distinct(StringComparer.Ordinal).Count(),
            withoutClass.Alarms, string.Join(", ", withoutClass.AlarmCues), withoutClass.Hits,
            withClass.Alarms, withClass.Hits, withClass.AlarmCues.Count == 0 ? "none" : string.Join(", ", withClass.AlarmCues));

        var provenance = string.Format(CultureInfo.InvariantCulture,
            "# Learned by: dotnet run -c Release --project tools/cues/DocLint.CueTool -- --data ../shared/data --rules rules --min-count {0} --threshold {1} --reviewed-out tools/cues/reviewed-out.txt --attribution-words tools/cues/news-attribution-words.txt\n" +
            "# From: CoNLL-2010 train only ({2} sentences: bio abstracts and Wikipedia, conll2010_sentences/*.tsv), eval held out;\n" +
            "# news filter: {3} doclint_gold/train.jsonl sentences without an author-voice hedge.\n" +
            "# weight = uncertain / total training sentences containing the cue. Kept: total >= {0}, weight >= {1},\n" +
            "# in no news sentence of the filter, no news attribution word, not already in hedges.txt, no modal (DL1002's), not reviewed out,\n" +
            "# and (for a pair) neither word kept on its own.\n",
            settings.MinCount, settings.Threshold, train.Count, newsSentences);

        var table = new StringBuilder(provenance).Append(crossValidation).Append("cue\tweight\tuncertain\ttotal\tnews_negatives\tkept\n");
        foreach (var candidate in candidates)
        {
            table.Append(CultureInfo.InvariantCulture, $"{candidate.Cue}\t{candidate.Weight:0.000}\t{candidate.Uncertain}\t{candidate.Total}\t{candidate.NewsNegatives}\t{(kept.Contains(candidate.Cue) ? "yes" : reviewedOut.Contains(candidate.Cue) ? "reviewed-out" : IsAttribution(candidate.Cue) ? "attribution" : "no")}\n");
        }

        var lexicon = new StringBuilder("# DL1001: uncertainty cues learned from CoNLL-2010 train (weights and counts: rules/models/uncertainty-cues.tsv).\n")
            .Append("# Generated; do not edit by hand, rerun the command below.\n")
            .Append(provenance);
        foreach (var cue in kept)
        {
            lexicon.Append(cue).Append('\n');
        }

        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(rules, "models", "uncertainty-cues.tsv"), table.ToString(), utf8);
        File.WriteAllText(Path.Combine(rules, "lexicons", "hedges-learned.txt"), lexicon.ToString(), utf8);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{train.Count} training sentences, {candidates.Count} candidates (weight >= {CandidateFloor}), {kept.Count} kept."));
        output.Write(crossValidation);
        return 0;
    }
}
