using System.Collections.Immutable;
using System.Text;
using DocLint.Text;

namespace DocLint.Rules.Tests.Verification;

/// <summary>
/// Roslyn-testing markup for prose: <c>[|text|]</c> expects the default ID on "text",
/// <c>{|DL2001:text|}</c> expects that ID. Spans may nest. The markup is removed and the
/// spans are computed in the clean text.
/// </summary>
public static class Markup
{
    private const string Close = "|]";
    private const string CloseNamed = "|}";

    public static MarkupDocument Parse(string markup, string defaultId)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string Id, int Start, bool Named)>();
        var spans = ImmutableArray.CreateBuilder<MarkedSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((defaultId, text.Length, false));
                i += 2;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0)
            {
                open.Push((markup[(i + 2)..colon], text.Length, true));
                i = colon + 1;
            }
            else if (At(markup, i, Close) || At(markup, i, CloseNamed))
            {
                var named = markup[i + 1] == '}';
                if (open.Count == 0 || open.Peek().Named != named)
                {
                    throw new FormatException($"Unbalanced markup at {i} in: {markup}");
                }

                var (id, start, _) = open.Pop();
                spans.Add(new MarkedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Unclosed markup in: {markup}");
        }

        return new MarkupDocument(text.ToString(), spans.ToImmutable());
    }

    /// <summary>Renders findings back into markup over the clean text, for failure messages.</summary>
    public static string Render(string text, IEnumerable<MarkedSpan> spans, string defaultId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = spans.ToList();
        var builder = new StringBuilder(text.Length + (list.Count * 12));
        for (var position = 0; position <= text.Length; position++)
        {
            // Close inner spans before outer ones, then open outer spans before inner ones.
            foreach (var span in list.Where(s => s.Span.End == position && !s.Span.IsEmpty).OrderBy(s => s.Span.Start).Reverse())
            {
                builder.Append(span.Id == defaultId ? Close : CloseNamed);
            }

            foreach (var span in list.Where(s => s.Span.Start == position).OrderByDescending(s => s.Span.End))
            {
                builder.Append(span.Id == defaultId ? "[|" : "{|" + span.Id + ":");
            }

            if (position < text.Length)
            {
                builder.Append(text[position]);
            }
        }

        return builder.ToString();
    }

    private static bool At(string markup, int index, string token) =>
        string.CompareOrdinal(markup, index, token, 0, token.Length) == 0;
}
