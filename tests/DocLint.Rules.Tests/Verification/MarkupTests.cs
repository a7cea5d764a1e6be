using DocLint.Text;

namespace DocLint.Rules.Tests.Verification;

public sealed class MarkupTests
{
    [Fact]
    public void Strips_default_and_named_spans_and_computes_clean_offsets()
    {
        var parsed = Markup.Parse("A [|b|] c {|DL2001:dd|}.", "DL1001");

        Assert.Equal("A b c dd.", parsed.Text);
        MarkedSpan[] expected = [new("DL1001", new TextSpan(2, 1)), new("DL2001", new TextSpan(6, 2))];
        Assert.Equal(expected, parsed.Expected.ToArray());
    }

    [Fact]
    public void Nested_spans_close_inner_first()
    {
        var parsed = Markup.Parse("{|DL3001:x [|y|] z|}", "DL2002");

        Assert.Equal("x y z", parsed.Text);
        MarkedSpan[] expected = [new("DL2002", new TextSpan(2, 1)), new("DL3001", new TextSpan(0, 5))];
        Assert.Equal(expected, parsed.Expected.ToArray());
    }

    [Fact]
    public void Render_round_trips_the_markup()
    {
        const string markup = "{|DL3001:x [|y|] z|} and [|w|]";
        var parsed = Markup.Parse(markup, "DL2002");

        Assert.Equal(markup, Markup.Render(parsed.Text, parsed.Expected, "DL2002"));
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a b|]")]
    [InlineData("a {|DL1001:b|]")]
    public void Rejects_unbalanced_markup(string markup) =>
        Assert.Throws<FormatException>(() => Markup.Parse(markup, "DL1001"));
}
