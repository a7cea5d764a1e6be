using System.Globalization;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using Humanizer;

namespace DocLint.Reporting.Html;

/// <summary>Writes one run as the page <see cref="HtmlFormatter"/> describes; every piece of input text goes through <see cref="HtmlText"/>.</summary>
internal sealed class HtmlReportWriter(LintRun run, DocumentTexts texts, TextWriter writer)
{
    public void Write()
    {
        var documents = ScoreLines.WorstFirst(run.Documents)
            .Concat(run.Documents.Where(d => d.Score is null))
            .Select((report, index) => new PageDocument(report, $"doc-{index + 1}", Findings(report)))
            .ToList();
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw($"<meta name=\"generator\" content=\"DocLint {ToolVersion.Current}\">\n");
        writer.Write("<title>DocLint report</title>\n<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write("</style>\n</head>\n<body>\n<header>\n<h1>DocLint report</h1>\n");
        Totals(documents);
        Legend();
        writer.Write("</header>\n<main>\n");
        RunProblems();
        Index(documents);
        foreach (var document in documents)
        {
            Document(document);
        }

        writer.Write("</main>\n<footer>Hover a highlight for its finding; a rule ID links to the rule's page.</footer>\n</body>\n</html>\n");
    }

    private List<Diagnostic> Findings(DocumentReport report) =>
        [.. report.Reported
            .Where(d => d.Severity >= run.MinimumSeverity)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];

    private void Totals(List<PageDocument> documents)
    {
        var linted = run.Documents.Count(d => d.WasLinted);
        var findings = documents.Sum(d => d.Findings.Count);
        Raw($"<p class=\"totals\">{"file".ToQuantity(linted)} linted, {"finding".ToQuantity(findings)}.</p>\n");
    }

    private void Legend()
    {
        writer.Write("<ul class=\"legend\">");
        foreach (var category in HtmlFamilies.Prose)
        {
            Raw($"<li><mark class=\"m {HtmlFamilies.ClassOf(category)}\">{category}</mark></li>");
        }

        writer.Write("</ul>\n");
    }

    private void RunProblems()
    {
        var problems = run.InputProblems.Concat(run.ConfigurationProblems).Where(d => d.Severity >= run.MinimumSeverity).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        writer.Write("<section class=\"problems\">\n<h2>Problems with the run</h2>\n<ul>\n");
        foreach (var problem in problems)
        {
            writer.Write("<li>");
            Text(MsBuildFormatter.FormatLine(problem));
            writer.Write("</li>\n");
        }

        writer.Write("</ul>\n</section>\n");
    }

    private void Index(List<PageDocument> documents)
    {
        writer.Write("<section class=\"index\">\n<h2>Documents, worst score first</h2>\n<table>\n");
        writer.Write("<thead><tr><th>Score</th><th>Grade</th><th>Claims sourced</th><th>Findings</th><th>Document</th></tr></thead>\n<tbody>\n");
        foreach (var document in documents)
        {
            var score = document.Report.Score;
            var value = score is { IsRated: true } ? score.Value.ToString(CultureInfo.InvariantCulture) : "–";
            var sourced = score is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{score.Tally.SourcedClaims} of {score.Tally.Claims}");
            Raw($"<tr><td class=\"num\">{value}</td><td>");
            Grade(document.Report);
            Raw($"</td><td class=\"num\">{sourced}</td><td class=\"num\">{document.Findings.Count}</td><td><a href=\"#{document.Id}\">");
            Text(document.Report.Path);
            writer.Write("</a></td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private void Document(PageDocument document)
    {
        var report = document.Report;
        Raw($"<section class=\"doc\" id=\"{document.Id}\">\n<h2>");
        Grade(report);
        writer.Write(" <span class=\"path\">");
        Text(report.Path);
        writer.Write("</span></h2>\n");
        if (report.Score is not null)
        {
            // The line the CLI's summary prints, without the path the heading already shows.
            var line = ScoreLines.Summary(report);
            var prefix = report.Path + ": ";
            writer.Write("<p class=\"score\">");
            Text(line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line);
            writer.Write("</p>\n");
        }

        writer.Write("<div class=\"body\">\n");
        var text = report.WasLinted ? texts.TextOf(report.Path) : null;
        if (text is not null)
        {
            ProseWithHighlights(document, text);
        }

        FindingList(document);
        writer.Write("</div>\n</section>\n");
    }

    private void ProseWithHighlights(PageDocument document, string text)
    {
        var findings = document.Findings;
        var spans = findings.Select(f => f.Location.IsWholeFile ? (0, 0) : (f.Location.SourceSpan.Start, f.Location.SourceSpan.End)).ToList();
        var opened = new bool[findings.Count];
        // The parser drops a newline right after <pre>; this one is that newline, so a text that starts with one keeps it.
        writer.Write("<pre class=\"text\">\n");
        foreach (var segment in HighlightSegments.Cut(text.Length, spans))
        {
            var content = text.AsSpan(segment.Start, segment.End - segment.Start);
            if (segment.Findings.Count == 0)
            {
                HtmlText.Write(writer, content);
                continue;
            }

            foreach (var index in segment.Findings.Where(i => !opened[i]))
            {
                opened[index] = true;
                Raw($"<span class=\"anchor\" id=\"{FindingId(document, index)}\"></span>");
            }

            // The innermost finding colours the stretch; an unsourced claim around it still shows as an underline.
            var innermost = segment.Findings.MinBy(i => spans[i].Item2 - spans[i].Item1);
            var family = HtmlFamilies.ClassOf(findings[innermost].Descriptor.Category);
            var classes = "m " + family;
            if (family != "claims" && segment.Findings.Any(i => findings[i].Descriptor.Category == RuleCategories.Claims))
            {
                classes += " in-claim";
            }

            if (segment.Findings.Any(i => findings[i].Severity == DiagnosticSeverity.Error))
            {
                classes += " error";
            }

            var ids = string.Join(' ', segment.Findings.Select(i => FindingId(document, i)));
            var title = string.Join("\n\n", segment.Findings.OrderBy(i => spans[i].Item2 - spans[i].Item1).Select(i => Tooltip(findings[i])));
            Raw($"<mark class=\"{classes}\" data-findings=\"{ids}\" title=\"");
            Text(title);
            writer.Write("\">");
            HtmlText.Write(writer, content);
            writer.Write("</mark>");
        }

        writer.Write("</pre>\n");
    }

    private void FindingList(PageDocument document)
    {
        writer.Write("<aside>\n");
        Raw($"<h3>{"finding".ToQuantity(document.Findings.Count)}</h3>\n");
        if (document.Findings.Count > 0)
        {
            writer.Write("<ol class=\"findings\">\n");
            for (var i = 0; i < document.Findings.Count; i++)
            {
                Finding(document, i);
            }

            writer.Write("</ol>\n");
        }

        writer.Write("</aside>\n");
    }

    private void Finding(PageDocument document, int index)
    {
        var finding = document.Findings[index];
        var severity = MsBuildFormatter.SeverityWord(finding.Severity);
        var location = finding.Location;
        var id = FindingId(document, index);
        Raw($"<li class=\"f {HtmlFamilies.ClassOf(finding.Descriptor.Category)} {severity}\" data-finding=\"{id}\" data-rule=\"");
        Text(finding.Id);
        if (location.IsWholeFile)
        {
            writer.Write("\"><span class=\"at\">file</span> ");
        }
        else
        {
            var start = location.LineSpan.Start;
            Raw($"\" data-offset=\"{location.SourceSpan.Start}\" data-length=\"{location.SourceSpan.Length}\"><a class=\"at\" href=\"#{id}\">{start.Line + 1}:{start.Character + 1}</a> ");
        }

        writer.Write("<a class=\"rule\" href=\"");
        Text(finding.Descriptor.HelpLinkUri);
        writer.Write("\" title=\"");
        Text(finding.Descriptor.Title);
        writer.Write("\">");
        Text(finding.Id);
        Raw($"</a> <span class=\"sev\">{severity}</span> <span class=\"msg\">");
        Text(finding.Message);
        writer.Write("</span></li>\n");
    }

    private void Grade(DocumentReport report)
    {
        var grade = report.Score switch
        {
            null => "–",
            { IsRated: false } => "N/A",
            var score => score.Grade,
        };
        var css = report.Score is { IsRated: true } rated ? "g-" + rated.Grade.ToLowerInvariant() : "g-none";
        Raw($"<span class=\"grade {css}\">");
        Text(grade);
        writer.Write("</span>");
    }

    private static string Tooltip(Diagnostic finding) =>
        $"{finding.Id} {finding.Descriptor.Category} {MsBuildFormatter.SeverityWord(finding.Severity)}: {finding.Message}\n{finding.Descriptor.HelpLinkUri}";

    private static string FindingId(PageDocument document, int index) => string.Create(CultureInfo.InvariantCulture, $"{document.Id}-f{index + 1}");

    // Markup the writer composed from constants and numbers; anything from input goes through Text.
    private void Raw(string markup) => writer.Write(markup);

    private void Text(string text) => HtmlText.Write(writer, text);

    private sealed record PageDocument(DocumentReport Report, string Id, List<Diagnostic> Findings);
}
