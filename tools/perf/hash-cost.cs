#:package System.IO.Hashing
// What a --cache key's hash costs per MB (docs/performance.md, "Cache (branch cache)"): XxHash128, which the cache
// uses, against the BCL's SHA-256, over every file of a folder already in memory; five rounds, the first with the JIT.
//   dotnet run tools/perf/hash-cost.cs -- FOLDER
using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;

var files = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToArray();
var megabytes = files.Sum(f => (long)f.Length) / 1e6;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {megabytes:F1} MB"));
for (var round = 1; round <= 5; round++)
{
    var clock = Stopwatch.StartNew();
    UInt128 xor = 0;
    foreach (var file in files)
    {
        xor ^= XxHash128.HashToUInt128(file);
    }

    var xx = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    foreach (var file in files)
    {
        xor ^= SHA256.HashData(file)[0];
    }

    var sha = clock.Elapsed.TotalMilliseconds;
    // The combined hash is printed so neither loop can be optimised away.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: XxHash128 {xx:F1} ms ({megabytes / xx * 1000:F0} MB/s), SHA-256 {sha:F1} ms ({megabytes / sha * 1000:F0} MB/s) [{xor % 16}]"));
}
