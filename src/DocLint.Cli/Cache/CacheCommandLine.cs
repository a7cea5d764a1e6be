using System.CommandLine;
using DocLint.Cli.Commands;

namespace DocLint.Cli.Cache;

/// <summary>The lint command's --cache, --cache-location and --cache-prune; kept here so CommandLine.cs only wires them in.</summary>
internal sealed class CacheCommandLine
{
    private readonly Option<bool> _cache = new("--cache")
    {
        Description = "Keep each document's results in a cache keyed on its content, settings and DocLint's build, and replay them for documents that did not change (the output is the same as without it).",
    };

    private readonly Option<string?> _location = new("--cache-location")
    {
        Description = $"The folder for --cache (default {CacheLocation.DefaultName} in the working directory); it must not hold an input.",
        HelpName = "folder",
    };

    private readonly Option<bool> _prune = new("--cache-prune")
    {
        Description = "With --cache: after the run, delete the entries it did not use (for documents that changed, moved or went).",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_cache);
        command.Options.Add(_location);
        command.Options.Add(_prune);
        // Without --cache the other two would silently do nothing.
        command.Validators.Add(result =>
        {
            if (!result.GetValue(_cache) && (result.GetResult(_location) is not null || result.GetValue(_prune)))
            {
                result.AddError("--cache-location and --cache-prune need --cache.");
            }
        });
    }

    public LintOptions Apply(ParseResult parse, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        return parse.GetValue(_cache)
            ? options with { CacheLocation = parse.GetValue(_location) ?? CacheLocation.DefaultName, CachePrune = parse.GetValue(_prune) }
            : options;
    }
}
