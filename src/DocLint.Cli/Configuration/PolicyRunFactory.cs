using DocLint.Analysis;
using DocLint.Baselines;
using DocLint.Cli.Commands;
using DocLint.Configuration;
using DocLint.Pipeline;

namespace DocLint.Cli.Configuration;

/// <summary>
/// Starts a run's <see cref="LintSession"/> from the command line: a fresh EditorConfig cache per run, the
/// baseline read once, and the gate. Every command that lints (lint, score, baseline) starts here, so the same
/// file with the same settings gets the same findings and the same score whichever command asked.
/// </summary>
internal sealed class PolicyRunFactory(LintEngine engine)
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
        return PolicyResolver.FromDisk(engine.AllDescriptors, workingDirectory, commandLine);
    }

    /// <summary>The session, or the reason the --baseline file cannot be used.</summary>
    public (LintSession? Session, string? Error) Start(LintOptions options, string workingDirectory)
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

        var sessionOptions = new LintSessionOptions
        {
            Policy = CreateResolver(workingDirectory, CommandLineFrom(options)),
            Baseline = baseline,
            MinScore = options.MinScore,
            MaxFileSize = options.MaxFileSize,
            TimeBudget = options.TimeBudget,
            Unrated = options.Unrated,
        };
        return (new LintSession(engine, sessionOptions), null);
    }
}
