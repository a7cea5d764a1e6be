namespace DocLint.Reporting.Html;

/// <summary>The page's stylesheet, kept as a file (report.css) embedded at build so it can be edited as CSS.</summary>
internal static class HtmlStyles
{
    public static string Css { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(HtmlStyles).Assembly.GetManifestResourceStream("DocLint.Reporting.Html.report.css")
            ?? throw new InvalidOperationException("The HTML report's stylesheet is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
