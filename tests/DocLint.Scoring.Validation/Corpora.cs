namespace DocLint.Scoring.Validation;

/// <summary>Reads the labelled sets under shared/data (see each folder's SOURCE.md) into one list.</summary>
internal static class Corpora
{
    public const string BuzzFeed = "BuzzFeed 2016 (MisInfoText)";
    public const string Horne = "Horne 2017 real vs fake";
    public const string HorneSatire = "Horne 2017 real vs satire";
    public const string AllSides = "AllSides x MBFC high vs low";
    public const string ReaderGraded = "Reader-graded articles";

    /// <summary>The two halves of the Horne set, by the prefix of their ids (its SOURCE.md).</summary>
    public static readonly IReadOnlyList<string> HorneHalves = ["buzzfeed_political", "random_political"];

    public static IReadOnlyList<LabelledArticle> Load(string dataDirectory, int allSidesSample, int seed)
    {
        var articles = new List<LabelledArticle>();
        // BuzzFeed fact-check ratings: "mostly true" is reliable; "mixture" and "mostly false" are not;
        // "no factual content" makes no claim to rate and is left out.
        foreach (var row in Rows(Path.Combine(dataDirectory, "news_credibility", "misinfotext", "buzzfeed_articles.tsv")))
        {
            bool? reliable = row["label"] switch
            {
                "mostly true" => true,
                "mostly false" or "mixture of true and false" => false,
                _ => null,
            };
            if (reliable is not null)
            {
                articles.Add(new LabelledArticle(BuzzFeed, row["id"], row["label"], reliable, row["text"]) { Outlet = Page(row["domain"]) });
            }
        }

        foreach (var row in Rows(Path.Combine(dataDirectory, "news_credibility", "horne2017", "horne2017_articles.tsv")))
        {
            var text = RestoreQuotes(row["title"] + "\n\n" + row["body"]);
            var label = row["label"];
            if (label is "real" or "fake")
            {
                articles.Add(new LabelledArticle(Horne, row["id"], label, label == "real", text));
            }

            if (label is "real" or "satire")
            {
                articles.Add(new LabelledArticle(HorneSatire, row["id"], label, label == "real", text));
            }
        }

        var allSidesDirectory = Path.Combine(dataDirectory, "allsides_news_articles");
        var labelled = Rows(Path.Combine(allSidesDirectory, "index.tsv")).Where(r => r["mbfc_fact"] is "high" or "mixed" or "low").ToList();
        // Every "low" article is kept (there are few); the rest is a seeded random sample of high and mixed.
        var low = labelled.Where(r => r["mbfc_fact"] == "low").ToList();
        var others = labelled.Where(r => r["mbfc_fact"] != "low").OrderBy(r => r["id"], StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var sample = low.Concat(others.OrderBy(_ => random.Next()).Take(Math.Max(0, allSidesSample - low.Count)));
        foreach (var row in sample)
        {
            var fact = row["mbfc_fact"];
            bool? reliable = fact switch { "high" => true, "low" => false, _ => null };
            articles.Add(new LabelledArticle(AllSides, row["id"], fact, reliable, File.ReadAllText(Path.Combine(allSidesDirectory, row["file"]))));
        }

        articles.AddRange(ReaderGradedArticles(dataDirectory));
        return articles;
    }

    /// <summary>reader_graded_articles/grades.jsonl: each text with the readers' mean grade (0-100).</summary>
    private static IEnumerable<LabelledArticle> ReaderGradedArticles(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "reader_graded_articles", "grades.jsonl");
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = File.ReadAllText(Path.Combine(dataDirectory, root.GetProperty("file").GetString()!));
            yield return new LabelledArticle(ReaderGraded, root.GetProperty("id").GetString()!, root.GetProperty("outlet_label").GetString()!, null, text)
            {
                Grade = root.GetProperty("grade").GetDouble(),
                Outlet = root.GetProperty("outlet").GetString(),
            };
        }
    }

    /// <summary>The mainstream outlets among BuzzFeed's pages (its SOURCE.md: ABC News, CNN, Politico; a stray Washington Post link).</summary>
    private static readonly HashSet<string> MainstreamPages = new(StringComparer.Ordinal) { "abcn", "cnn", "politi", "washingtonpost" };

    public static bool IsMainstreamPage(string? page) => page is not null && MainstreamPages.Contains(page);

    /// <summary>
    /// The publisher a BuzzFeed row's link domain stands for, so its posts sit on one side of the split: "addictinginfo.org",
    /// "www.addictinginfo.org" and "author.addictinginfo.org" are one page, "cnn.it" and "www.cnn.com" one outlet. It is the
    /// label before the top-level domain.
    /// </summary>
    internal static string Page(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 ? labels[^2] : domain;
    }

    /// <summary>
    /// The Horne release lost every curly quotation mark, apostrophe and dash to U+FFFD (no other set is affected).
    /// Between two letters it was an apostrophe ("Trump\uFFFDs"), between two spaces a dash ("WASHINGTON \uFFFD The"),
    /// after a space an opening quotation mark and otherwise a closing one: restoring them lets the score see quotations
    /// as the publisher printed them, on real and fake articles alike.
    /// </summary>
    internal static string RestoreQuotes(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\uFFFD')
            {
                continue;
            }

            var before = i == 0 ? ' ' : chars[i - 1];
            var after = i + 1 == chars.Length ? ' ' : chars[i + 1];
            chars[i] = (char.IsWhiteSpace(before), char.IsWhiteSpace(after)) switch
            {
                _ when char.IsLetter(before) && char.IsLetter(after) => '\u2019',
                (true, true) => '\u2014',
                (true, false) => '\u201C',
                _ => '\u201D',
            };
        }

        return new string(chars);
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()!.Split('\t');
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : string.Empty;
            }

            yield return row;
        }
    }
}
