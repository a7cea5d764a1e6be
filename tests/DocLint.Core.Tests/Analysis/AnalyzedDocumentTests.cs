using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Core.Tests.Analysis;

public sealed class AnalyzedDocumentTests
{
    [Fact]
    public void A_reading_is_created_once_per_sentence_and_kind()
    {
        var analyzed = Analyze("The vote passed. The vote stood.", "The vote failed.");
        var sentences = analyzed.Sentences.ToArray();
        var created = 0;

        var first = sentences.Select(s => analyzed.GetOrCreate(s, x => { created++; return new Reading(x.Text); })).ToArray();
        var again = sentences.Select(s => analyzed.GetOrCreate(s, x => { created++; return new Reading("again"); })).ToArray();

        Assert.Equal(3, created);
        Assert.Equal(["The vote passed.", "The vote stood.", "The vote failed."], first.Select(r => r.Text).ToArray());
        Assert.All(first.Zip(again), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void Kinds_of_reading_on_one_sentence_are_kept_apart_however_many()
    {
        var analyzed = Analyze("The vote passed.");
        var sentence = analyzed.Sentences.Single();

        // More kinds than a sentence's first slots hold, so its slots grow.
        var reading = analyzed.GetOrCreate(sentence, s => new Reading("reading"));
        var words = analyzed.GetOrCreate(sentence, s => new List<string> { "vote" });
        var label = analyzed.GetOrCreate(sentence, s => "label");
        var numbers = analyzed.GetOrCreate(sentence, s => new Stack<int>());
        var other = analyzed.GetOrCreate(sentence, s => new Other(5));

        Assert.Same(reading, analyzed.GetOrCreate(sentence, s => new Reading("new")));
        Assert.Same(words, analyzed.GetOrCreate(sentence, s => new List<string>()));
        Assert.Same(label, analyzed.GetOrCreate(sentence, s => "new"));
        Assert.Same(numbers, analyzed.GetOrCreate(sentence, s => new Stack<int>()));
        Assert.Equal(5, analyzed.GetOrCreate(sentence, s => new Other(6)).Value);
    }

    [Fact]
    public void A_reading_whose_creation_reads_the_same_sentence_keeps_both()
    {
        var analyzed = Analyze("The vote passed.");
        var sentence = analyzed.Sentences.Single();

        var outer = analyzed.GetOrCreate(sentence, s => new Reading(analyzed.GetOrCreate(s, _ => new Other(7)).Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("7", outer.Text);
        Assert.Same(outer, analyzed.GetOrCreate(sentence, s => new Reading("new")));
        Assert.Equal(7, analyzed.GetOrCreate(sentence, s => new Other(8)).Value);
    }

    [Fact]
    public void A_document_reading_is_created_once_and_none_for_an_empty_document()
    {
        var analyzed = Analyze("The vote passed. The vote stood.", "The vote failed.");
        var created = 0;

        var first = analyzed.GetOrCreateForDocument(d => { created++; return new Reading($"{d.Sentences.Length} sentences"); });
        var again = analyzed.GetOrCreateForDocument(d => { created++; return new Reading("again"); });

        Assert.Equal(1, created);
        Assert.Equal("3 sentences", first!.Text);
        Assert.Same(first, again);
        Assert.Null(Analyze().GetOrCreateForDocument(d => { created++; return new Reading("empty"); }));
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_sentence_of_another_document_is_refused()
    {
        var analyzed = Analyze("The vote passed.");
        var stranger = Analyze("The vote passed.").Sentences.Single();

        Assert.Throws<ArgumentException>(() => analyzed.GetOrCreate(stranger, s => new Reading(s.Text)));
    }

    internal static AnalyzedDocument Analyze(params string[] paragraphs)
    {
        var blocks = new List<ProseBlock>();
        var start = 0;
        foreach (var paragraph in paragraphs)
        {
            blocks.Add(new ProseBlock(blocks.Count, ProseBlockKind.Paragraph, paragraph, SourceMap.Identity(start, paragraph.Length), [], InBlockQuote: false));
            start += paragraph.Length + 2;
        }

        return new AnalyzedDocument(new ProseDocument("doc.txt", DocumentKind.PlainText, SourceText.From(string.Join("\n\n", paragraphs)), [.. blocks], []));
    }

    private sealed record Reading(string Text);

    private sealed record Other(int Value);
}
