using DocLint.Baselines;
using Humanizer;

namespace DocLint.Cli.Configuration;

/// <summary>The line that says a baseline has gone stale, so it can be pruned before it hides new findings.</summary>
internal static class BaselineSummary
{
    public static void Write(BaselineOutcome outcome, TextWriter writer)
    {
        if (outcome.UnmatchedCount == 0)
        {
            return;
        }

        var verb = outcome.UnmatchedCount == 1 ? "matches" : "match";
        writer.Write($"{"baseline entry".ToQuantity(outcome.UnmatchedCount)} no longer {verb}; run 'doclint baseline --prune' to remove them.\n");
    }
}
