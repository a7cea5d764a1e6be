using DocLint.Baselines;
using DocLint.Cli.Commands;
using DocLint.Configuration;
using DocLint.Configuration.EditorConfig;
using DocLint.Rules;

namespace DocLint.Cli.Configuration;

/// <summary>Starts a <see cref="PolicyRun"/>: a fresh EditorConfig cache per run, and the baseline read once.</summary>
public sealed class PolicyRunFactory
{
    public static CommandLinePolicy CommandLineFrom(LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CommandLinePolicy
        {
            WarningsAsErrors = options.WarningsAsErrors,
            WarningsAsErrorsIds = CommandLinePolicy.ParseIds(options.WarningsAsErrorsIds),
            NoWarnIds = CommandLinePolicy.ParseIds(options.NoWarnIds),
            InlineSuppressions = !options.NoInlineSuppressions,
        };
    }

    public PolicyResolver CreateResolver(string workingDirectory, CommandLinePolicy commandLine)
    {
        var reader = new EditorConfigPolicyReader(BuiltInAnalyzers.AllDescriptors, path => DisplayPath(path, workingDirectory));
        return new PolicyResolver(new EditorConfigResolver(new DiskEditorConfigFileSource()), reader, commandLine);
    }

    /// <summary>The run, or the reason the --baseline file cannot be used.</summary>
    public (PolicyRun? Run, string? Error) Start(LintOptions options, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        BaselineFile? baseline = null;
        if (options.BaselinePath is { } baselinePath)
        {
            string? error;
            try
            {
                baseline = BaselineFile.TryParse(File.ReadAllText(Path.GetFullPath(baselinePath, workingDirectory)), out error);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error = exception.Message;
            }

            if (baseline is null)
            {
                return (null, $"error: --baseline {baselinePath} could not be used: {error}");
            }
        }

        return (new PolicyRun(CreateResolver(workingDirectory, CommandLineFrom(options)), workingDirectory, baseline), null);
    }

    /// <summary>A configuration file as diagnostics print it: relative to the working directory when below it, with '/'.</summary>
    public static string DisplayPath(string path, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = Path.GetRelativePath(workingDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return shown.Replace('\\', '/');
    }
}
