using System.Diagnostics;
using System.Globalization;
using DocLint.Reliability;

// Two ways to drive the same target (the Markdown and plain-text paths of the lint engine):
//   --afl                  under afl-fuzz through SharpFuzz's fork server, after `sharpfuzz` has instrumented the assemblies;
//   --libfuzzer            under libFuzzer through SharpFuzz, after `sharpfuzz` has instrumented the DocLint assemblies;
//   --iterations N --seed S  an in-process mutation loop over the corpus folders given after --corpus (no instrumentation).
// Either way a crash (any exception) or a broken promise (span outside the document or empty, line and offset
// disagreeing, a second run differing) is a failure; the loop saves each failing input under --crashes.
var options = FuzzOptions.Parse(args);
// Built on first use: instrumented code may run only after SharpFuzz has set up the coverage map.
LintInvariants? built = null;
LintInvariants Invariants() => built ??= new LintInvariants();
if (options.LibFuzzer)
{
    SharpFuzz.Fuzzer.LibFuzzer.Run(span => CheckOrThrow(span.ToArray()));
    return 0;
}

if (options.Afl)
{
    SharpFuzz.Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        CheckOrThrow(buffer.ToArray());
    });
    return 0;
}

var corpus = options.Corpus
    .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
    .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .Select(File.ReadAllBytes)
    .ToList();
if (corpus.Count == 0)
{
    Console.Error.WriteLine("error: the corpus folders hold no .md or .txt file");
    return 2;
}

var random = new Random(options.Seed);
var crashes = 0;
var violations = 0;
var largest = 0;
var clock = Stopwatch.StartNew();
for (var i = 0; i < options.Iterations; i++)
{
    var bytes = new List<byte>(corpus[random.Next(corpus.Count)]);
    var edits = random.Next(1, 9);
    for (var e = 0; e < edits; e++)
    {
        MarkdownGenerators.Apply(bytes, random.Next(4), random.NextDouble(), random.NextDouble(), random.Next(1000), (byte)random.Next(256));
    }

    var input = bytes.ToArray();
    largest = Math.Max(largest, input.Length);
    var path = i % 2 == 0 ? "fuzz.md" : "fuzz.txt";
    string? failure;
    try
    {
        failure = Invariants().Check(path, input).Violation;
        violations += failure is null ? 0 : 1;
    }
    catch (Exception exception) when (exception is not OutOfMemoryException)
    {
        failure = exception.ToString();
        crashes++;
    }

    if (failure is not null)
    {
        Directory.CreateDirectory(options.Crashes);
        var name = Path.Combine(options.Crashes, string.Create(CultureInfo.InvariantCulture, $"seed{options.Seed}-{i}{Path.GetExtension(path)}"));
        File.WriteAllBytes(name, input);
        Console.Error.WriteLine($"{name}: {failure.Split('\n')[0]}");
    }
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs {options.Iterations}, crashes {crashes}, span or determinism violations {violations}, corpus files {corpus.Count}, largest input {largest} bytes, {seconds:F1} s ({options.Iterations / seconds:F0} inputs/s), seed {options.Seed}"));
return crashes + violations == 0 ? 0 : 1;

// The coverage-guided engines see a broken promise as a crash: the first byte picks the Markdown or plain-text path.
void CheckOrThrow(byte[] bytes)
{
    var path = bytes.Length > 0 && bytes[0] % 2 == 0 ? "fuzz.md" : "fuzz.txt";
    if (Invariants().Check(path, bytes).Violation is { } violation)
    {
        throw new InvalidOperationException(violation);
    }
}

/// <summary>The harness's command line.</summary>
internal sealed record FuzzOptions(bool LibFuzzer, bool Afl, int Iterations, int Seed, IReadOnlyList<string> Corpus, string Crashes)
{
    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions(false, false, 10_000, 1, [], "fuzz-crashes");
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--libfuzzer" => options with { LibFuzzer = true },
                "--afl" => options with { Afl = true },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--corpus" => options with { Corpus = [.. options.Corpus, args[++i]] },
                "--crashes" => options with { Crashes = args[++i] },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }

        return options;
    }
}
