using System.Collections.Immutable;
using DocLint.Grammar;

namespace DocLint.GrammarTool;

/// <summary>
/// Trains the tagger on the train split of the silver file: a tag dictionary of words the teacher almost always
/// tags one way, then an averaged perceptron over the rest, then pruning of small weights, written to the model file.
/// </summary>
internal static class TrainCommand
{
    private const int MinLabelCount = 20;
    private const int MinDictionaryCount = 20;
    private const double MinDictionaryShare = 0.97;

    public static int Run(string silver, string output, int epochs, float threshold, int maxWeights)
    {
        var sentences = Silver.Read(silver, "train").ToList();
        Console.WriteLine($"train: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
        var labelCounts = sentences.SelectMany(Silver.LearnableLabels).CountBy(l => l).ToDictionary();
        var labels = labelCounts.Where(p => p.Value >= MinLabelCount).Select(p => p.Key)
            .OrderBy(l => l.Tag).ThenBy(l => l.Clitic).ToImmutableArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var dictionary = BuildDictionary(sentences, labelIndex);
        Console.WriteLine($"labels: {labels.Length}; dictionary words: {dictionary.Count}");

        var model = new TrainingModel(labels, dictionary);
        var random = new Random(20261202);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var buffer = new PosLabel[512];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var (mistakesBefore, decisionsBefore) = (model.Mistakes, model.Decisions);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                if (sentence.Tokens.Length > buffer.Length)
                {
                    continue;
                }

                model.SetGold(Silver.Gold(sentence, labelIndex));
                GreedyDecoder.Decode(sentence.Tokens, model, buffer);
            }

            var decisions = model.Decisions - decisionsBefore;
            Console.WriteLine($"epoch {epoch + 1}: model accuracy on its training words {1 - ((model.Mistakes - mistakesBefore) / (double)decisions):P2} ({decisions} decisions)");
        }

        var features = model.Averaged(threshold, maxWeights);
        using (var stream = File.Create(output))
        {
            var entries = dictionary.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToList();
            PerceptronModelWriter.Write(stream, labels, entries, features);
        }

        Console.WriteLine($"wrote {output}: {features.Count} features, {features.Sum(f => f.Votes.Length)} weights, {new FileInfo(output).Length / 1024} KiB");
        return 0;
    }

    private static Dictionary<ulong, byte> BuildDictionary(List<SilverSentence> sentences, Dictionary<PosLabel, int> labelIndex)
    {
        var counts = new Dictionary<ulong, Dictionary<PosLabel, int>>();
        foreach (var sentence in sentences)
        {
            var gold = Silver.Labels(sentence);
            for (var i = 0; i < gold.Length; i++)
            {
                if (gold[i] is { } label)
                {
                    var key = SentenceFeatures.DictionaryKey(sentence.Tokens[i]);
                    if (!counts.TryGetValue(key, out var perLabel))
                    {
                        perLabel = [];
                        counts[key] = perLabel;
                    }

                    perLabel[label] = perLabel.GetValueOrDefault(label) + 1;
                }
            }
        }

        var dictionary = new Dictionary<ulong, byte>();
        foreach (var (word, perLabel) in counts)
        {
            var total = perLabel.Values.Sum();
            var (top, count) = perLabel.MaxBy(p => p.Value);
            if (total >= MinDictionaryCount && count >= MinDictionaryShare * total && labelIndex.TryGetValue(top, out var index))
            {
                dictionary[word] = (byte)index;
            }
        }

        return dictionary;
    }
}
