using System.Diagnostics;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.GrammarTool;

/// <summary>
/// Cost per MB on one thread: segments the articles (timed, for comparison), then times tagging alone and the whole
/// grammar reading (tags, chunks, clauses, entities) over every sentence. A timing, not a test; keep it short.
/// </summary>
internal static class BenchCommand
{
    public static int Run(string articlesDirectory, int maxMegabytes)
    {
        var files = Directory.GetFiles(articlesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var texts = new List<string>();
        long chars = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            chars += text.Length;
            if (chars >= maxMegabytes * 1_000_000L)
            {
                break;
            }
        }

        var megabytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1e6;
        var clock = Stopwatch.StartNew();
        var sentences = texts
            .Select((t, i) => PlainTextProseExtractor.Extract($"{i}.txt", SourceText.From(t)))
            .SelectMany(d => d.Blocks)
            .SelectMany(b => SentenceSegmenter.Segment(b))
            .ToList();
        Report("extract + segment", megabytes, clock.Elapsed);

        var tagger = PosTagger.Default;
        var reader = GrammarReader.Default;
        foreach (var sentence in sentences.Take(2000))
        {
            reader.Read(sentence);
        }

        var tokens = 0L;
        clock.Restart();
        foreach (var sentence in sentences)
        {
            tokens += tagger.Tag(sentence.Tokens).Length;
        }

        Report($"tag ({tokens / 1e6:F1} M tokens)", megabytes, clock.Elapsed);

        var chunks = 0L;
        clock.Restart();
        foreach (var sentence in sentences)
        {
            chunks += reader.Read(sentence).Chunks.Length;
        }

        Report($"grammar ({chunks / 1e6:F1} M chunks)", megabytes, clock.Elapsed);
        return 0;
    }

    private static void Report(string stage, double megabytes, TimeSpan elapsed) =>
        Console.WriteLine($"{stage,-32} {megabytes,7:F1} MB in {elapsed.TotalSeconds,6:F2} s = {megabytes / elapsed.TotalSeconds,6:F1} MB/s");
}
