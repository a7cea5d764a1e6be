namespace DocLint.CueTool.Tests;

/// <summary>What the research hedge model trains on: CoNLL bio train placed in its abstracts, and the Szeged full papers
/// that share no sentence with CoNLL eval, labelled the CoNLL way.</summary>
public sealed class ModelCorpusTests : IDisposable
{
    private const string ConllHeader = "id\tsplit\tlabel\tsentence";
    private const string SzegedHeader = "id\tcorpus\tdoc_id\tpart\tlabel\tcues_json\tsentence";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "doclint-cuetool-" + Guid.NewGuid().ToString("N"));

    public ModelCorpusTests()
    {
        Write("conll2010_sentences/bio.tsv",
            ConllHeader,
            "bio-train-u0\ttrain\tuncertain\tWe asked whether A binds B .",
            "bio-train-u1\ttrain\tuncertain\tWe tested whether C binds D .",
            "bio-train-c0\ttrain\tcertain\tWe examined E in cells .",
            "bio-train-c1\ttrain\tcertain\tWe examined F in mice .",
            "bio-train-c2\ttrain\tcertain\tA sentence no abstract holds .",
            "bio-eval-c0\teval\tcertain\tThis sentence is in the eval part .");
        Write("szeged_uncertainty_corpus/bio_hbc.tsv",
            SzegedHeader,
            Szeged("hbc", "abs1", "[[6, 13, \"investigation\", \"whether\"]]", "We asked whether A binds B."),
            Szeged("hbc", "abs1", "[[3, 11, \"investigation\", \"examined\"]]", "We examined E in cells."),
            Szeged("hbc", "abs2", "[[10, 17, \"investigation\", \"whether\"]]", "We tested whether C binds D."),
            Szeged("hbc", "abs2", "[[3, 11, \"investigation\", \"examined\"]]", "We examined F in mice."));
        Write("szeged_uncertainty_corpus/bio_fly.tsv",
            SzegedHeader,
            Szeged("fly", "paper1", "[[10, 17, \"investigation\", \"whether\"]]", "We tested whether G binds H."),
            Szeged("fly", "paper1", "[[3, 11, \"investigation\", \"examined\"]]", "We examined G in flies."),
            Szeged("fly", "paper1", "[[2, 5, \"epistemic\", \"may\"]]", "G may bind H."),
            Szeged("fly", "paper1", "[]", "G binds H."),
            Szeged("fly", "paper2", "[]", "This sentence is in the eval part."),
            Szeged("fly", "paper2", "[[2, 5, \"epistemic\", \"may\"]]", "K may bind L."));
    }

    [Fact]
    public void Research_reads_abstracts_by_document_and_the_full_papers_eval_does_not_hold()
    {
        var output = new StringWriter();
        var sentences = ModelCorpus.Read(_data, "research", output)!;

        // CoNLL text keeps its token spacing; only the documents come from Szeged.
        Assert.Equal(
            [
                ("hbc abs1", false, "We asked whether A binds B .", true),
                ("hbc abs2", false, "We tested whether C binds D .", true),
                ("hbc abs1", false, "We examined E in cells .", false),
                ("hbc abs2", false, "We examined F in mice .", false),
                ("conll 4", false, "A sentence no abstract holds .", false),
                ("fly paper1", true, "We tested whether G binds H.", true),
                ("fly paper1", true, "We examined G in flies.", false),
                ("fly paper1", true, "G may bind H.", true),
                ("fly paper1", true, "G binds H.", false),
            ],
            sentences.Select(s => (s.Document, s.FullPaper, s.Sentence.Text, s.Sentence.Uncertain)));
        Assert.Equal(
            "research: investigation cues CoNLL counts: whether.\n"
            + "research: 5 abstract sentences (4 placed in their abstract), 4 full-paper sentences from 1 bio_fly papers (1 left out: they share sentences with CoNLL bio eval).\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Reference_reads_wikipedia_train_each_sentence_its_own_document()
    {
        Write("conll2010_sentences/wikipedia.tsv",
            ConllHeader,
            "wiki-train-c0\ttrain\tcertain\tThe bridge opened in 1932 .",
            "wiki-train-u0\ttrain\tuncertain\tSome say it is the longest .",
            "wiki-eval-c0\teval\tcertain\tNot read .");

        var sentences = ModelCorpus.Read(_data, "reference", TextWriter.Null)!;

        Assert.Equal([("sentence 0", false, true), ("sentence 1", false, false)], sentences.Select(s => (s.Document, s.FullPaper, s.Sentence.Uncertain == false)));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static string Szeged(string corpus, string document, string cues, string sentence) =>
        $"{corpus}:{document}\tbio_{corpus}\t{document}\tText\t{(cues == "[]" ? "certain" : "uncertain")}\t{cues}\t{sentence}";

    private void Write(string relative, params string[] lines)
    {
        var path = Path.Combine(_data, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
