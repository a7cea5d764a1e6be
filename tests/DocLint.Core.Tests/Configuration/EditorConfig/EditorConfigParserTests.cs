using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

public sealed class EditorConfigParserTests
{
    private const string ConfigPath = "/repo/.editorconfig";

    [Fact]
    public void Pairs_and_sections_keep_their_one_based_line_numbers()
    {
        var file = Parse("""
            # comment
            root = true

            [*.md]
            ; another comment
            a = 1
            b = 2
            [*.txt]
            c = 3
            """);

        Assert.Equal([(4, "*.md"), (8, "*.txt")], file.Sections.Select(s => (s.Line, s.Name)));
        Assert.Equal([("a", 6), ("b", 7), ("c", 9)], file.Sections.SelectMany(s => s.Pairs).Select(p => (p.Key, p.Line)));
        Assert.Empty(file.Problems);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Every_line_break_style_counts_one_line(string lineBreak)
    {
        var file = Parse(string.Join(lineBreak, "[*]", "", "a = 1", "b = 2", ""));

        Assert.Equal([3, 4], file.Sections.Single().Pairs.Select(p => p.Line));
        Assert.Equal(["1", "2"], file.Sections.Single().Pairs.Select(p => p.Value));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_line()
    {
        var file = Parse("\uFEFFroot = true\n[*]\nk = v");

        Assert.True(file.IsRoot);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Keys_are_lower_cased_and_so_are_the_values_of_known_keys_only()
    {
        var file = Parse("""
            [*]
            Indent_Style = Space
            END_OF_LINE = CRLF
            Charset = UTF-8
            Insert_Final_Newline = TRUE
            My_Key = MixedCase
            Spelling_Language = en-US
            """);

        Assert.Equal(
            [("indent_style", "space"), ("end_of_line", "crlf"), ("charset", "utf-8"), ("insert_final_newline", "true"), ("my_key", "MixedCase"), ("spelling_language", "en-US")],
            file.Sections.Single().Pairs.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Whitespace_is_trimmed_around_lines_keys_and_values_but_kept_inside()
    {
        var file = Parse("  [ spaced name ]  \n\t  my key  =  a  value  \nempty =\n");

        var section = file.Sections.Single();
        Assert.Equal(" spaced name ", section.Name);
        Assert.Equal([("my key", "a  value"), ("empty", "")], section.Pairs.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Semicolons_and_hashes_after_the_start_of_a_line_are_text()
    {
        var file = Parse("[*]\na = x ; not a comment\nb = y # nor this\nc = k=v");

        Assert.Equal(["x ; not a comment", "y # nor this", "k=v"], file.Sections.Single().Pairs.Select(p => p.Value));
    }

    [Theory]
    [InlineData("root = true", true)]
    [InlineData("root = TrUe", true)]
    [InlineData("root = false", false)]
    [InlineData("root = yes", false)]
    [InlineData("", false)]
    public void Root_is_read_from_the_preamble_case_insensitively(string preamble, bool expected)
    {
        Assert.Equal(expected, Parse(preamble + "\n[*]\nk = v").IsRoot);
    }

    [Fact]
    public void Root_inside_a_section_is_an_ordinary_pair()
    {
        var file = Parse("[*]\nroot = true");

        Assert.False(file.IsRoot);
        Assert.Equal("root", file.Sections.Single().Pairs.Single().Key);
    }

    [Fact]
    public void Other_preamble_pairs_have_no_effect()
    {
        var file = Parse("indent_style = tab\n[*]\nk = v");

        Assert.Equal(["k"], file.Sections.Single().Pairs.Select(p => p.Key));
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Invalid_lines_are_problems_with_path_and_line()
    {
        var file = Parse("""
            [*]
            a = 1
            just some words
            = no key
            [unclosed
            b = 2
            [*.md] trailing
            c = 3
            [*.txt]
            d = 4
            """);

        Assert.Equal([3, 4, 5, 7], file.Problems.Select(p => p.Line));
        Assert.All(file.Problems, p => Assert.Equal(ConfigPath, p.Path));
        Assert.Contains("expected a [section] header", file.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("key before '=' is empty", file.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("must end with ']'", file.Problems[2].Message, StringComparison.Ordinal);

        // Pairs under an invalid header are dropped, not added to the section before it.
        Assert.Equal([("*", "a"), ("*.txt", "d")], file.Sections.SelectMany(s => s.Pairs.Select(p => (s.Name, p.Key))));
    }

    [Fact]
    public void Names_and_values_up_to_the_limits_are_kept_and_longer_ones_ignored()
    {
        var file = Parse(string.Join('\n',
            $"[{new string('s', 4096)}]",
            $"{new string('k', 1024)} = {new string('v', 4096)}",
            $"{new string('k', 1025)} = too long key",
            $"long_value = {new string('v', 4097)}",
            $"[{new string('s', 4097)}]",
            "ignored = yes"));

        var section = Assert.Single(file.Sections);
        Assert.Equal(4096, section.Name.Length);
        var pair = Assert.Single(section.Pairs);
        Assert.Equal((1024, 4096), (pair.Key.Length, pair.Value.Length));
        Assert.Equal([3, 4, 5], file.Problems.Select(p => p.Line));
        Assert.Contains("1025 characters", file.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("4097 characters", file.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("4097 characters", file.Problems[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment")]
    public void Files_without_sections_are_valid_and_not_root(string text)
    {
        var file = Parse(text);

        Assert.False(file.IsRoot);
        Assert.Empty(file.Sections);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Repeated_sections_stay_separate_and_in_order()
    {
        var file = Parse("[*.md]\na = 1\n[*]\nb = 2\n[*.md]\na = 3");

        Assert.Equal(["*.md", "*", "*.md"], file.Sections.Select(s => s.Name));
    }

    private static EditorConfigFile Parse(string text) => EditorConfigFile.Parse(ConfigPath, text);
}
