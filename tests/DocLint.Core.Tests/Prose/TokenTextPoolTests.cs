using DocLint.Prose;

namespace DocLint.Core.Tests.Prose;

public sealed class TokenTextPoolTests
{
    [Theory]
    [InlineData(",")]
    [InlineData("a")]
    [InlineData("I")]
    [InlineData("\u007F")]
    public void A_one_character_ascii_text_is_one_string_for_every_pool(string text)
    {
        var first = new TokenTextPool().Get(text.AsSpan());
        var second = new TokenTextPool().Get(("x" + text).AsSpan(1));

        Assert.Equal(text, first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Other_texts_are_shared_within_a_pool_and_not_across_pools()
    {
        var pool = new TokenTextPool();
        var first = pool.Get("vote".AsSpan());
        var again = pool.Get("a vote".AsSpan(2));
        var accented = pool.Get("é".AsSpan());

        Assert.Equal("vote", first);
        Assert.Same(first, again);
        Assert.Same(accented, pool.Get("xé".AsSpan(1)));
        Assert.NotSame(first, new TokenTextPool().Get("vote".AsSpan()));
        Assert.NotSame(accented, new TokenTextPool().Get("é".AsSpan()));
    }

    [Fact]
    public void A_text_longer_than_the_pooled_length_is_copied_each_time()
    {
        var pool = new TokenTextPool();
        var url = "https://example.org/" + new string('a', 60);

        Assert.Equal(url, pool.Get(url.AsSpan()));
        Assert.NotSame(pool.Get(url.AsSpan()), pool.Get(url.AsSpan()));
    }

    [Fact]
    public void Texts_stay_shared_after_the_pool_grows_past_its_first_size()
    {
        // A first size of 16 slots, then 3,000 distinct texts: the table grows nine times.
        var pool = new TokenTextPool(capacity: 0);
        var texts = Enumerable.Range(0, 3000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var first = texts.Select(t => pool.Get(t.AsSpan())).ToArray();

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], first[i]);
            Assert.NotSame(texts[i], first[i]);
            Assert.Same(first[i], pool.Get(("x" + texts[i]).AsSpan(1)));
        }
    }

    [Fact]
    public void Texts_that_differ_only_in_case_or_length_are_different_strings()
    {
        var pool = new TokenTextPool();
        var lower = pool.Get("vote".AsSpan());
        var upper = pool.Get("Vote".AsSpan());
        var longer = pool.Get("votes".AsSpan());

        Assert.Equal("Vote", upper);
        Assert.Equal("votes", longer);
        Assert.Same(lower, pool.Get("vote".AsSpan()));
        Assert.Same(upper, pool.Get("Vote".AsSpan()));
        Assert.Same(longer, pool.Get("votes".AsSpan()));
    }
}
