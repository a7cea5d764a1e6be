using System.Text;
using DocLint.Evaluation;

namespace DocLint.Rules.Tests;

/// <summary>
/// The evaluation's --gold check: a record must be the text of the article it names, with code-point offsets as the
/// gold files are made (Python), so an emoji or a byte-order mark before the sentence must not shift it.
/// </summary>
public sealed class GoldSourceCheckTests : IDisposable
{
    private const string Sentence = "It may rain, officials said.";
    private readonly string _data = Directory.CreateTempSubdirectory("doclint-gold-check").FullName;

    public GoldSourceCheckTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "articles"));
        // BOM, then an astral character (two UTF-16 units, one code point), then a curly quote: the sentence starts at code point 15.
        File.WriteAllBytes(Path.Combine(_data, "articles", "a.txt"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title \U0001F600\n\n\u201cHi\u201d " + Sentence + "\n")]);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_record_that_matches_its_article_by_code_points_passes()
    {
        Assert.Null(Check(Record("articles/a.txt", 15, 15 + Sentence.Length)));
    }

    [Fact]
    public void A_shifted_offset_names_the_line_and_the_article()
    {
        Assert.Equal("line 1: 'articles/a.txt' [16, 44) is not the record's sentence", Check(Record("articles/a.txt", 16, 16 + Sentence.Length)));
    }

    [Fact]
    public void A_missing_article_or_one_outside_the_data_folder_is_refused()
    {
        Assert.Equal($"line 1: 'articles/b.txt' is not under {_data}", Check(Record("articles/b.txt", 0, 4)));
        Assert.Equal($"line 1: '../x.txt' is not under {_data}", Check(Record("../x.txt", 0, 4)));
    }

    [Fact]
    public void A_record_without_the_train_format_fields_or_an_empty_file_is_refused()
    {
        Assert.Equal("line 2: needs file, start, end and sentence (the train.jsonl format)", Check(Record("articles/a.txt", 15, 15 + Sentence.Length) + "\n{\"id\": \"x\"}"));
        Assert.Equal("the file is empty", Check(string.Empty));
    }

    private static string Record(string file, int start, int end) =>
        $"{{\"id\": \"a.txt#s001\", \"file\": \"{file}\", \"start\": {start}, \"end\": {end}, \"labels\": [], \"sentence\": \"{Sentence}\", \"prev\": \"\", \"next\": \"\"}}";

    private string? Check(string jsonl)
    {
        var path = Path.Combine(_data, "gold.jsonl");
        File.WriteAllText(path, jsonl);
        return new GoldSourceCheck(_data).FirstProblem(path);
    }
}
