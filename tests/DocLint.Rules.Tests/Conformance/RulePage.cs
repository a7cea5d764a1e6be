using System.Collections.Immutable;

namespace DocLint.Rules.Tests.Conformance;

/// <summary>A rule page read as lines: its title, generated region, H2 headings and fenced blocks.</summary>
public sealed class RulePage
{
    private RulePage(string text)
    {
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Lines = [.. Text.Split('\n')];
        (Headings, Blocks) = Scan(Lines);
    }

    public string Text { get; }

    public ImmutableArray<string> Lines { get; }

    public string FirstLine => Lines.Length > 0 ? Lines[0] : string.Empty;

    public ImmutableArray<string> Headings { get; }

    public ImmutableArray<FencedBlock> Blocks { get; }

    public static RulePage Load(string path) => new(File.ReadAllText(path));

    /// <summary>The text from the begin marker to the end marker inclusive, or null when either is missing.</summary>
    public string? GeneratedRegion()
    {
        var begin = Text.IndexOf(RuleDocumentation.GeneratedBegin, StringComparison.Ordinal);
        var end = Text.IndexOf(RuleDocumentation.GeneratedEnd, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : Text[begin..(end + RuleDocumentation.GeneratedEnd.Length)];
    }

    private static (ImmutableArray<string> Headings, ImmutableArray<FencedBlock> Blocks) Scan(ImmutableArray<string> lines)
    {
        var headings = ImmutableArray.CreateBuilder<string>();
        var blocks = ImmutableArray.CreateBuilder<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var start = i;
                var content = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    content.Add(lines[i]);
                }

                blocks.Add(new FencedBlock(line[3..].Trim(), string.Join('\n', content) + "\n", start + 1));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                headings.Add(line[3..].Trim());
            }
        }

        return (headings.ToImmutable(), blocks.ToImmutable());
    }
}
