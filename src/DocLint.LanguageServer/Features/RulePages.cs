namespace DocLint.LanguageServer.Features;

/// <summary>
/// A rule page's parts the editor shows: its title line and its "Why" section. The pages themselves come from
/// whoever hosts the server (the tool embeds rules/DLxxxx.md), so there is one copy of each page.
/// </summary>
internal sealed class RulePages(Func<string, string?> readPage)
{
    private readonly Dictionary<string, RulePage?> _pages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public RulePage? Find(string id)
    {
        lock (_gate)
        {
            if (!_pages.TryGetValue(id, out var page))
            {
                page = readPage(id) is { } text ? RulePage.Parse(text) : null;
                _pages[id] = page;
            }

            return page;
        }
    }
}

/// <summary>The title ("Unsupported certainty") and the "Why" section's text of one rule page.</summary>
internal sealed record RulePage(string Title, string? Why)
{
    public static RulePage Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var heading = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal)) ?? string.Empty;
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        var title = colon >= 0 ? heading[(colon + 1)..].Trim() : heading.TrimStart('#').Trim();
        var why = lines.SkipWhile(l => l.Trim() != "## Why").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var text = string.Join('\n', why).Trim();
        return new RulePage(title, text.Length == 0 ? null : text);
    }
}
