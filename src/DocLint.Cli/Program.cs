using DocLint.Cli;

// The only place that touches the process console; everything else writes to injected writers.
var console = new CliConsole(Console.Out, Console.Error, Console.OpenStandardInput)
{
    OpenOutput = Console.OpenStandardOutput,
    IsTerminal = !Console.IsOutputRedirected,
    ErrorIsTerminal = !Console.IsErrorRedirected,
};
return await LastResortHandler.RunAsync(args, console, () => DocLintApplication.RunAsync(args, console));
