using System.Text;
using System.Text.Json;
using DocLint.Evaluation;

namespace DocLint.CueTool;

/// <summary>A hedge-model training sentence, the document it comes from (a cross-validation fold keeps a document
/// whole) and whether that document is a full paper rather than an abstract.</summary>
internal sealed record ModelSentence(LabelledSentence Sentence, string Document, bool FullPaper);

/// <summary>
/// What a genre's hedge model trains on. Reference: CoNLL-2010 Wikipedia train, each sentence its own document (the
/// file keeps no article). Research: CoNLL-2010 bio train (abstracts), each sentence placed in its abstract by the
/// Szeged bio_hbc copy of it, plus the full papers of CoNLL-2010's official bio training data, which the CoNLL files
/// here lack: Szeged bio_fly documents none of whose sentences is in CoNLL bio eval (checked here, on every run).
/// Szeged bio_bmc is never read: most of it is CoNLL bio eval.
/// </summary>
internal static class ModelCorpus
{
    public static List<ModelSentence>? Read(string data, string genre, TextWriter output)
    {
        var train = GenreCorpus.ReadTrain(data, genre, output);
        if (train is null)
        {
            return null;
        }

        if (genre != "research")
        {
            return [.. train.Select((s, i) => new ModelSentence(s, "sentence " + i, false))];
        }

        var szeged = Path.Combine(data, "szeged_uncertainty_corpus");
        var abstracts = SzegedRows(Path.Combine(szeged, "bio_hbc.tsv")).ToList();
        var abstractOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in abstracts)
        {
            abstractOf.TryAdd(Normalize(row.Text), "hbc " + row.Document);
        }

        var sentences = train.Select((s, i) => new ModelSentence(s, abstractOf.GetValueOrDefault(Normalize(s.Text)) ?? "conll " + i, false)).ToList();
        var counted = CountedInvestigationCues(abstracts, train);
        var eval = TsvCorpusReader.ReadConll(Path.Combine(data, "conll2010_sentences", "bio.tsv"), "eval").Select(s => Normalize(s.Text)).ToHashSet(StringComparer.Ordinal);
        var papers = SzegedRows(Path.Combine(szeged, "bio_fly.tsv")).GroupBy(r => r.Document, StringComparer.Ordinal).ToList();
        var kept = papers.Where(p => !p.Any(r => eval.Contains(Normalize(r.Text)))).ToList();
        foreach (var paper in kept)
        {
            sentences.AddRange(paper.Select(r => new ModelSentence(new LabelledSentence(r.Id, r.Text, IsConllUncertain(r.Cues, counted), []), "fly " + paper.Key, true)));
        }

        output.WriteLine($"research: investigation cues CoNLL counts: {string.Join(", ", counted.Order(StringComparer.Ordinal))}.");
        output.WriteLine($"research: {train.Count} abstract sentences ({sentences.Count(s => !s.FullPaper && s.Document.StartsWith("hbc", StringComparison.Ordinal))} placed in their abstract), "
            + $"{kept.Sum(p => p.Count())} full-paper sentences from {kept.Count} bio_fly papers ({papers.Count - kept.Count} left out: they share sentences with CoNLL bio eval).");
        return sentences;
    }

    // Whitespace differs between the CoNLL tokens and the Szeged text; nothing else needs to for a sentence to match.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Szeged also marks investigation cues ("we examined", "we tested whether"), which CoNLL-2010 mostly leaves certain:
    // a Szeged sentence is CoNLL-uncertain when it has a cue of another type or an investigation cue that CoNLL counts.
    // On the bio_hbc sentences that are CoNLL bio train, the Szeged label agrees with CoNLL's on 94.7%, "a cue of another
    // type" alone on 98.3%.
    private static bool IsConllUncertain(IReadOnlyList<(string Type, string Text)> cues, HashSet<string> counted) =>
        cues.Any(c => c.Type != "investigation" || counted.Contains(c.Text));

    // The investigation cues ("whether", "if", "determine") that CoNLL labels uncertain in most of the bio train
    // sentences (bio_hbc copies) whose only cues are investigation cues.
    private static HashSet<string> CountedInvestigationCues(List<SzegedRow> abstracts, List<LabelledSentence> train)
    {
        var conll = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            conll.TryAdd(Normalize(sentence.Text), sentence.Uncertain);
        }

        var seen = new Dictionary<string, (int Uncertain, int Total)>(StringComparer.Ordinal);
        foreach (var row in abstracts)
        {
            if (row.Cues.Count == 0 || row.Cues.Any(c => c.Type != "investigation") || !conll.TryGetValue(Normalize(row.Text), out var uncertain))
            {
                continue;
            }

            foreach (var text in row.Cues.Select(c => c.Text).Distinct(StringComparer.Ordinal))
            {
                var (u, t) = seen.GetValueOrDefault(text);
                seen[text] = (u + (uncertain ? 1 : 0), t + 1);
            }
        }

        return seen.Where(p => 2 * p.Value.Uncertain > p.Value.Total).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private sealed record SzegedRow(string Id, string Document, string Text, IReadOnlyList<(string Type, string Text)> Cues);

    // Szeged columns: id, corpus, doc_id, part, label, cues_json ([start, end, type, text]), sentence.
    private static IEnumerable<SzegedRow> SzegedRows(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 7)
            {
                continue;
            }

            using var json = JsonDocument.Parse(fields[5]);
            var cues = json.RootElement.EnumerateArray().Select(c => (c[2].GetString() ?? string.Empty, (c[3].GetString() ?? string.Empty).ToLowerInvariant())).ToList();
            yield return new SzegedRow(fields[0], fields[2], fields[6], cues);
        }
    }
}
