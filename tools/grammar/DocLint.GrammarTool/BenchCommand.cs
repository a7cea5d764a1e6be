using System.Diagnostics;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.GrammarTool;

/// <summary>
/// Cost per MB on one thread: segments the articles (timed, for comparison), then times tagging alone and the whole
/// grammar reading (tags and chunks; then every part) over every sentence. Prints the fastest of three runs, wall time and the
/// process's CPU time: on a shared machine the CPU time is the steadier measure. A timing, not a test; keep it short.
/// </summary>
internal static class BenchCommand
{
    private const int Runs = 3;

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
        var clock = new Clock();
        var sentences = texts
            .Select((t, i) => PlainTextProseExtractor.Extract($"{i}.txt", SourceText.From(t)))
            .SelectMany(d => d.Blocks)
            .SelectMany(b => SentenceSegmenter.Segment(b))
            .ToList();
        clock.Lap("extract + segment");

        clock.Restart();
        var tagger = PosTagger.Default;
        clock.Lap($"load the model ({tagger.FeatureCount} features)");
        var reader = GrammarReader.Default;
        foreach (var sentence in sentences.Take(2000))
        {
            reader.Read(sentence);
        }

        // The machine is shared, so each stage runs three times and the fastest run is the one reported.
        for (var run = 0; run < Runs; run++)
        {
            clock.Restart();
            var hashes = 0L;
            foreach (var sentence in sentences)
            {
                using var features = new SentenceFeatures(sentence.Tokens);
                hashes += features.Length;
            }

            clock.Lap("features only");
        }

        for (var run = 0; run < Runs; run++)
        {
            clock.Restart();
            var tokens = 0L;
            foreach (var sentence in sentences)
            {
                tokens += tagger.Tag(sentence.Tokens).Length;
            }

            clock.Lap($"tag ({tokens / 1e6:F1} M tokens)");
        }

        for (var run = 0; run < Runs; run++)
        {
            clock.Restart();
            var chunks = 0L;
            foreach (var sentence in sentences)
            {
                chunks += reader.Read(sentence).Chunks.Length;
            }

            clock.Lap($"grammar ({chunks / 1e6:F1} M chunks)");
        }

        // Chunks, clauses and entities are read on request; this is the cost when a caller asks for all of them.
        for (var run = 0; run < Runs; run++)
        {
            clock.Restart();
            var parts = 0L;
            foreach (var sentence in sentences)
            {
                var grammar = reader.Read(sentence);
                parts += grammar.Chunks.Length + grammar.Clauses.Length + grammar.Entities.Length;
            }

            clock.Lap($"grammar, every part ({parts / 1e6:F1} M chunks, clauses, entities)");
        }

        clock.ReportFastest(megabytes);
        return 0;
    }

    private sealed class Clock
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly Dictionary<string, (double Wall, double Cpu)> _fastest = [];
        private readonly List<string> _order = [];
        private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public void Restart()
        {
            _wall.Restart();
            _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        }

        public void Lap(string stage)
        {
            var wall = _wall.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds;
            if (!_fastest.TryGetValue(stage, out var best))
            {
                _order.Add(stage);
                best = (double.MaxValue, double.MaxValue);
            }

            _fastest[stage] = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, cpu));
        }

        public void ReportFastest(double megabytes)
        {
            foreach (var stage in _order)
            {
                var (wall, cpu) = _fastest[stage];
                Console.WriteLine($"{stage,-28} {megabytes,6:F1} MB  wall {wall,6:F2} s = {megabytes / wall,6:F1} MB/s  cpu {cpu,6:F2} s = {megabytes / cpu,6:F1} MB/s");
            }
        }
    }
}
