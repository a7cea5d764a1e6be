using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/bench/DocLint.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DocLint.Benchmarks.StageBenchmarks).Assembly).Run(args);
