namespace DocLint.Reporting.Html;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Document text is hostile input, so the five
/// markup characters are always references. A carriage return is written as <c>&amp;#13;</c> because the HTML parser
/// folds a literal CR LF into LF, and the text of a highlight must stay exactly the text of its span.
/// </summary>
internal static class HtmlText
{
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var reference = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                _ => null,
            };
            if (reference is null)
            {
                continue;
            }

            writer.Write(text[start..i]);
            writer.Write(reference);
            start = i + 1;
        }

        writer.Write(text[start..]);
    }

    public static string Escape(string text)
    {
        using var writer = new StringWriter();
        Write(writer, text);
        return writer.ToString();
    }
}
