using DocLint.Analysis;
using DocLint.Cli.Configuration;
using DocLint.Cli.Output;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Commands;

/// <summary><c>doclint config FILE</c>: each rule's effective severity for that file and which setting decided it.</summary>
internal sealed class ConfigCommandHandler(CliConsole console, PolicyRunFactory policies, LintEngine engine)
{
    public async Task<int> RunAsync(string file, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var commandLine = PolicyRunFactory.CommandLineFrom(options);
        var resolver = policies.CreateResolver(console.WorkingDirectory, commandLine);
        var policy = resolver.Explain(Path.GetFullPath(file, console.WorkingDirectory));
        var explanations = engine.AllDescriptors
            .Where(d => d.Category != RuleCategories.Infrastructure)
            .Select(d => SeverityExplanation.For(d, policy, commandLine))
            .ToList();

        var output = console.Out;
        await output.WriteAsync($"Effective DocLint settings for {file}:\n");
        foreach (var explanation in explanations)
        {
            await output.WriteAsync($"{explanation.Descriptor.Id}  {explanation.SeverityWord,-10}  {explanation.Origin.Description}\n");
        }

        var minScore = policy.Settings.MinScore is { } score
            ? $"{score}  {policy.SeverityOrigins[PolicyKeys.MinScore].Description}"
            : "not set  default";
        await output.WriteAsync($"{PolicyKeys.MinScore}  {minScore}\n");
        await output.WriteAsync($"inline suppressions  {(commandLine.InlineSuppressions ? "on" : "off  command line")}\n");
        foreach (var option in policy.Settings.Options.Values.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            await output.WriteAsync($"{option.Key} = {option.Value}\n");
        }

        foreach (var problem in resolver.Problems)
        {
            await output.WriteAsync(MsBuildFormatter.FormatLine(problem) + "\n");
        }

        return ExitCodes.Success;
    }
}
