using DocLint.Pipeline;
using Humanizer;

namespace DocLint.Cli.Configuration;

/// <summary>The line that says a baseline has gone stale, so it can be pruned before it hides new findings.</summary>
internal static class BaselineSummary
{
    public static void Write(LintRun outcome, TextWriter writer)
    {
        if (outcome.UnmatchedBaselineCount == 0)
        {
            return;
        }

        var verb = outcome.UnmatchedBaselineCount == 1 ? "matches" : "match";
        writer.Write($"{"baseline entry".ToQuantity(outcome.UnmatchedBaselineCount)} no longer {verb}; run 'doclint baseline --prune' to remove them.\n");
    }
}
