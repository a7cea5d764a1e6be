using DocLint.Cli;

// The only place that touches the process console; everything else writes to injected writers.
return await DocLintApplication.RunAsync(args, new CliConsole(Console.Out, Console.Error, Console.OpenStandardInput));
