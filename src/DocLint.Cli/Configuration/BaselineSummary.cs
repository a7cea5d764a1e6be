using DocLint.Cli.Commands;
using DocLint.Pipeline;
using Humanizer;

namespace DocLint.Cli.Configuration;

/// <summary>The line that says a baseline has gone stale, so it can be pruned before it hides new findings.</summary>
internal static class BaselineSummary
{
    public static void Write(LintRun outcome, LintOptions options, TextWriter writer)
    {
        if (outcome.UnmatchedBaselineCount == 0)
        {
            return;
        }

        var verb = outcome.UnmatchedBaselineCount == 1 ? "matches" : "match";
        writer.Write($"{"baseline entry".ToQuantity(outcome.UnmatchedBaselineCount)} no longer {verb}; run '{PruneCommand(options)}' to remove them.\n");
    }

    /// <summary>The command that prunes this run's baseline, with its file and paths, so it works as printed.</summary>
    private static string PruneCommand(LintOptions options)
    {
        var words = new List<string> { "doclint", "baseline", "--prune" };
        if (options.BaselinePath is { } path && path != BaselineCommandHandler.DefaultFileName)
        {
            words.AddRange(["--output", path]);
        }

        words.AddRange(options.Paths);
        return string.Join(' ', words.Select(ShellWord));
    }

    // Double quotes keep a path with spaces or glob characters whole in a POSIX shell and in PowerShell alike.
    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or ',' or '=')
            ? word
            : $"\"{word.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
