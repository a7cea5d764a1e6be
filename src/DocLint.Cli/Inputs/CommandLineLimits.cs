using DocLint.Cli.Commands;
using DocLint.Configuration;

namespace DocLint.Cli.Inputs;

/// <summary>--max-file-size and --time-budget override what .editorconfig says for every document.</summary>
internal static class CommandLineLimits
{
    public static DocumentSettings Apply(LintOptions options, DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (options.MaxFileSize is null && options.TimeBudget is null)
        {
            return settings;
        }

        return settings with
        {
            Limits = settings.Limits with
            {
                MaxFileSize = options.MaxFileSize ?? settings.Limits.MaxFileSize,
                TimeBudget = options.TimeBudget ?? settings.Limits.TimeBudget,
            },
        };
    }
}
