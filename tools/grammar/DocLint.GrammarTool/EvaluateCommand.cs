using DocLint.Grammar;

using DocLint.Core.Tests.Grammar;

namespace DocLint.GrammarTool;

/// <summary>
/// Accuracy of a model against the teacher's labels on the held-out articles (never trained on), over the tokens
/// the model decides (words and abbreviations), with the most frequent confusions.
/// </summary>
internal static class EvaluateCommand
{
    public static int Run(string silver, PosTagger tagger)
    {
        var total = 0;
        var exact = 0;
        var sameWordTag = 0;
        var confusions = new Dictionary<(PosLabel Silver, PosLabel Model), int>();
        foreach (var sentence in Silver.Read(silver, "heldout"))
        {
            var expected = Silver.Labels(sentence);
            var actual = tagger.Tag(sentence.Tokens);
            for (var i = 0; i < expected.Length; i++)
            {
                if (expected[i] is not { } label)
                {
                    continue;
                }

                total++;
                exact += label == actual[i] ? 1 : 0;
                sameWordTag += label.Tag == actual[i].Tag ? 1 : 0;
                if (label != actual[i])
                {
                    confusions[(label, actual[i])] = confusions.GetValueOrDefault((label, actual[i])) + 1;
                }
            }
        }

        Console.WriteLine($"heldout words: {total}; agreement with the teacher: {exact / (double)total:P2} (word tag alone {sameWordTag / (double)total:P2})");
        foreach (var ((expected, actual), count) in confusions.OrderByDescending(p => p.Value).Take(12))
        {
            Console.WriteLine($"  teacher {expected,-7} model {actual,-7} {count}");
        }

        return 0;
    }

    /// <summary>Accuracy on the hand-tagged sample kept with the tests (every token, punctuation included).</summary>
    public static int RunHand(string samplePath, PosTagger tagger)
    {
        var sample = HandTaggedSample.Parse(File.ReadAllText(samplePath));
        var score = sample.Score(tagger);
        Console.WriteLine($"hand-tagged sample: {score.Tokens} tokens in {sample.Sentences.Length} sentences; accuracy {score.Accuracy:P2} (word tag alone {score.WordTagAccuracy:P2})");
        foreach (var miss in score.Misses)
        {
            Console.WriteLine($"  {miss}");
        }

        return 0;
    }
}
