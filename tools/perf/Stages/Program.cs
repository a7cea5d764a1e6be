using System.Diagnostics;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Rules;
using DocLint.Scoring;

// Runs one document through the stages one at a time and prints, per stage, its wall time and the managed memory
// still reachable after it (a full collection), so the stage that holds memory is visible.
//   dotnet run -c Release --project tools/perf/Stages -- FILE
//   --hold: wait for a line on standard input after the analysis, so `dotnet-gcdump collect -p PID` can look at the heap
//   --genre G: lint as `doclint_genre = G` (research, reference: DL1001's hedge model decides), default news
var hold = args.Contains("--hold");
args = [.. args.Where(a => a != "--hold")];
var settings = DocumentSettings.Default;
if (args.Length == 3 && args[0] == "--genre")
{
    settings = settings with { Options = new AnalyzerOptions(System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add(PolicyKeys.Genre, args[1])) };
    args = [args[2]];
}

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Stages [--hold] [--genre G] FILE");
    return 2;
}

var engine = new LintEngine(BuiltInAnalyzers.Create());
var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
var bytes = File.ReadAllBytes(args[0]);
var megabytes = bytes.Length / (1024.0 * 1024.0);
var clock = Stopwatch.StartNew();
Console.WriteLine($"{args[0]}: {megabytes:F1} MB");
Console.WriteLine("| stage | s | s/MB | retained MB | retained / file |");
Console.WriteLine("|---|---|---|---|---|");

void Stage(string name)
{
    var elapsed = clock.Elapsed.TotalSeconds;
    var retained = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
    Console.WriteLine($"| {name} | {elapsed:F2} | {elapsed / megabytes:F3} | {retained:F0} | {retained / megabytes:F1}x |");
    clock.Restart();
}

Stage("read");
var loaded = DocumentLoader.Load(args[0], bytes);
var document = loaded.Document ?? throw new InvalidOperationException("not loaded");
Stage("load + extract");
var analyzed = new AnalyzedDocument(document);
Stage("segment");
var diagnostics = driver.Analyze(analyzed, settings.Options);
Stage($"analyze (rules, grammar; {diagnostics.Length} findings)");
if (hold)
{
    Console.WriteLine($"holding: dotnet-gcdump collect -p {Environment.ProcessId}, then press Enter");
    Console.ReadLine();
}

var facts = DocumentFacts.From(analyzed);
Stage("facts");
var score = new ReliabilityScorer().Score(facts, diagnostics);
Stage("score");
GC.KeepAlive(bytes);
GC.KeepAlive(analyzed);
GC.KeepAlive(score);
var report = engine.Lint(args[0], bytes, settings);
Stage($"whole engine ({report.Diagnostics.Length} findings)");
GC.KeepAlive(report);
return 0;
