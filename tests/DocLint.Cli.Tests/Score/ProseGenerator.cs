using System.Text;

namespace DocLint.Cli.Tests.Score;

/// <summary>
/// Hand-written generator for the score's properties: documents drawn, with a seed, from sentences whose
/// findings are known (each was checked against the rules by hand).
/// </summary>
internal static class ProseGenerator
{
    /// <summary>Unsourced claims paired with the same claim naming a checkable source.</summary>
    public static readonly (string Unsourced, string Named)[] Claims =
    [
        ("Unemployment rose to 7 percent last year.", "Unemployment rose to 7 percent last year, according to the Office for National Statistics."),
        ("The council spent $40 million on the bridge.", "The council spent $40 million on the bridge, the city auditor Jane Roe said in her March report."),
        ("Rents went up by 12 percent in the old district.", "Rents went up by 12 percent in the old district, according to the Port Calder Housing Survey."),
    ];

    public static readonly string[] UnsourcedFigures =
    [
        "The stadium will cost taxpayers $2.5 billion.",
        "The city has lost 4,000 jobs since the plant closed.",
    ];

    public static readonly string[] UnnamedSources =
    [
        "Critics say the plan is a mistake.",
        "Experts argue that the project is too expensive.",
        "It is believed that the developer has financing.",
    ];

    public static readonly string[] Boosters = ["Obviously", "Undoubtedly", "Clearly"];

    public static readonly string[] Hedged =
    [
        "The bridge may perhaps open next spring.",
        "It seems that nobody wants to talk about the price.",
    ];

    public static readonly string[] Neutral =
    [
        "The bridge opened in 2019 after a long delay.",
        "The mayor grew up on the waterfront.",
        "The harbour has a long history of fishing and trade.",
        "Residents gathered in the square on Saturday morning.",
    ];

    /// <summary>A document of 1-4 paragraphs of 1-5 sentences, each sentence from one of the pools.</summary>
    public static List<List<string>> Document(Random random)
    {
        var paragraphs = new List<List<string>>();
        for (var p = random.Next(1, 5); p > 0; p--)
        {
            var sentences = new List<string>();
            for (var s = random.Next(1, 6); s > 0; s--)
            {
                sentences.Add(random.Next(6) switch
                {
                    0 => Pick(random, Claims).Unsourced,
                    1 => Pick(random, Claims).Named,
                    2 => Pick(random, UnsourcedFigures),
                    3 => Pick(random, UnnamedSources),
                    4 => Pick(random, Hedged),
                    _ => Pick(random, Neutral),
                });
            }

            paragraphs.Add(sentences);
        }

        return paragraphs;
    }

    /// <summary>Markdown: paragraphs separated by blank lines, each wrapped at <paramref name="width"/> characters.</summary>
    public static string Render(IReadOnlyList<List<string>> paragraphs, string newline = "\n", int width = int.MaxValue)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var line = new StringBuilder();
            foreach (var word in string.Join(' ', paragraph).Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    text.Append(line).Append(newline);
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            text.Append(line).Append(newline).Append(newline);
        }

        return text.ToString();
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>
    /// A copy with the sentence as a paragraph of its own at a random place, so no neighbouring sentence can
    /// source it (the rules let the next or previous sentence of a paragraph name a figure's source).
    /// </summary>
    public static List<List<string>> InsertParagraph(Random random, IReadOnlyList<List<string>> paragraphs, string sentence) =>
        InsertParagraph(paragraphs, random.Next(paragraphs.Count + 1), sentence);

    /// <summary>A copy with the sentence as a paragraph of its own before paragraph <paramref name="index"/>.</summary>
    public static List<List<string>> InsertParagraph(IReadOnlyList<List<string>> paragraphs, int index, string sentence)
    {
        var copy = paragraphs.Select(p => p.ToList()).ToList();
        copy.Insert(index, [sentence]);
        return copy;
    }

    /// <summary>A copy with one sentence inserted at a random place.</summary>
    public static List<List<string>> Insert(Random random, IReadOnlyList<List<string>> paragraphs, string sentence)
    {
        var copy = paragraphs.Select(p => p.ToList()).ToList();
        var paragraph = copy[random.Next(copy.Count)];
        paragraph.Insert(random.Next(paragraph.Count + 1), sentence);
        return copy;
    }
}
