using DocLint.Grammar;
using DocLint.Lexicons;

namespace DocLint.Core.Tests.Lexicons;

public sealed class EmbeddedTextTests
{
    [Fact]
    public void Reads_a_word_list_as_a_stream_reader_does()
    {
        var assembly = typeof(GrammarLexicons).Assembly;
        const string resource = "DocLint.Grammar.grammar-titles.txt";
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var expected = reader.ReadToEnd();

        var text = EmbeddedText.Read(assembly, resource);

        Assert.Equal(expected, text);
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void A_missing_resource_is_null()
    {
        Assert.Null(EmbeddedText.Read(typeof(GrammarLexicons).Assembly, "DocLint.Grammar.no-such-list.txt"));
    }
}
