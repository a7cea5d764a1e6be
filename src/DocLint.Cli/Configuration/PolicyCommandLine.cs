using System.CommandLine;
using DocLint.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DocLint.Cli.Configuration;

/// <summary>
/// The policy part of the grammar: --nowarn, --warnaserror:IDs, --baseline, --no-inline-suppressions on the
/// lint command, and the init, config and baseline commands. Kept here so CommandLine.cs only wires it in.
/// </summary>
internal sealed class PolicyCommandLine
{
    private readonly Option<string[]> _warnAsErrorIds = new(WarnAsErrorArguments.IdsOption)
    {
        Description = "Treat these IDs' warnings as errors (written --warnaserror:DL1001,DL2001).",
        Hidden = true,
    };

    private readonly Option<string[]> _noWarn = new("--nowarn")
    {
        Description = "Switch these rules off, overriding .editorconfig: --nowarn DL1002,DL2001.",
        HelpName = "ids",
    };

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "Report only findings that are not in this baseline file (see 'doclint baseline --help').",
        HelpName = "file",
    };

    private readonly Option<bool> _noInlineSuppressions = new("--no-inline-suppressions")
    {
        Description = "Ignore <!-- doclint-disable ... --> comments in the documents.",
    };

    /// <summary>Adds the lint command's policy options to <paramref name="command"/>.</summary>
    public void AddLintOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_warnAsErrorIds);
        command.Options.Add(_noWarn);
        command.Options.Add(_baseline);
        command.Options.Add(_noInlineSuppressions);
    }

    public LintOptions Apply(ParseResult parse, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            WarningsAsErrorsIds = parse.GetValue(_warnAsErrorIds) ?? [],
            NoWarnIds = parse.GetValue(_noWarn) ?? [],
            BaselinePath = parse.GetValue(_baseline),
            NoInlineSuppressions = parse.GetValue(_noInlineSuppressions),
        };
    }

    public static void AddCommands(RootCommand root, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(services);

        var write = new Option<bool>("--write") { Description = "Append the section to ./.editorconfig (never replacing one that exists)." };
        var init = new Command("init", "Print a commented starter .editorconfig section for prose: every rule at its default severity.");
        init.Options.Add(write);
        init.SetAction(parse => services.GetRequiredService<InitCommandHandler>().RunAsync(parse.GetValue(write)));
        root.Subcommands.Add(init);

        var file = new Argument<string>("file") { Description = "The document whose settings to show (it need not exist)." };
        var configPolicy = new PolicyCommandLine();
        var warnAsError = new Option<bool>("--warnaserror") { Description = "As on the lint command." };
        var config = new Command("config", "Print each rule's effective severity for FILE and where it came from: default, .editorconfig path:line, or the command line.");
        config.Arguments.Add(file);
        config.Options.Add(warnAsError);
        configPolicy.AddLintOptions(config);
        config.SetAction(parse =>
        {
            var options = configPolicy.Apply(parse, new LintOptions([], "msbuild", null, parse.GetValue(warnAsError), default, null));
            return services.GetRequiredService<ConfigCommandHandler>().RunAsync(parse.GetValue(file)!, options);
        });
        root.Subcommands.Add(config);

        var paths = new Argument<string[]>("paths") { Description = "The documents whose findings to record, as for the lint command.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = $"The baseline file to write (default {BaselineCommandHandler.DefaultFileName}).", HelpName = "file" };
        var prune = new Option<bool>("--prune") { Description = "Only remove entries that no longer match a finding; add none." };
        var stdinFileName = new Option<string?>("--stdin-filename") { Description = "The name to record for standard input (-).", HelpName = "name" };
        var include = CommandLine.IncludeOption();
        var baselinePolicy = new PolicyCommandLine();
        var baseline = new Command("baseline", "Record today's findings so that 'doclint --baseline FILE' reports only new ones.");
        baseline.Arguments.Add(paths);
        baseline.Options.Add(output);
        baseline.Options.Add(prune);
        baseline.Options.Add(include);
        baseline.Options.Add(stdinFileName);
        baseline.Options.Add(baselinePolicy._noWarn);
        baseline.Options.Add(baselinePolicy._noInlineSuppressions);
        baseline.SetAction((parse, cancellationToken) =>
        {
            var options = new LintOptions(parse.GetValue(paths) ?? [], "msbuild", parse.GetValue(output), false, default, parse.GetValue(stdinFileName))
            {
                NoWarnIds = parse.GetValue(baselinePolicy._noWarn) ?? [],
                NoInlineSuppressions = parse.GetValue(baselinePolicy._noInlineSuppressions),
                Include = parse.GetValue(include) ?? [],
            };
            return services.GetRequiredService<BaselineCommandHandler>().RunAsync(options, parse.GetValue(prune), cancellationToken);
        });
        root.Subcommands.Add(baseline);
    }

    /// <summary>Registers the policy services and handlers.</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<PolicyRunFactory>();
        services.AddSingleton<InitCommandHandler>();
        services.AddSingleton<ConfigCommandHandler>();
        services.AddSingleton<BaselineCommandHandler>();
    }
}
