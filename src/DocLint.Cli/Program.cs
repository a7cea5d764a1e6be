using DocLint.Cli;
using DocLint.Cli.Output;

// The only place that touches the process console; everything else writes to injected writers. Standard output is
// buffered, where Console.Out flushes on every write (two write(2) calls a finding): the streamed report flushes it
// after each run of finished documents, anything written to standard error flushes it first (so errors and findings
// interleave as they were written), and the process flushes it at its end.
var output = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 64 * 1024));
var console = new CliConsole(output, new OutputFirstWriter(Console.Error, output), Console.OpenStandardInput)
{
    OpenOutput = Console.OpenStandardOutput,
    IsTerminal = !Console.IsOutputRedirected,
    ErrorIsTerminal = !Console.IsErrorRedirected,
};
try
{
    return await LastResortHandler.RunAsync(args, console, () => DocLintApplication.RunAsync(args, console));
}
finally
{
    OutputFirstWriter.FlushQuietly(output);
}
